"""The LIO whose website hosts the chat, and what that changes when the handoff form looks for
the person's LIO.

The widget sends the hosting LIO's id with every message (`data-lio`, as message metadata
`{"lio": id}`). Anyone can send metadata, so an id is taken only in the shape of one
(`claimed_lio_id`), and only an LIO the directory lists counts as a host (`hosting_card`).

When the chat has a host (issue 15, "the hosting LIO"):
- the person may give no place at all: the form offers the host as a button;
- a place in the host's area goes to the host, even where another LIO covers it too;
- a place that belongs to another LIO is said to be theirs, and the person chooses between that
  LIO and the host (`HostedRoute.options`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from bot.places.geography import Gazetteer, Location
from bot.places.lios import SLUG, LioCard, Route, get_card, route


def claimed_lio_id(metadata: Mapping[str, Any] | None) -> str | None:
    """The LIO id a message's metadata names (the widget sends `{"lio": data-lio}`), if it is
    shaped like one. Nothing but an id's shape is taken from it; whether the directory knows it
    is `hosting_card`'s question."""
    value = (metadata or {}).get("lio")
    return value if isinstance(value, str) and SLUG.fullmatch(value) else None


def hosting_card(metadata: Mapping[str, Any] | None, gazetteer: Gazetteer) -> LioCard | None:
    """The card of the LIO hosting the chat, if the metadata names one the directory lists."""
    lio_id = claimed_lio_id(metadata)
    return get_card(lio_id, gazetteer) if lio_id else None


@dataclass(frozen=True)
class HostedRoute:
    """Where a place leads when the chat has a host: one LIO (`chosen`), or a choice between the
    place's own LIO and the host (`options`, in that order)."""

    chosen: Route | None
    options: tuple[LioCard, LioCard] | None = None


def route_hosted(location: Location, host: LioCard | None, gazetteer: Gazetteer) -> HostedRoute:
    """The LIO for an English location, the host first: the host's own areas go to the host."""
    if host is not None and location.la_code in host.la_codes:
        return HostedRoute(Route(host, covers=True, distance_km=None))
    found = route(location, gazetteer)
    if host is None or found is None or found.lio.id == host.id:
        return HostedRoute(found)
    return HostedRoute(found, options=(found.lio, host))


# Words that say nothing about which LIO is meant ("Voluntary Action Leeds" is told apart from
# "Leeds Community Foundation" by "leeds" only when "action" or "foundation" comes too).
_GENERIC = frozenset(
    "a an and the of for in to on at council councils voluntary service services community action cvs "
    "organisation organization support local one please them they their with talk speak want like would "
    "i i'd id me my us we our go put through".split()
)
_FIRST = re.compile(r"\b(?:first|1st|1|top|upper|former)\b")
_SECOND = re.compile(r"\b(?:second|2nd|2|other|bottom|lower|last|latter)\b")
_HERE = re.compile(r"\b(?:this (?:website|site|web ?site|page|one here)|on this (?:website|site|page)|here|you|yours)\b")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("’", "'").replace("&", " and "))


def pick_lio(text: str, options: Sequence[LioCard], host: LioCard | None = None) -> LioCard | None:
    """The LIO a typed answer picks among `options` (as offered, in order): by its name or the
    distinctive words of it, by "the first"/"the second", or "this website" for the host. None
    when the answer names none of them or could mean more than one."""
    said = " ".join(_words(text))
    if not said:
        return None
    named = [o for o in options if " ".join(_words(o.name)) in said]
    if len(named) == 1:
        return named[0]
    distinct = set(_words(text)) - _GENERIC
    by_words = [o for o in options if distinct and distinct <= set(_words(o.name)) | set(_words(" ".join(o.area_names)))]
    if len(by_words) == 1:
        return by_words[0]
    if len(options) == 2:
        first, second = bool(_FIRST.search(said)), bool(_SECOND.search(said))
        if first != second:
            return options[0] if first else options[1]
    if host is not None and host in options and _HERE.search(said):
        return host
    return None
