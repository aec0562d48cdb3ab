"""What the assistant says about where someone is and which LIO serves them, with payloads.

Each function returns keyword arguments for rasa_sdk's `dispatcher.utter_message`.
"""

from __future__ import annotations

from typing import Any

from bot.places.geography import Gazetteer, Location
from bot.places.lios import LioCard, Route
from bot.vocabulary import PayloadKind

NATION_NAMES = {"wales": "Wales", "scotland": "Scotland", "northern_ireland": "Northern Ireland"}


def _navca_url(meta: dict[str, Any]) -> str | None:
    navca = meta.get("navca") or {}
    return navca.get("member_finder") or navca.get("website")


def _navca_line(meta: dict[str, Any]) -> str:
    url = _navca_url(meta)
    return f" You can also check NAVCA's list of local members: {url}" if url else ""


def lio_message(location: Location, found: Route, meta: dict[str, Any]) -> dict[str, Any]:
    lio = found.lio
    area = ", ".join(lio.area_names[:6]) + (" and more" if len(lio.area_names) > 6 else "")
    how = {
        "postcode": f"Your postcode {location.label} is in {location.la_name}.",
        "district": f"Most of {location.label} is in {location.la_name}.",
        "place": f"{location.label} is in {location.la_name}.",
        "authority": f"That's {location.la_name}.",
    }.get(location.kind, "")
    if found.covers:
        text = f"{how} The local support organisation for your area is {lio.name}, covering {area}."
    else:
        distance = f", about {found.distance_km:.0f} km away" if found.distance_km is not None else ""
        text = (
            f"{how} I don't have a local support organisation listed for {location.la_name}. "
            f"The nearest one I know of is {lio.name}{distance}, covering {area}.{_navca_line(meta)}"
        )
    return _about_lio(text, lio, meta, la_code=location.la_code, covers=found.covers, distance_km=found.distance_km)


def _about_lio(text: str, lio: LioCard, meta: dict[str, Any], **more: Any) -> dict[str, Any]:
    """A message naming the LIO the person is sent to: the caveat for an unconfirmed one, its
    website, and the card's payload (the widget shows it as a card)."""
    text += _unconfirmed_line(lio, meta)
    if lio.website:
        text += f"\nWebsite: {lio.website}"
    payload = {
        "kind": PayloadKind.LIO,
        "lio": lio.id,
        "name": lio.name,
        "website": lio.website,
        "area": list(lio.area_names),
        "unconfirmed": lio.unconfirmed,
        **more,
    }
    return {"text": text, "json_message": payload}


def _unconfirmed_line(lio: LioCard, meta: dict[str, Any]) -> str:
    """Said of an LIO with no recent evidence that it is still running (`unconfirmed`)."""
    if not lio.unconfirmed:
        return ""
    url = _navca_url(meta)
    where = (
        f"NAVCA's list of local members can help: {url}"
        if url
        else "NAVCA, the national body for local support organisations, can help."
    )
    return f" I couldn't find recent news of {lio.name}, so their details may be out of date. If you can't reach them, {where}"


ASK_LOCATION = "To find your local support organisation, what's your postcode or town? For example: LS6 2AB, or Kendal."


def _lio_button(lio: LioCard, title: str) -> dict[str, str]:
    return {"title": title, "payload": f'/choose_lio{{"lio_choice":"{lio.id}"}}'}


def ask_location_message(host: LioCard | None, options: tuple[LioCard, ...] | None = None) -> dict[str, Any]:
    """The handoff form's question for a place. On an LIO's own website the person may skip it
    and go to that LIO (a button); when their place is another LIO's, they choose between the two."""
    if options:
        theirs, hosting = options
        return {
            "text": (
                f"{theirs.name} is the local support organisation for where you are, and this website is "
                f"{hosting.name}'s. Who would you like to be put in touch with?"
            ),
            "buttons": [_lio_button(theirs, theirs.name), _lio_button(hosting, hosting.name)],
            "json_message": {"kind": PayloadKind.ASK_LOCATION, "reason": "choose_lio", "options": [theirs.id, hosting.id]},
        }
    if host is None:
        return {"text": ASK_LOCATION, "json_message": {"kind": PayloadKind.ASK_LOCATION}}
    return {
        "text": f"{ASK_LOCATION} Or, if you'd rather not say, choose {host.name} to be put in touch with them.",
        "buttons": [_lio_button(host, f"Talk to {host.name}")],
        "json_message": {"kind": PayloadKind.ASK_LOCATION, "host": host.id},
    }


def chosen_lio_message(lio: LioCard, meta: dict[str, Any]) -> dict[str, Any]:
    """Said when the person picked an LIO (the host, or one of two offered) rather than a place."""
    return _about_lio(f"I'll put you in touch with {lio.name}.", lio, meta, covers=True, chosen=True)


def nation_message(location: Location, meta: dict[str, Any]) -> dict[str, Any]:
    nation = location.nation
    body = (meta.get("nations") or {}).get(nation) or {}
    name = body.get("name", "the national voluntary sector body")
    website = body.get("website")
    why = body.get("why", "Charity law and local support there are different from England.")
    text = (
        f"{location.label} is in {NATION_NAMES.get(nation, nation)}, and I can only connect people with "
        f"support organisations in England. {why} The best place to start is {name}" + (f": {website}" if website else ".")
    )
    payload = {"kind": PayloadKind.LIO, "nation": nation, "name": name, "website": website}
    return {"text": text, "json_message": payload}


def split_district_message(location: Location, gazetteer: Gazetteer) -> dict[str, Any]:
    names = [a.name for a in (gazetteer.authority(c) for c in location.split_la_codes) if a]
    return {
        "text": (
            f"{location.label} covers more than one council area ({', '.join(names)}), served by different "
            "local organisations. Could you give me your full postcode, for example "
            f"{location.label} 1AB?"
        ),
        "json_message": {"kind": PayloadKind.ASK_LOCATION, "reason": "split_district", "la_codes": list(location.split_la_codes)},
    }


def unknown_location_message(text: str) -> dict[str, Any]:
    return {
        "text": (
            "Sorry, I couldn't work out where that is. Could you give me a postcode (for example LS6 2AB), "
            "the first part of one (LS6), or the name of your town or council?"
        ),
        "json_message": {"kind": PayloadKind.ASK_LOCATION, "reason": "not_understood"},
    }


def unavailable_message(meta: dict[str, Any]) -> dict[str, Any]:
    """What the person is told when the assistant cannot work out its reply just now (its action
    server is down or failing): never silence, 999 for an emergency, and the way to a person that
    needs nothing of ours. Sent by the Rasa server itself (bot.rasa.mends), so it uses only
    lios.yml's NAVCA entry, no database."""
    return {
        "text": "Sorry, I can't look that up just now. Please try again in a few minutes. In an emergency, call 999. "
        "For help with your group meanwhile, contact your local support organisation (such as your "
        "Council for Voluntary Service)." + _navca_line(meta),
        "json_message": {"kind": PayloadKind.ERROR, "reason": "unavailable"},
    }


def no_lio_message(meta: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": "I'm sorry, I don't have a local support organisation listed near you yet." + _navca_line(meta),
        "json_message": {"kind": PayloadKind.LIO, "lio": None, "covers": False},
    }
