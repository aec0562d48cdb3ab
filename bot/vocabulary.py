"""The words the parts of the assistant use to talk to each other, each a closed set.

They travel as strings (JSON payloads to the widget, columns in the database), so each is a
`str` Enum: `ReplyKind.ANSWER == "answer"`, it serialises as "answer", and a typo in the code
is an AttributeError at once instead of a message the widget silently ignores.
May import: nothing of ours (every package uses these).
"""

from __future__ import annotations

from enum import Enum


class _Word(str, Enum):
    """A str Enum whose str() is its value, as in JSON ("answer", not "ReplyKind.ANSWER")."""

    def __str__(self) -> str:
        return str(self.value)

    def __hash__(self) -> int:  # as its value's, so {"new": ...}[HandoffStatus.NEW] works both ways
        return str.__hash__(self)


class ReplyKind(_Word):
    """What the answerer did with one message: the `kind` of its payload, and the question log's
    `outcome` column (so the staff dashboard counts the same decisions the person saw)."""

    ANSWER = "answer"
    CLARIFY = "clarify"  # asked which of a few articles was meant
    FALLBACK = "fallback"  # no checked guidance: the honest "I don't know" and the LIO
    HANDOFF_OFFER = "handoff_offer"  # a situation for a person: offer the local LIO
    EMERGENCY = "emergency"  # a crisis: 999 and the crisis line first


class PayloadKind(_Word):
    """The `kind` of every other custom payload the widget renders (REST clients see it too)."""

    LIO = "lio"  # the LIO card
    ASK_LOCATION = "ask_location"
    CONSENT = "consent"
    HANDOFF_CREATED = "handoff_created"
    RESUME_OFFER = "resume_offer"  # after a crisis interrupted the handoff form
    DELETE_CONFIRM = "delete_confirm"
    MORE_DETAIL = "more_detail"  # an article's "More detail" and "Next steps", after "Tell me more"
    FEEDBACK_THANKS = "feedback_thanks"  # after "Yes, it helped" (a "no" gets a handoff_offer)
    CONVERSATION_DELETED = "conversation_deleted"
    ERROR = "error"  # the channel's own message: lost its place, too long, too fast, a failure


class LocationKind(_Word):
    """What a typed place turned out to be."""

    POSTCODE = "postcode"
    DISTRICT = "district"  # a postcode district ("LS6"), which may straddle authorities
    PLACE = "place"
    AUTHORITY = "authority"
    OUTSIDE_ENGLAND = "outside_england"
    UNKNOWN = "unknown"


class HandoffStatus(_Word):
    """Where a handoff is in an LIO's hands."""

    NEW = "new"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"
