""" "Delete my conversation": ask to confirm, then erase (bot.records.erasure) or keep."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.handoff_actions import reset_form_slots
from bot.records import erasure
from bot.vocabulary import PayloadKind


class ActionAskDelete(Action):
    def name(self) -> Text:
        return "action_ask_delete"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(
            text="Do you want me to delete this conversation? Everything you've typed here, and any request "
            "to your local support organisation that their staff haven't opened yet, will be deleted "
            "and can't be brought back.",
            buttons=[
                {"title": "Yes, delete it", "payload": "/affirm"},
                {"title": "No, keep it", "payload": "/deny"},
            ],
            json_message={"kind": PayloadKind.DELETE_CONFIRM},
        )
        return [SlotSet("delete_pending", True), SlotSet("handoff_offered", False), SlotSet("form_paused", False)]


class ActionDeleteConversation(Action):
    def name(self) -> Text:
        return "action_delete_conversation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        erased = erasure.erase_records(tracker.sender_id)
        text = "Done. I've deleted this conversation."
        if erased.kept:
            refs = "; ".join(f"{name} (reference {ref})" for ref, name in erased.kept)
            text += (
                f" Your conversation had already been opened by staff at {refs}, so I can't delete their copy. "
                "To have it deleted, please contact them and quote the reference."
            )
        dispatcher.utter_message(
            text=text,
            json_message={"kind": PayloadKind.CONVERSATION_DELETED, "kept": [ref for ref, _ in erased.kept]},
        )
        return [*reset_form_slots(), SlotSet("delete_pending", False), ActiveLoop(None)]


class ActionKeepConversation(Action):
    def name(self) -> Text:
        return "action_keep_conversation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(text="Okay, nothing has been deleted. Is there anything else I can help with?")
        return [SlotSet("delete_pending", False)]
