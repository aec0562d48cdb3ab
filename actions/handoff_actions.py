"""The handoff form: where they are, which LIO, consent, optional contact, summary, the record."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.actions import SERVICES, host_card, lio_option_cards, offered_lios, site_lio, typed_lio_choice
from bot import settings
from bot.places.hosting import pick_lio, route_hosted
from bot.places.lios import LioCard, directory_meta, get_card, route
from bot.places.location_messages import (
    ask_location_message,
    chosen_lio_message,
    lio_message,
    nation_message,
    no_lio_message,
    split_district_message,
    unknown_location_message,
)
from bot.records import handoffs, question_log
from bot.vocabulary import LocationKind, PayloadKind

FORM_SLOTS = [
    "location",
    "consent",
    "contact",
    "contact_method",
    "summary",
    "lio_id",
    "la_code",
    "nation",
    "consent_at",
    "lio_options",
]


def reset_form_slots() -> List[EventType]:
    return [SlotSet(slot, None) for slot in FORM_SLOTS] + [SlotSet("handoff_offered", False), SlotSet("form_paused", False)]


class ValidateHandoffForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_handoff_form"

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        """Stop asking once there is nothing to hand over; ask the method only with a contact."""
        if tracker.get_slot("location") is None or not tracker.get_slot("lio_id"):
            return ["location"]
        if tracker.get_slot("consent") is not True:
            return ["location", "consent"]
        contact = tracker.get_slot("contact")
        if contact in (None, "none"):
            return ["location", "consent", "contact", "summary"]
        return ["location", "consent", "contact", "contact_method", "summary"]

    def extract_location(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """A typed choice between the two LIOs offered, whatever intent the NLU gave it (`typed_lio_choice`);
        `validate_location` then takes it as the choice."""
        if typed_lio_choice(tracker) is None:
            return {}
        return {"location": str((tracker.latest_message or {}).get("text") or "")}

    def validate_location(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        text = str(value or "").strip()
        host = host_card(tracker)
        picked = self._picked_lio(text, tracker, host)
        if picked is not None:
            dispatcher.utter_message(**chosen_lio_message(picked, directory_meta()))
            question_log.record_step(tracker.sender_id, "routed", picked.id, site_lio(tracker))
            return {"location": picked.name, "lio_id": picked.id, "nation": "england", "lio_options": None}
        location = SERVICES.gazetteer.resolve(text)
        if location.kind == LocationKind.UNKNOWN:
            dispatcher.utter_message(**unknown_location_message(text))
            return {"location": None}
        if location.kind == LocationKind.OUTSIDE_ENGLAND:
            dispatcher.utter_message(**nation_message(location, directory_meta()))
            # Nothing to hand over to an English LIO: end the form (lio_id stays empty).
            return {"location": location.label, "nation": location.nation, "lio_id": None, "lio_options": None}
        handoffs.ensure_directory()
        if location.split_la_codes and not (host and set(location.split_la_codes) <= set(host.la_codes)):
            routes = {r.lio.id for r in (route(_with_la(location, c), SERVICES.gazetteer) for c in location.split_la_codes) if r}
            if len(routes) > 1:
                dispatcher.utter_message(**split_district_message(location, SERVICES.gazetteer))
                return {"location": None}
        hosted = route_hosted(location, host, SERVICES.gazetteer)
        if hosted.options:  # their place is another LIO's: action_ask_location asks which they want
            return {"location": None, "lio_options": [lio.id for lio in hosted.options]}
        found = hosted.chosen
        if found is None:
            dispatcher.utter_message(**no_lio_message(directory_meta()))
            return {"location": location.label, "lio_id": None, "lio_options": None}
        dispatcher.utter_message(**lio_message(location, found, directory_meta()))
        question_log.record_step(tracker.sender_id, "routed", found.lio.id, site_lio(tracker))
        return {
            "location": location.label,
            "lio_id": found.lio.id,
            "la_code": location.la_code,
            "nation": "england",
            "lio_options": None,
        }

    @staticmethod
    def _picked_lio(text: str, tracker: Tracker, host: Optional[LioCard]) -> Optional[LioCard]:
        """The LIO the person chose instead of giving a place: a button (`choose_lio`, whose id
        must be one offered) or a typed name, "the first" or "this website" while two are offered."""
        offered = offered_lios(tracker, host)
        if not offered:
            return None
        if (tracker.latest_message or {}).get("intent", {}).get("name") == "choose_lio":
            return next((c for c in offered if c.id == text), None) or pick_lio(text, offered, host)
        if tracker.get_slot("lio_options"):  # a typed answer to "who would you like?"
            return pick_lio(str((tracker.latest_message or {}).get("text") or text), offered, host)
        return None

    def validate_consent(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        if value is True:
            question_log.record_step(tracker.sender_id, "consented", tracker.get_slot("lio_id"), site_lio(tracker))
            return {"consent": True, "consent_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        return {"consent": False}

    def validate_contact(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        if value == "none":
            return {"contact": "none"}
        contact = handoffs.parse_contact(str(value or ""))
        if contact is None:
            dispatcher.utter_message(
                text="Sorry, that doesn't look like an email address or a UK phone number. "
                "Please try again (for example name@example.org or 07700 900123), or choose Skip.",
                buttons=[{"title": "Skip", "payload": "/deny"}],
            )
            return {"contact": None}
        return {"contact": contact.email or contact.phone}

    def validate_contact_method(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        text = str(value or "").lower()
        # Typing the address or number itself ("it's jo@example.org") answers the question too, and
        # gives the detail to use: it replaces the one given before.
        detail = handoffs.parse_contact(text)
        found: Dict[Text, Any] = {"contact": detail.email or detail.phone} if detail else {}
        words_only = text.replace(detail.email, " ") if detail and detail.email else text  # "mail" in "jo@mail.com"
        for method, words in (
            ("email", ("email", "e-mail", "mail")),
            ("text", ("text", "sms")),
            ("phone", ("phone", "call", "ring")),
        ):
            if any(w in words_only for w in words):
                return {"contact_method": method, **found}
        if detail:
            return {"contact_method": "email" if detail.email else "phone", **found}
        dispatcher.utter_message(text="Please choose Email, Phone call or Text message (or type the address or number to use).")
        return {"contact_method": None}

    def validate_summary(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        text = " ".join(str(value or "").split())
        if len(text) < 3:
            dispatcher.utter_message(text="Could you say a little more, in a line?")
            return {"summary": None}
        return {"summary": text[:500]}


def _with_la(location, la_code):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(location, la_code=la_code, split_la_codes=())


class ActionAskLocation(Action):
    """The form's question for a place: with the hosting LIO as a button on an LIO's website, or
    the choice between two LIOs when the place given is another LIO's (bot.places.hosting)."""

    def name(self) -> Text:
        return "action_ask_location"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        host = host_card(tracker)
        options = tuple(lio_option_cards(tracker))
        dispatcher.utter_message(**ask_location_message(host, options if len(options) == 2 else None))
        return []


class ActionAskConsent(Action):
    """Asks for consent naming the LIO, in the versioned wording that is stored with the record."""

    def name(self) -> Text:
        return "action_ask_consent"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        card = get_card(tracker.get_slot("lio_id") or "", SERVICES.gazetteer)
        name = card.name if card else "your local support organisation"
        dispatcher.utter_message(
            text=handoffs.consent_text(name, settings.current().retention_days),
            buttons=[
                {"title": "Yes, share it", "payload": "/affirm"},
                {"title": "No, don't share", "payload": "/deny"},
            ],
            json_message={"kind": PayloadKind.CONSENT, "lio": card.id if card else None, "version": handoffs.CONSENT_VERSION},
        )
        return []


class ActionSubmitHandoff(Action):
    def name(self) -> Text:
        return "action_submit_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        lio_id: Optional[str] = tracker.get_slot("lio_id")
        if not lio_id:  # outside England or no LIO: already explained by the form
            return reset_form_slots()
        card = get_card(lio_id, SERVICES.gazetteer)
        if tracker.get_slot("consent") is not True or card is None:
            dispatcher.utter_message(
                text="That's fine: nothing from this conversation has been shared or kept for them. "
                "You can contact them directly using the details above."
            )
            return reset_form_slots()
        contact_raw = tracker.get_slot("contact")
        contact = handoffs.parse_contact(contact_raw) if contact_raw not in (None, "none") else None
        consent_at = dt.datetime.fromisoformat(tracker.get_slot("consent_at")).replace(tzinfo=None)
        # In a thread: while the database restarts, create_handoff waits and tries again, and the
        # action server's other conversations must not wait with it.
        # The transcript is the whole conversation: its earlier sessions are in the tracker store only.
        record = await asyncio.to_thread(
            lambda: handoffs.create_handoff(
                sender_id=tracker.sender_id,
                lio=card,
                la_code=tracker.get_slot("la_code"),
                location_label=tracker.get_slot("location"),
                events=handoffs.whole_conversation(tracker.sender_id, tracker.events),
                consent_at=consent_at,
                consent_wording=handoffs.consent_text(card.name, settings.current().retention_days),
                contact=contact,
                contact_method=tracker.get_slot("contact_method"),
                summary=tracker.get_slot("summary"),
            )
        )
        follow_up = (
            "They'll aim to contact you using the details you gave."
            if contact
            else "You didn't leave contact details, so please quote this reference if you contact them."
        )
        dispatcher.utter_message(
            text=f"Done. I've passed this conversation to {card.name}. Your reference is {record.reference}. "
            f"{follow_up} Local organisations are often small teams, so it may take a few working days. "
            "In an emergency, call 999.",
            json_message={"kind": PayloadKind.HANDOFF_CREATED, "reference": record.reference, "lio": card.id},
        )
        return reset_form_slots()


class ActionCancelHandoff(Action):
    def name(self) -> Text:
        return "action_cancel_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        dispatcher.utter_message(text="Okay, I've stopped. Nothing has been shared. Is there anything else I can help with?")
        return reset_form_slots()
