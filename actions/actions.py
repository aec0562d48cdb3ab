"""Custom actions run by the action server (`rasa run actions`).

Each action reads what it needs from the tracker, asks `bot` what to say and dispatches it;
no decisions are made here, so the same logic is tested and benchmarked without Rasa.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, Iterator, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import sessions, settings
from bot.answers import answering, crisis
from bot.answers.knowledge import load_articles
from bot.places import hosting
from bot.places.lios import LioCard, get_card
from bot.records import feedback, handoffs, question_log, redaction
from bot.services import Services
from bot.vocabulary import LocationKind, PayloadKind, ReplyKind

logger = logging.getLogger(__name__)

HANDOFF_FORM = "handoff_form"
PLACE_ENTITIES = {"postcode", "GPE"}  # the entities domain.yml's location slot is filled from

# The action server's models, built once when it starts (not on someone's first question) and
# shared by every action; a test can give an action its own.
SERVICES = Services(settings.current()).warm_up()
redaction.warm_up()

GREETING = (
    "Hello! I'm an automated assistant for community groups and small charities in England. "
    "I can answer common questions about governance, funding and volunteering from checked "
    "guidance, with links to the sources.\n\n"
    "I can't settle disputes or give advice on your particular legal or money problems, but I can "
    "put you in touch with your local support organisation (such as your CVS). In an emergency, "
    "call 999.\n\n"
    "Please don't type personal details about other people. What we keep and for how long: "
    "{privacy_url}\n\nWhat would you like to ask?"
)


def send(dispatcher: CollectingDispatcher, reply: answering.Reply) -> None:
    for message in reply.messages:
        dispatcher.utter_message(text=message.text, buttons=message.buttons or [], json_message=message.payload)


class ActionGreet(Action):
    def name(self) -> Text:
        return "action_greet"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(text=GREETING.format(privacy_url=settings.current().privacy_url))
        return []


class ActionAnswer(Action):
    """Answer a free-text question: emergency, handoff case, article, clarification or fallback."""

    def name(self) -> Text:
        return "action_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        text = (tracker.latest_message or {}).get("text") or ""
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        if intent in ("affirm", "deny") and len(text.split()) <= answering.BARE_REPLY_MAX_WORDS:
            # A bare "yes"/"no thanks" with no question of ours pending. Anything longer that
            # starts with "no," is a message in its own right and is answered as one.
            dispatcher.utter_message(response="utter_no_worries")
            return [SlotSet("handoff_offered", False)]
        if typed_lio_choice(tracker) is not None:
            return []  # the handoff form, which follows, takes it as the choice
        return send_answer(dispatcher, tracker, text, reply_for(text, tracker))


class ActionPlaceOrQuestion(Action):
    """DIET's `inform_location` with no form running: a place starts the handoff form, a question is answered.

    DIET sometimes takes a short question for a place: after one retraining "we need money" scored
    0.95 as inform_location, and a form started by it said "Sorry, I couldn't work out where that
    is" to someone who had asked for money (issue 13). So the gazetteer decides what a place is (a
    postcode or place entity, or a place it finds in the words); what is not one goes to the
    answerer, and only what the answerer cannot help with either still starts the form, which says
    it did not recognise the place and asks again.
    """

    def name(self) -> Text:
        return "action_place_or_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        entities = {e.get("entity") for e in message.get("entities") or []}
        if entities & PLACE_ENTITIES or SERVICES.gazetteer.resolve(text).kind != LocationKind.UNKNOWN:
            return [FollowupAction(HANDOFF_FORM)]
        reply = reply_for(text, tracker)
        if reply.kind == ReplyKind.FALLBACK:
            return [FollowupAction(HANDOFF_FORM)]
        return send_answer(dispatcher, tracker, text, reply)


def reply_for(text: str, tracker: Tracker) -> answering.Reply:
    """The answerer's reply to a message: a crisis first, then a typed choice, then the question itself."""
    decision = crisis_decision(tracker, text)
    chosen = None if decision else typed_choice(text, tracker)
    if decision:
        return answering.emergency_reply(*decision)
    if chosen:
        return answering.answer_article(chosen)
    return answering.answer(text, SERVICES.retriever)


def send_answer(dispatcher: CollectingDispatcher, tracker: Tracker, text: str, reply: answering.Reply) -> List[Dict[Text, Any]]:
    """Send the answerer's reply and log the question; mid-form without "Did this help?" (the next message answers the form)."""
    if tracker.active_loop_name:
        reply = answering.without_feedback_buttons(reply)
    send(dispatcher, reply)
    question_log.record(tracker.sender_id, text, reply, site_lio(tracker))
    return [SlotSet("handoff_offered", reply.handoff_offered)]


def site_lio(tracker: Tracker) -> str | None:
    """The LIO whose website the chat is on (the widget's data-lio, in the message's metadata)."""
    return hosting.claimed_lio_id((tracker.latest_message or {}).get("metadata"))


def bot_payloads_newest_first(tracker: Tracker) -> Iterator[Dict[Text, Any]]:
    """The custom payload of each of the assistant's messages, latest first ({} for plain text),
    through the session boundaries of a long conversation (`bot.sessions`, which carries over
    what the two look-backs below read: a new one must be added to `bot.sessions.to_carry`)."""
    return sessions.bot_payloads_newest_first(tracker.events)


def last_clarify_options(tracker: Tracker) -> List[str]:
    """The articles offered by the assistant's latest "which one did you mean?", if that was its
    latest question (a later answer or question makes an ordinal like "the first one" stale)."""
    for custom in bot_payloads_newest_first(tracker):
        if custom.get("kind") == ReplyKind.CLARIFY:
            return [str(o) for o in custom.get("options") or []]
        if custom.get("kind"):
            return []
    return []


TYPED_CHOICE_MAX_WORDS = 6  # "the second one please"; anything longer is a new question


def host_card(tracker: Tracker) -> LioCard | None:
    """The card of the LIO whose website the chat is on. The directory is loaded into the database
    when first needed, so on a fresh database the first visitor's host was not found and the form
    never offered it (the first conversation after `make run`: session 48); load it then."""
    metadata = (tracker.latest_message or {}).get("metadata")
    card = hosting.hosting_card(metadata, SERVICES.gazetteer)
    if card is None and hosting.claimed_lio_id(metadata):
        handoffs.ensure_directory()
        card = hosting.hosting_card(metadata, SERVICES.gazetteer)
    return card


def lio_option_cards(tracker: Tracker) -> List[LioCard]:
    """The cards of the LIOs the handoff form offered with "who would you like?" (the `lio_options` slot)."""
    return [c for c in (get_card(i, SERVICES.gazetteer) for i in tracker.get_slot("lio_options") or []) if c]


def offered_lios(tracker: Tracker, host: LioCard | None) -> List[LioCard]:
    """The LIOs offered (`lio_option_cards`), with `host`, the LIO whose website this is, which may always be chosen."""
    offered = lio_option_cards(tracker)
    if host is not None and host.id not in {c.id for c in offered}:
        offered.append(host)
    return offered


def typed_lio_choice(tracker: Tracker) -> LioCard | None:
    """The LIO a short reply names while the handoff form asks which of two ("Voluntary Action Leeds
    please"), whatever intent the NLU gave it. Taken for a question, it was answered with an article
    and the same choice asked again (a model retrained in session 48 did so): the form's slot
    mappings take text only from messages that are not questions, so `extract_location` and
    `action_answer` both ask this. Never a message the crisis detector fired on."""
    if tracker.active_loop_name != HANDOFF_FORM or tracker.get_slot("requested_slot") != "location":
        return None
    text = str((tracker.latest_message or {}).get("text") or "")
    if not tracker.get_slot("lio_options") or text.startswith("/") or len(text.split()) > TYPED_CHOICE_MAX_WORDS:
        return None
    if crisis_decision(tracker, text) is not None:
        return None
    host = host_card(tracker)
    return hosting.pick_lio(text, offered_lios(tracker, host), host)


def typed_choice(text: str, tracker: Tracker) -> str | None:
    """An article picked by position ("the first one", "2") right after "which one did you mean?".
    The NLU sends such replies to choose_article, but one it takes for a question or for nothing
    in particular comes here, so it is caught here too."""
    if len(text.split()) > TYPED_CHOICE_MAX_WORDS:
        return None
    options = last_clarify_options(tracker)
    return answering.pick_option(text, options, by_title=False) if options else None


class ActionShowArticle(Action):
    """The article chosen with a clarification button."""

    def name(self) -> Text:
        return "action_show_article"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        article_id = next(tracker.get_latest_entity_values("article"), None)
        options = last_clarify_options(tracker)
        if article_id is None:  # no button payload: a choice typed in words, if it names one
            text = (tracker.latest_message or {}).get("text") or ""
            article_id = answering.pick_option(text, options)
        if article_id not in load_articles():
            how = "press one of the buttons above, or ask" if options else "ask"
            dispatcher.utter_message(
                text=f"Sorry, I'm not sure which topic you mean. Could you {how} your question again in a few words?"
            )
            return []
        reply = answering.answer_article(article_id)
        send(dispatcher, reply)
        return [SlotSet("handoff_offered", reply.handoff_offered)]


class ActionTellMeMore(Action):
    """The rest of an article ("More detail" and "Next steps"): the article named by the button,
    or, for a typed "tell me more", the one answered last."""

    def name(self) -> Text:
        return "action_tell_me_more"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        article_id = next(tracker.get_latest_entity_values("article"), None) or last_answered_article(tracker)
        if article_id not in load_articles():
            dispatcher.utter_message(text="Which topic would you like to know more about? Ask your question in a few words.")
            return []
        send(dispatcher, answering.more_detail(article_id))
        return []


def last_answered_article(tracker: Tracker) -> str | None:
    """The article of the assistant's latest answer in this conversation, if it gave one."""
    for custom in bot_payloads_newest_first(tracker):
        if custom.get("kind") == ReplyKind.ANSWER and custom.get("article"):
            return str(custom["article"])
    return None


def answered_just_before(tracker: Tracker) -> List[str]:
    """The articles the assistant answered (or said more about) in its reply to the person's
    previous message, latest first: what a "did this help?" right now is about. Empty when the
    reply just before was anything else, so a "thanks, that helped" later on is only small talk."""
    found: List[str] = []
    users = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            users += 1  # the first is this message; the second is the one that reply answered
            if users == 2:
                break
        elif event.get("event") == "bot" and users == 1:
            custom = (event.get("data") or {}).get("custom") or {}
            if custom.get("kind") in (ReplyKind.ANSWER, PayloadKind.MORE_DETAIL) and custom.get("article"):
                found.append(str(custom["article"]))
    return found


class ActionAnswerFeedback(Action):
    """ "Did this help?" after an answer, pressed or typed: stored with the article, the outcome,
    the hour and the hosting LIO only (never the words or the sender); a yes is thanked, a no is
    met with sorry and the offer of the local LIO, which the usual rules take from there.

    It counts only right after an answer (a button names its article, which must be the one just
    answered). Otherwise the normal flow goes on: "thanks, that helped" is small talk, and a typed
    "that didn't help" goes to the answerer like any other message. A crisis is always first: the
    NLU pipeline turns one into the `emergency` intent before this runs, and a typed message is
    checked here again, as the answerer does."""

    def name(self) -> Text:
        return "action_answer_feedback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        text = (tracker.latest_message or {}).get("text") or ""
        typed = not text.startswith("/")
        if typed and crisis_decision(tracker, text):
            return await ActionEmergency().run(dispatcher, tracker, domain)
        helped = ((tracker.latest_message or {}).get("intent") or {}).get("name") == "feedback_helped"
        named = next(tracker.get_latest_entity_values("article"), None)
        answered = answered_just_before(tracker)
        article_id = (named if named in answered else None) if named else (answered[0] if answered else None)
        if article_id is None or article_id not in load_articles():
            if helped:
                dispatcher.utter_message(response="utter_youre_welcome")
                return []
            if typed:
                return await ActionAnswer().run(dispatcher, tracker, domain)
            reply = answering.not_helped_offer(None)  # the button of an earlier answer: not counted
            send(dispatcher, reply)
            return [SlotSet("handoff_offered", True)]
        feedback.record(article_id, helped, site_lio(tracker))
        reply = answering.feedback_thanks(article_id) if helped else answering.not_helped_offer(article_id)
        send(dispatcher, reply)
        return [SlotSet("handoff_offered", reply.handoff_offered)]


class ActionDeclineOffer(Action):
    def name(self) -> Text:
        return "action_decline_offer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(response="utter_no_worries")
        return [SlotSet("handoff_offered", False)]


class ActionEmergency(Action):
    """Signpost a crisis, first and whatever else was happening.

    The NLU pipeline has set the `emergency` intent and the route (`crisis_type`); the rules run
    this before any other action, also in the middle of the handoff form, which they pause. Then
    the person is offered the way back to where they were; outside the form, the rest of what
    they asked is answered when the answerer is sure of it.
    """

    def name(self) -> Text:
        return "action_emergency"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        text = (tracker.latest_message or {}).get("text") or ""
        # An `/emergency` payload typed by hand has no route: the most urgent help, then.
        route, also = crisis_decision(tracker, text) or ("immediate_danger", ())
        reply = answering.emergency_reply(route, also)
        send(dispatcher, reply)
        question_log.record(tracker.sender_id, text, reply, site_lio(tracker))
        logger.info("Crisis signposted: %s", route)  # the route only, never the words
        if not (tracker.active_loop_name or tracker.get_slot("form_paused")):
            follow_up = answering.after_crisis(text, SERVICES.retriever)
            if follow_up:  # the rest of the message, when the answerer is sure of it
                send(dispatcher, follow_up)
            return [SlotSet("handoff_offered", bool(follow_up and follow_up.handoff_offered))]
        dispatcher.utter_message(
            text="When you're ready, would you like to carry on where we were, finding your local "
            "support organisation? Nothing has been shared with them yet.",
            buttons=[
                {"title": "Yes, carry on", "payload": "/affirm"},
                {"title": "No, stop there", "payload": "/deny"},
            ],
            json_message={"kind": PayloadKind.RESUME_OFFER},
        )
        return [SlotSet("handoff_offered", False), SlotSet("form_paused", True)]


def crisis_decision(tracker: Tracker, text: str) -> tuple[str, tuple[str, ...]] | None:
    """The crisis decision on the latest message: the NLU pipeline's when it read the message (it
    reads every typed one before any action runs, with the same detector), so the question is not
    encoded and classified a second time here; decided here only when it did not (a payload typed
    by hand, a tracker built by a test)."""
    decision = pipeline_decision(tracker)
    if decision or (tracker.latest_message or {}).get(crisis.CHECKED):
        return decision
    detection = SERVICES.detector.detect(text)
    return (detection.route, detection.also) if detection.route else None


def pipeline_decision(tracker: Tracker) -> tuple[str, tuple[str, ...]] | None:
    """The route (and the routes it may also be) the NLU pipeline's crisis component decided."""
    for entity in (tracker.latest_message or {}).get("entities") or []:
        if entity.get("entity") == crisis.ENTITY and entity.get("value"):
            return str(entity["value"]), tuple(entity.get("also") or ())
    return None


class ActionResumeHandoff(Action):
    """Yes to carrying on after a crisis interrupted the handoff form: the form takes over again."""

    def name(self) -> Text:
        return "action_resume_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(text="Okay, let's carry on.")
        return [SlotSet("form_paused", False)]
