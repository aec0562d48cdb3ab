"""LIO administrators: what they (and site-wide administrators) can do to an LIO's staff, and the
one rule that decides whose accounts they can touch.

- **The rule** (`can_manage`, `manageable`): a site-wide administrator manages every LIO's staff;
  an LIO administrator only their own LIO's. Site-wide administrators' own accounts are managed
  from the command line only (`python -m bot staff`). Another LIO's member of staff is treated
  like one that does not exist (None, a 404 in the app), as handoffs are (workflow.py).
- **Invitations and forced resets** give the person a one-time link (`issue_link`): 256 random
  bits, kept only as a SHA-256 hash (`staff_links`), working once, for LINK_HOURS. The
  administrator is shown it to pass on, and it is emailed through the outbox when SMTP is set.
  A new link replaces any unused one. The person chooses their own password on the link's page.
- **Removing** someone deletes their account, so their sessions end at once; a **forced reset**
  stops their password working and ends their sessions (a new `session_epoch`), and can turn off
  their two-factor sign-in too (a lost phone).
- Nobody removes, resets or demotes themselves here (ask another administrator): an LIO would
  otherwise lock its last administrator out by a slip.

Every change is audited in the same transaction, naming the member of staff by email.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from bot.records import audit, outbox
from bot.records.tables import Lio, LioStaffRules, StaffLink, StaffUser
from bot.settings import Settings
from bot.web.staff import accounts, two_factor
from bot.web.staff.formatting import format_datetime

LINK_HOURS = 72
TOKEN = re.compile(r"[A-Za-z0-9_-]{40,60}")


class TeamError(ValueError):
    """A request the rules refuse; the message is shown to the administrator."""


def is_manager(user: StaffUser) -> bool:
    """Whether `user` manages any staff at all (the team pages are theirs)."""
    return bool(user.is_admin or (user.is_lio_admin and user.lio_id))


def can_manage(actor: StaffUser, lio_id: str | None) -> bool:
    """Whether `actor` may manage the staff of `lio_id`: administrators every LIO's, LIO
    administrators their own LIO's only."""
    if not lio_id:
        return False
    return bool(actor.is_admin or (actor.is_lio_admin and actor.lio_id == lio_id))


def manageable(s: Session, actor: StaffUser, user_id: int) -> StaffUser | None:
    """The member of staff `user_id` if `actor` may manage them, else None (also for another
    LIO's staff and for site-wide administrators)."""
    user = s.get(StaffUser, user_id)
    if user is None or user.is_admin or not can_manage(actor, user.lio_id):
        return None
    return user


@dataclass(frozen=True)
class Member:
    """A member of staff as the team page shows them."""

    user: StaffUser
    link: StaffLink | None  # their unused one-time link that still works, if any
    two_factor_on: bool

    @property
    def waiting(self) -> bool:
        """Invited, or reset, and not yet set their password."""
        return not accounts.has_password(self.user)


def members(s: Session, lio_id: str, now: dt.datetime) -> list[Member]:
    """The LIO's staff, its administrators first, with their unused links still working at `now`."""
    users = list(
        s.scalars(select(StaffUser).where(StaffUser.lio_id == lio_id).order_by(StaffUser.is_lio_admin.desc(), StaffUser.email))
    )
    links: dict[int, StaffLink] = {}
    if users:
        for link in s.scalars(
            select(StaffLink).where(
                StaffLink.user_id.in_([u.id for u in users]), StaffLink.used_at.is_(None), StaffLink.expires_at > now
            )
        ):
            links[link.user_id] = link
    return [Member(u, links.get(u.id), two_factor.is_on(u)) for u in users]


def lio_name(s: Session, lio_id: str) -> str:
    lio = s.get(Lio, lio_id)
    return str(lio.name) if lio else lio_id


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def link_url(config: Settings, token: str) -> str:
    return f"{config.staff_base_url}/set-password/{token}"


@dataclass(frozen=True)
class Issued:
    """A link just made: shown once to the administrator, never stored."""

    email: str
    purpose: str  # invite | reset
    url: str
    expires_at: dt.datetime
    emailed: bool


def issue_link(s: Session, config: Settings, user: StaffUser, purpose: str, actor: StaffUser, now: dt.datetime) -> Issued:
    """A new one-time link for `user` (replacing any unused one), queued as an email if SMTP is set."""
    s.execute(delete(StaffLink).where(StaffLink.user_id == user.id, StaffLink.used_at.is_(None)))
    token = secrets.token_urlsafe(32)
    expires = now + dt.timedelta(hours=LINK_HOURS)
    s.add(
        StaffLink(
            user_id=user.id,
            purpose=purpose,
            token_hash=token_hash(token),
            created_by=actor.email,
            created_at=now,
            expires_at=expires,
        )
    )
    url = link_url(config, token)
    emailed = outbox.queue_staff_link(
        s,
        "staff_invite" if purpose == "invite" else "staff_reset",
        user.email,
        lio_name(s, user.lio_id),
        url,
        format_datetime(expires),
    )
    return Issued(user.email, purpose, url, expires, emailed)


def invite(s: Session, config: Settings, actor: StaffUser, lio_id: str, email: str, lio_admin: bool, now: dt.datetime) -> Issued:
    """A new account for `email` in `lio_id`, with no password until they choose one from the link."""
    if not can_manage(actor, lio_id):
        raise TeamError("You cannot add staff to this organisation.")
    try:
        email = accounts.valid_email(email)
    except accounts.AccountError:
        raise TeamError("Enter an email address in the right format, like name@example.org.") from None
    if s.scalar(select(StaffUser.id).where(StaffUser.email == email)) is not None:
        raise TeamError(
            "This email address already has an account. Each person has one account, for one organisation: "
            "if they work for another organisation too, use another email address, or ask the site administrator."
        )
    user = StaffUser(
        email=email,
        password_hash=accounts.NO_PASSWORD + "invited",
        lio_id=lio_id,
        is_admin=False,
        is_lio_admin=bool(lio_admin),
        session_epoch=secrets.token_hex(8),
        created_at=now,
    )
    s.add(user)
    s.flush()
    issued = issue_link(s, config, user, "invite", actor, now)
    role = "as an LIO administrator" if lio_admin else "as staff"
    audit.record(s, actor.email, "staff_invited", lio_id=lio_id, detail=f"{email} {role}; link valid {LINK_HOURS} hours")
    return issued


def _not_self(actor: StaffUser, member: StaffUser, what: str) -> None:
    if actor.id == member.id:
        raise TeamError(f"You cannot {what} yourself. Ask another administrator.")


def remove(s: Session, actor: StaffUser, member: StaffUser) -> None:
    """Delete the account: their sessions end at once (a session needs its account)."""
    _not_self(actor, member, "remove")
    email, lio_id = member.email, member.lio_id
    accounts.delete_account(s, member)
    audit.record(s, actor.email, "staff_removed", lio_id=lio_id, detail=email)


def force_reset(
    s: Session, config: Settings, actor: StaffUser, member: StaffUser, reset_two_factor: bool, now: dt.datetime
) -> Issued:
    """Their password stops working and their sessions end; they get a new one-time link. For
    someone who never set a password, a new invitation. `reset_two_factor` also turns off their
    two-factor sign-in (they set it up again if it is required)."""
    _not_self(actor, member, "reset")
    joined = accounts.has_password(member)
    purpose = "reset" if joined else "invite"
    member.password_hash = accounts.NO_PASSWORD + purpose
    member.session_epoch = secrets.token_hex(8)
    if reset_two_factor:
        two_factor.turn_off(s, member.id)
    issued = issue_link(s, config, member, purpose, actor, now)
    what = "password reset" if joined else "new invitation link"
    audit.record(
        s,
        actor.email,
        "staff_reset",
        lio_id=member.lio_id,
        detail=f"{member.email}: {what}{' and two-factor turned off' if reset_two_factor else ''}",
    )
    return issued


def set_lio_admin(s: Session, actor: StaffUser, member: StaffUser, on: bool) -> None:
    """Make a member of staff an LIO administrator, or no longer one."""
    _not_self(actor, member, "change the role of")
    if bool(member.is_lio_admin) == on:
        return
    member.is_lio_admin = on
    audit.record(
        s,
        actor.email,
        "staff_role",
        lio_id=member.lio_id,
        detail=f"{member.email}: {'made' if on else 'no longer'} an LIO administrator",
    )


def set_two_factor_rule(s: Session, actor: StaffUser, lio_id: str, required: bool, now: dt.datetime) -> None:
    """Turn "require two-factor sign-in for our staff" on or off for `lio_id`."""
    if not can_manage(actor, lio_id):
        raise TeamError("You cannot change this organisation's rules.")
    rules = s.get(LioStaffRules, lio_id)
    if rules is None:
        rules = LioStaffRules(lio_id=lio_id, require_two_factor=False)
        s.add(rules)
    if bool(rules.require_two_factor) == required:
        return
    rules.require_two_factor = required
    rules.changed_by, rules.changed_at = actor.email, now
    audit.record(
        s,
        actor.email,
        "staff_rules",
        lio_id=lio_id,
        detail=f"two-factor sign-in {'required' if required else 'not required'} for staff",
    )


# ---------------------------------------------------------------- using a link


@dataclass(frozen=True)
class LinkCheck:
    """What a one-time link is: "ok", "used", "expired" or "unknown" (never made, replaced by a
    newer link, or its account removed), with its account when there is one."""

    state: str
    link: StaffLink | None = None
    user: StaffUser | None = None


def check_link(s: Session, token: str, now: dt.datetime) -> LinkCheck:
    if not TOKEN.fullmatch(token):
        return LinkCheck("unknown")
    link = s.scalar(select(StaffLink).where(StaffLink.token_hash == token_hash(token)))
    user = s.get(StaffUser, link.user_id) if link else None
    if link is None or user is None:
        return LinkCheck("unknown")
    if link.used_at is not None:
        return LinkCheck("used", link, user)
    if link.expires_at <= now:
        return LinkCheck("expired", link, user)
    return LinkCheck("ok", link, user)


def use_link(s: Session, token: str, password: str, now: dt.datetime) -> LinkCheck:
    """Set the password from a valid link, which is then used up; anything else changes nothing.

    The link is claimed with a conditional UPDATE, so two tabs sending the form at once cannot
    both use it. Raises accounts.AccountError for a password that is too short."""
    accounts.validate_password(password)
    found = check_link(s, token, now)
    if found.state != "ok" or found.link is None or found.user is None:
        return found
    claimed = s.execute(
        update(StaffLink)
        .where(StaffLink.id == found.link.id, StaffLink.used_at.is_(None), StaffLink.expires_at > now)
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not claimed:
        return LinkCheck("used", found.link, found.user)
    user = found.user
    user.password_hash = accounts.hash_password(password)
    user.session_epoch = secrets.token_hex(8)
    joined = "joined from an invitation" if found.link.purpose == "invite" else "chose a new password after a reset"
    audit.record(s, user.email, "staff_joined", lio_id=user.lio_id, detail=f"{user.email} {joined}")
    return found
