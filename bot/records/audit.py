"""The audit log: one row for each view, export, change or erasure of handoff data, each sign-in,
each change to staff accounts (invitations, removals, resets, roles, two-factor sign-in) and each
change to an LIO's settings.

Written in the same transaction as the change it records where there is one, so a change can
never happen without its entry. Entries carry no personal data of the public (see AuditEntry).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.records.tables import AuditEntry

# Plain-English names for the audit page.
ACTIONS = {
    "view": "Opened a conversation",
    "export": "Downloaded a CSV export",
    "status": "Changed the status",
    "assign": "Changed who is handling it",
    "note": "Added an internal note",
    "erase": "Erased a conversation",
    "purge": "Automatic deletion after the retention period",
    "self_erase": "A person deleted their own conversation from the chat",
    "login": "Signed in",
    "logout": "Signed out",
    "staff_added": "Added a staff account (command line)",
    "staff_password": "Set a staff password (command line)",
    "staff_invited": "Invited a member of staff",
    "staff_joined": "Set a password from a one-time link",
    "staff_removed": "Removed a member of staff",
    "staff_reset": "Forced a password reset",
    "staff_role": "Changed who is an LIO administrator",
    "staff_rules": "Changed an organisation's two-factor rule",
    "2fa_on": "Turned on two-factor sign-in",
    "2fa_codes": "Made new recovery codes",
    "2fa_reset": "Turned off someone's two-factor sign-in",
    "2fa_failed": "Right password, wrong two-factor code",
    "settings": "Changed an organisation's settings",
}


def record(
    s: Session,
    actor: str,
    action: str,
    *,
    lio_id: str | None = None,
    reference: str | None = None,
    detail: str | None = None,
) -> AuditEntry:
    """Add an entry to the session `s` (the caller commits it with its own change)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    entry = AuditEntry(actor=actor, action=action, lio_id=lio_id, reference=reference, detail=detail)
    s.add(entry)
    return entry
