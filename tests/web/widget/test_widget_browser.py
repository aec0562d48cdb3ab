"""The chat widget in a real browser (Debian's Chromium, headless) against the real servers.

Everything goes through the demo LIO page that `make run` serves, the way a visitor uses it: open
the chat, ask, click the buttons, reload. Screenshots at desktop and phone sizes are saved to
tests/screenshots/widget-*.png (git-ignored) for a person to look at.
"""

from __future__ import annotations

import http.server
import json
import re
import threading
import urllib.request
import uuid
from pathlib import Path
from typing import Any, Iterator

import pytest

from bot import settings
from tests.conftest import PROJECT, Servers, free_port
from tests.web.browser import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.slow

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

AXE = PROJECT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = PROJECT / "tests" / "screenshots"
WIDGET_JS = PROJECT / "bot" / "web" / "widget" / "static" / "chat-widget.js"
TITLE = settings.current().demo_title
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
REPLY_MS = 60_000  # one reply from the assistant, on a busy CI machine
# Short questions that sit between two articles; the fixture keeps those that ask "which one?".
CLARIFY_CANDIDATES = [
    "events",
    "getting money for our group",
    "money",
    "charity money",
    "we need money",
    "members",
]


# ------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is needed for the browser tests: `make test` installs it (apt-get install chromium).")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def say(servers: Servers, message: str, timeout: float = 300) -> list[dict[str, Any]]:
    req = urllib.request.Request(
        f"{servers.rasa}/webhooks/rest/webhook",
        data=json.dumps({"sender": f"widget-{uuid.uuid4().hex}", "message": message}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.loads(resp.read())


@pytest.fixture(scope="module")
def warm(servers: Servers) -> Servers:
    """The first answer loads the answerer in the action server (slow, once); do it before timing replies."""
    say(servers, "how do we claim gift aid on donations")
    return servers


@pytest.fixture
def page(browser: Any, warm: Servers) -> Iterator[Any]:
    context = browser.new_context(viewport=DESKTOP, locale="en-GB")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture(scope="module")
def clarify_question(warm: Servers) -> str:
    """A question the answerer meets with a choice of two articles (checked offline, then live)."""
    from bot import settings
    from bot.answers import answering
    from bot.services import Services

    models = Services(settings.current())
    offline = [q for q in CLARIFY_CANDIDATES if answering.respond(q, models.retriever, models.detector).kind == "clarify"]
    assert offline, f"none of {CLARIFY_CANDIDATES} gets a clarification from bot.answers.answering.respond any more"
    for question in offline:
        if any(r.get("custom", {}).get("kind") == "clarify" for r in say(warm, question)):
            return question
    pytest.fail(f"{offline} ask which article offline, but none does through Rasa")


# ------------------------------------------------------------------ helpers


def shot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(400)  # let smooth scrolling settle
    page.screenshot(path=str(SCREENSHOTS / f"widget-{name}.png"))


def launcher(page: Any) -> Any:
    return page.get_by_role("button", name=TITLE, exact=True)


def dialog(page: Any) -> Any:
    return page.get_by_role("dialog", name=TITLE)


def message_box(page: Any) -> Any:
    return page.get_by_role("textbox", name="Your message")


def bot_messages(page: Any) -> Any:
    return page.locator(".caa-msg--bot")


def open_chat(page: Any, servers: Servers) -> None:
    page.goto(servers.web + "/")
    launcher(page).click()
    expect(dialog(page)).to_be_visible()
    expect(launcher(page)).to_have_attribute("aria-expanded", "true")
    expect(message_box(page)).to_be_focused()
    expect(bot_messages(page).first).to_contain_text("automated assistant", timeout=REPLY_MS)


def ask(page: Any, text: str, kind: str) -> Any:
    """Type a message, press Enter, and return the reply carrying the payload `kind`."""
    replies = page.locator(f".caa-msg--bot.caa-kind-{kind}")
    before = replies.count()
    message_box(page).fill(text)
    message_box(page).press("Enter")
    expect(page.locator(".caa-msg--user").last).to_contain_text(text)
    expect(replies).to_have_count(before + 1, timeout=REPLY_MS)
    expect(message_box(page)).to_be_focused()
    return replies.last


def stored_chat(page: Any) -> dict[str, Any]:
    return page.evaluate(
        """() => {
            const key = Object.keys(sessionStorage).find(k => k.startsWith('caa-chat:'));
            return key ? JSON.parse(sessionStorage.getItem(key)) : null;
        }"""
    )


def axe_problems(page: Any) -> list[dict[str, Any]]:
    """axe-core (from npm, injected into the page) violations rated serious or critical."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    for v in result["violations"]:
        targets = [n["target"] for n in v["nodes"]][:5]
        print(f"axe {v['impact']}: {v['id']}: {v['help']} {targets}")
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def rgb(css: str) -> tuple[int, ...]:
    return tuple(int(float(x)) for x in re.findall(r"[\d.]+", css)[:3])


def contrast(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    def lum(c: tuple[int, ...]) -> float:
        ch = [v / 255 for v in c]
        ch = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in ch]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# ------------------------------------------------------------------ tests


def test_question_gets_an_answer_with_source_links_and_review_date(page: Any, warm: Servers) -> None:
    page.goto(warm.web + "/")
    expect(dialog(page)).to_be_hidden()
    shot(page, "desktop-closed")
    open_chat(page, warm)
    greeting = bot_messages(page).first
    expect(greeting.get_by_role("link", name=re.compile(r"privacy"))).to_have_attribute(
        "href", re.compile(r"^https?://.+/privacy$")
    )

    answer = ask(page, "how do we claim gift aid on donations", "answer")
    expect(answer.locator(".caa-answer-title")).to_contain_text("Gift Aid")
    links = answer.locator(".caa-sources a")
    expect(links.first).to_be_visible()
    for i in range(links.count()):
        assert links.nth(i).get_attribute("href").startswith(("https://", "http://"))
        assert "noopener" in links.nth(i).get_attribute("rel")
    expect(links.first).to_contain_text("(opens in new tab)")
    expect(answer.locator(".caa-reviewed")).to_have_text(re.compile(r"^Last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}$"))
    # The sources are shown once, as links, not also as the raw "Source: ... – URL" lines.
    expect(answer.locator(".caa-text")).not_to_contain_text("Source:")
    shot(page, "desktop-answer")


def test_tell_me_more_under_an_answer_shows_the_detail_and_next_steps(page: Any, warm: Servers) -> None:
    open_chat(page, warm)
    answer = ask(page, "how much mileage can we pay our volunteer drivers", "answer")
    more = answer.get_by_role("button", name="Tell me more")
    expect(more).to_be_visible()
    more.click()
    detail = page.locator(".caa-msg--bot.caa-kind-more_detail").last
    expect(detail).to_contain_text("Next steps:", timeout=REPLY_MS)
    expect(detail).to_contain_text("55p")
    expect(more).to_be_disabled()  # used: not sent twice
    shot(page, "desktop-tell-me-more")


def ratings(servers: Servers) -> list[tuple[str, int, str | None]]:
    import sqlite3

    with sqlite3.connect(servers.data_dir / "assistant.db") as db:
        return db.execute("SELECT article_id, helped, lio_id FROM answer_feedback ORDER BY id").fetchall()


def test_did_this_help_buttons_at_phone_width(browser: Any, warm: Servers) -> None:
    """At 360 px: "Did this help?" under an answer; "Yes, it helped" is thanked; "No, it didn't" is
    rated with the hosting LIO (the demo page's data-lio), says sorry and offers the local LIO,
    whose finder takes "Yes". No serious or critical axe problems, no sideways scrolling."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, locale="en-GB")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(warm.web + "/")
        launcher(page).click()  # at 360 px the chat then fills the screen, over the launcher
        expect(dialog(page)).to_be_visible()
        expect(bot_messages(page).first).to_contain_text("automated assistant", timeout=REPLY_MS)
        answer = ask(page, "how much mileage can we pay our volunteer drivers", "answer")
        before = ratings(warm)
        answer.get_by_role("group", name="Did this help?").get_by_role("button", name="Yes, it helped").click()
        thanks = page.locator(".caa-msg--bot.caa-kind-feedback_thanks").last
        expect(thanks).to_contain_text("glad that helped", timeout=REPLY_MS)
        assert ratings(warm) == [*before, ("volunteering.drivers", 1, "voluntary-action-leeds")]
        shot(page, "phone-helped-thanks")

        answer = ask(page, "how do we claim gift aid on donations", "answer")
        question = answer.get_by_role("group", name="Did this help?")
        expect(question).to_be_visible()
        expect(question.get_by_role("button")).to_have_text(["Yes, it helped", "No, it didn't"])
        expect(answer.get_by_role("group", name="Reply options").get_by_role("button")).to_have_text(["Tell me more"])
        answer.get_by_role("button", name="No, it didn't").scroll_into_view_if_needed()
        assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
        shot(page, "phone-did-this-help")
        assert axe_problems(page) == []

        before = ratings(warm)
        answer.get_by_role("button", name="No, it didn't").click()
        expect(message_box(page)).to_be_focused()
        expect(page.locator(".caa-msg--user").last).to_have_text("You: No, it didn't")
        offer = page.locator(".caa-msg--bot.caa-kind-handoff_offer").last
        expect(offer).to_contain_text("I'm sorry that didn't help", timeout=REPLY_MS)
        for name in ("Yes, it helped", "No, it didn't", "Tell me more"):  # used: nothing sent twice
            expect(answer.get_by_role("button", name=name)).to_be_disabled()
        expect(question.locator(".caa-chosen")).to_contain_text("No, it didn't")
        assert ratings(warm) == [*before, ("funding.gift_aid", 0, "voluntary-action-leeds")]
        shot(page, "phone-not-helped-offer")
        assert axe_problems(page) == []

        offer.get_by_role("button", name="Yes, please").click()
        expect(page.locator(".caa-kind-ask_location")).to_have_count(1, timeout=REPLY_MS)
        assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
        shot(page, "phone-not-helped-lio-finder")
    finally:
        context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def test_clarification_option_is_a_button_that_picks_the_article(page: Any, warm: Servers, clarify_question: str) -> None:
    open_chat(page, warm)
    clarify = ask(page, clarify_question, "clarify")
    options = clarify.get_by_role("button")
    assert options.count() >= 2
    first = options.first
    title = first.inner_text().strip()
    shot(page, "desktop-clarify")
    first.click()
    expect(message_box(page)).to_be_focused()  # focus goes back to typing
    expect(page.locator(".caa-msg--user").last).to_contain_text(title)  # the choice, in words
    answer = page.locator(".caa-msg--bot.caa-kind-answer").last
    expect(answer.locator(".caa-answer-title")).to_have_text(title, timeout=REPLY_MS)
    expect(answer.locator(".caa-sources a").first).to_have_attribute("href", re.compile(r"^https?://"))
    for i in range(options.count()):  # used: the group cannot be sent twice
        expect(options.nth(i)).to_be_disabled()
    expect(clarify.locator(".caa-chosen")).to_contain_text(title)


def test_complex_case_through_consent_to_a_handoff_reference(page: Any, warm: Servers) -> None:
    open_chat(page, warm)
    offer = ask(page, "our treasurer has been taking money from the group account", "handoff_offer")
    offer.get_by_role("button", name="Yes, please").click()
    expect(message_box(page)).to_be_focused()
    expect(page.locator(".caa-kind-ask_location")).to_have_count(1, timeout=REPLY_MS)
    expect(offer.get_by_role("button", name="Yes, please")).to_be_disabled()

    consent = ask(page, "LS6 2AB", "consent")
    card = page.locator(".caa-kind-lio .caa-card").last
    expect(card).to_contain_text("Voluntary Action Leeds")
    expect(card.locator(".caa-card-area")).to_contain_text("Covers:")
    expect(card.locator(".caa-card-area")).to_contain_text("Leeds")
    expect(card.get_by_role("link")).to_have_attribute("href", re.compile(r"^https?://"))
    yes = consent.get_by_role("button", name="Yes, share it")
    expect(consent.get_by_role("button", name="No, don't share")).to_be_visible()
    shot(page, "desktop-consent")

    yes.click()
    skip = page.get_by_role("button", name="Skip")
    expect(skip).to_be_enabled(timeout=REPLY_MS)
    skip.click()
    expect(bot_messages(page).last).to_contain_text("what would you like help with", timeout=REPLY_MS)

    done = ask(page, "money has gone missing and the treasurer won't show us the statements", "handoff_created")
    reference = done.locator(".caa-reference-code")
    expect(reference).to_have_text(re.compile(r"^HO-[A-Z0-9]{6}$"))
    expect(done.locator(".caa-reference")).to_contain_text("Your reference")
    shot(page, "desktop-handoff")
    assert axe_problems(page) == []  # the card, consent buttons and reference box too

    page.set_viewport_size(PHONE)
    done.scroll_into_view_if_needed()
    shot(page, "phone-handoff")
    card.scroll_into_view_if_needed()
    shot(page, "phone-lio-card")


def test_on_an_lios_site_another_lios_place_offers_a_choice(page: Any, warm: Servers) -> None:
    """The demo page is Voluntary Action Leeds's (DEMO_LIO_ID): the question for a place offers
    it as a button; a Sheffield postcode offers both LIOs; Sheffield's card says its details
    could not be confirmed recently (issues 15 and 16)."""
    open_chat(page, warm)
    ask(page, "can I talk to a person please", "ask_location")
    expect(
        page.locator(".caa-kind-ask_location").last.get_by_role("button", name="Talk to Voluntary Action Leeds")
    ).to_be_visible()
    choice = ask(page, "S1 2HE", "ask_location")
    expect(choice).to_contain_text("Voluntary Action Sheffield is the local support organisation for where you are")
    expect(choice.get_by_role("button", name="Voluntary Action Leeds")).to_be_visible()
    shot(page, "desktop-choose-lio")
    assert axe_problems(page) == []
    choice.get_by_role("button", name="Voluntary Action Sheffield").click()
    card = page.locator(".caa-kind-lio .caa-card").last
    expect(card).to_contain_text("Voluntary Action Sheffield", timeout=REPLY_MS)
    expect(card.locator(".caa-card-caveat")).to_have_text("We couldn't confirm these details recently.")
    expect(page.locator(".caa-kind-lio").last).to_contain_text("NAVCA")
    expect(page.locator(".caa-kind-consent").last).to_contain_text("Voluntary Action Sheffield", timeout=REPLY_MS)
    assert axe_problems(page) == []
    page.set_viewport_size(PHONE)
    card.scroll_into_view_if_needed()
    shot(page, "phone-chosen-lio-card")


def test_crisis_while_the_handoff_form_asks_for_a_place(page: Any, warm: Servers) -> None:
    """Safety first in every state: mid-form, a crisis gets the emergency box with the crisis lines
    as links, then the offer to carry on, and the form resumes when the person says yes."""
    open_chat(page, warm)
    ask(page, "can I talk to a person please", "ask_location")
    emergency = ask(page, "I’m going to kill myself tonight", "emergency")
    box = emergency.get_by_role("alert")
    expect(box).to_contain_text("999")
    expect(box).to_contain_text("116 123")
    expect(emergency.get_by_role("link", name="999").first).to_have_attribute("href", "tel:999")
    expect(emergency.get_by_role("link", name="116 123")).to_have_attribute("href", "tel:116123")
    expect(emergency.get_by_role("link", name="85258")).to_have_attribute("href", "sms:85258?&body=SHOUT")
    expect(emergency.get_by_role("link", name="111")).to_have_attribute("href", "tel:111")
    resume = page.locator(".caa-kind-resume_offer").last
    expect(resume).to_contain_text("carry on where we were", timeout=REPLY_MS)
    shot(page, "desktop-crisis-in-form")
    assert axe_problems(page) == []
    resume.get_by_role("button", name="Yes, carry on").click()
    expect(page.locator(".caa-kind-ask_location")).to_have_count(2, timeout=REPLY_MS)
    page.set_viewport_size(PHONE)
    emergency.scroll_into_view_if_needed()
    shot(page, "phone-crisis-in-form")
    assert axe_problems(page) == []


def test_delete_this_conversation_link_erases_it_after_confirming(page: Any, warm: Servers) -> None:
    open_chat(page, warm)
    ask(page, "how do we claim gift aid on donations", "answer")
    before = stored_chat(page)["sessionId"]
    page.get_by_role("button", name="Delete this conversation").click()
    confirm = page.locator(".caa-kind-delete_confirm").last
    expect(confirm).to_contain_text("can't be brought back", timeout=REPLY_MS)
    confirm.get_by_role("button", name="Yes, delete it").click()
    done = page.locator(".caa-kind-conversation_deleted")
    expect(done).to_have_count(1, timeout=REPLY_MS)
    expect(done).to_contain_text("I've deleted this conversation")
    expect(bot_messages(page)).to_have_count(1)  # nothing of the old conversation is shown or kept
    after = stored_chat(page)
    assert after["sessionId"] != before and len(after["sessionId"]) == 32
    assert [m.get("custom", {}).get("kind") for m in after["messages"]] == ["conversation_deleted"]
    assert axe_problems(page) == []


def test_conversation_is_kept_across_a_reload(page: Any, warm: Servers) -> None:
    open_chat(page, warm)
    ask(page, "how do we claim gift aid on donations", "answer")
    before = stored_chat(page)
    count = page.locator(".caa-msg").count()
    assert before["sessionId"] and count >= 3

    page.reload()
    expect(dialog(page)).to_be_visible()  # it stays open, as it was left
    expect(page.locator(".caa-msg")).to_have_count(count)
    expect(page.locator(".caa-msg--user").first).to_contain_text("how do we claim gift aid on donations")
    expect(page.locator(".caa-kind-answer .caa-sources a").first).to_have_attribute("href", re.compile(r"^https?://"))
    # The same Rasa conversation goes on: same session id, and replies still arrive.
    ask(page, "what about volunteer expenses", "answer")
    assert stored_chat(page)["sessionId"] == before["sessionId"]
    page.reload()
    expect(page.locator(".caa-msg")).to_have_count(count + 2)


def test_keyboard_only_open_answer_choose_and_close(page: Any, warm: Servers) -> None:
    page.goto(warm.web + "/")
    for _ in range(40):  # Tab through the page until the chat button has focus
        page.keyboard.press("Tab")
        if launcher(page).evaluate("el => el.getRootNode().activeElement === el"):
            break
    else:
        pytest.fail("the chat button cannot be reached with Tab")
    page.keyboard.press("Enter")
    expect(dialog(page)).to_be_visible()
    expect(message_box(page)).to_be_focused()
    expect(bot_messages(page).first).to_contain_text("automated assistant", timeout=REPLY_MS)

    page.keyboard.type("our treasurer has been taking money from the group account")
    page.keyboard.press("Enter")
    offer = page.locator(".caa-kind-handoff_offer")
    expect(offer).to_have_count(1, timeout=REPLY_MS)
    page.keyboard.press("Shift+Tab")  # back from the message box: the last reply's buttons
    expect(offer.get_by_role("button", name="No, thanks")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(offer.get_by_role("button", name="Yes, please")).to_be_focused()
    page.keyboard.press("Enter")
    expect(message_box(page)).to_be_focused()
    expect(page.locator(".caa-kind-ask_location")).to_have_count(1, timeout=REPLY_MS)

    page.keyboard.press("Escape")
    expect(dialog(page)).to_be_hidden()
    expect(launcher(page)).to_be_focused()
    expect(launcher(page)).to_have_attribute("aria-expanded", "false")


def test_axe_finds_no_serious_or_critical_problems(page: Any, warm: Servers) -> None:
    assert AXE.exists(), "axe-core is missing: run `npm ci` (make test does)"
    open_chat(page, warm)
    ask(page, "how do we claim gift aid on donations", "answer")
    emergency = ask(page, "someone has collapsed at our lunch club and isn't breathing", "emergency")
    expect(emergency.get_by_role("alert")).to_contain_text("999")
    expect(emergency.get_by_role("link", name="999").first).to_have_attribute("href", "tel:999")
    shot(page, "desktop-emergency")
    ask(page, "our treasurer has been taking money from the group account", "handoff_offer")
    assert axe_problems(page) == []

    page.set_viewport_size(PHONE)
    assert axe_problems(page) == []
    emergency.scroll_into_view_if_needed()
    shot(page, "phone-emergency")


def test_phone_screen_the_chat_fills_the_width(browser: Any, warm: Servers) -> None:
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(warm.web + "/")
        assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
        shot(page, "phone-closed")
        launcher(page).click()
        expect(dialog(page)).to_be_visible()
        box = dialog(page).bounding_box()
        assert box and box["x"] == 0 and box["width"] == PHONE["width"] and box["height"] == PHONE["height"]
        expect(launcher(page)).to_be_hidden()  # under the full-screen chat; its close button is in the header
        expect(bot_messages(page).first).to_contain_text("automated assistant", timeout=REPLY_MS)
        answer = ask(page, "how do we claim gift aid on donations", "answer")
        expect(answer.locator(".caa-sources a").first).to_be_visible()
        assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
        shot(page, "phone-answer")
        page.get_by_role("button", name="Close chat").click()
        expect(launcher(page)).to_be_focused()
    finally:
        context.close()


def test_text_is_never_interpreted_as_html(page: Any, warm: Servers) -> None:
    source = WIDGET_JS.read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in source, f"chat-widget.js uses {sink}"
    open_chat(page, warm)
    typed = '<img src=x onerror="window.__pwned=1"><b>bold</b> <script>window.__pwned=2</script>'
    replies = bot_messages(page).count()
    message_box(page).fill(typed)
    message_box(page).press("Enter")
    expect(bot_messages(page)).to_have_count(replies + 1, timeout=REPLY_MS)
    mine = page.locator(".caa-msg--user").last
    expect(mine.locator("p")).to_have_text(typed)
    assert page.locator(".caa-log img, .caa-log b, .caa-log script").count() == 0
    assert page.evaluate("() => window.__pwned") is None


def test_embedded_on_another_site_and_server_unreachable(page: Any, warm: Servers) -> None:
    """One script tag on a different origin: the chat works, a too-light colour is made readable,
    and an unreachable server gives a clear message with a retry button."""

    def lio_page(server: str) -> str:
        return (
            '<!doctype html><html lang="en-GB"><head><title>Another LIO</title></head><body>'
            "<main><h1>Community Action Elsewhere</h1></main>"
            f'<script src="{warm.web}/widget/static/chat-widget.js" data-server="{server}" '
            'data-lio="elsewhere" data-title="Ask Community Action" data-colour="#ffcc00" defer></script>'
            "</body></html>"
        )

    # Another LIO's site: a real web server on another origin of this machine (a page faked by
    # the browser's routing has no address, and Chromium's local network access rules would
    # then refuse it the assistant on localhost).
    down = f"http://localhost:{free_port()}"
    pages = {"/down": lio_page(down), "/up": lio_page(warm.rasa)}

    # The port the servers were told to allow (conftest's OTHER_SITE_PORT, read back from their
    # environment: this module may see a second import of conftest with another free port).
    other_port = int(warm.env["CORS_ORIGINS"].rsplit(":", 1)[1])
    site = serve_pages(pages, other_port)  # in CORS_ORIGINS
    other_site = f"http://127.0.0.1:{other_port}"
    page.goto(f"{other_site}/down")
    page.get_by_role("button", name="Ask Community Action", exact=True).click()
    status = page.get_by_role("status")
    expect(status).to_contain_text("can't reach the assistant", timeout=20_000)
    expect(page.get_by_role("button", name="Try again")).to_be_visible()
    shot(page, "desktop-unreachable")

    page.goto(f"{other_site}/up")
    chat_button = page.get_by_role("button", name="Ask Community Action", exact=True)
    background = rgb(chat_button.evaluate("el => getComputedStyle(el).backgroundColor"))
    assert contrast(background, (255, 255, 255)) >= 4.5, background  # yellow darkened for white text
    chat_button.click()
    expect(bot_messages(page).first).to_contain_text("automated assistant", timeout=REPLY_MS)
    answer = ask(page, "how do we claim gift aid on donations", "answer")
    link_colour = rgb(answer.locator(".caa-sources a").first.evaluate("el => getComputedStyle(el).color"))
    assert contrast(link_colour, (243, 242, 241)) >= 4.5
    site.shutdown()


def serve_pages(pages: dict[str, str], port: int) -> http.server.ThreadingHTTPServer:
    """Another website on this machine (a real server: a page faked by the browser's routing has no
    address, and Chromium's local network access rules would then refuse it the assistant)."""

    class Site(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            body = pages.get(self.path, "not found").encode()
            self.send_response(200 if self.path in pages else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    site = http.server.ThreadingHTTPServer(("127.0.0.1", port), Site)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    return site


def test_a_site_not_in_cors_origins_cannot_open_the_chat(page: Any, warm: Servers) -> None:
    """Only the configured LIO sites and the demo page may talk to the assistant from a browser."""
    html = (
        '<!doctype html><html lang="en-GB"><head><title>Not an LIO</title></head><body><main><h1>Elsewhere</h1></main>'
        f'<script src="{warm.web}/widget/static/chat-widget.js" data-server="{warm.rasa}" '
        'data-title="Ask Elsewhere" defer></script></body></html>'
    )
    site = serve_pages({"/": html}, 0)  # a port not in CORS_ORIGINS
    try:
        page.goto(f"http://127.0.0.1:{site.server_address[1]}/")
        page.get_by_role("button", name="Ask Elsewhere", exact=True).click()
        expect(page.get_by_role("status")).to_contain_text("can't reach the assistant", timeout=30_000)
        assert bot_messages(page).count() == 0
        # The REST channel's CORS answer names only the allowed origins too.
        allowed = page.evaluate(
            """async (url) => { try { const r = await fetch(url + '/webhooks/rest/webhook', {method: 'POST',
                 headers: {'Content-Type': 'application/json'}, body: JSON.stringify({sender: 'e'.repeat(32), message: 'hi'})});
                 return 'read'; } catch (e) { return 'blocked'; } }""",
            warm.rasa,
        )
        assert allowed == "blocked"
    finally:
        site.shutdown()
