"""Where is the person? From a postcode, a postcode district, a town, or a local authority name.

Every answer says how it was found, so the assistant can tell the person plainly (and never
present a guess as fact): an exact postcode, the district's majority authority, a place in the
gazetteer, an authority name, a place outside England, or nothing understood.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.places.postcode_index import District, PostcodeIndex
from bot.settings import KNOWLEDGE_DIR
from bot.vocabulary import LocationKind

FULL_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b", re.IGNORECASE)
DISTRICT = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\b", re.IGNORECASE)

NATIONS = {"W": "wales", "S": "scotland", "N": "northern_ireland", "E": "england"}
# Places outside England people commonly name; the gazetteer itself covers England only.
OUTSIDE_ENGLAND = {
    "wales": "wales",
    "cymru": "wales",
    "cardiff": "wales",
    "swansea": "wales",
    "newport": "wales",
    "wrexham": "wales",
    "bangor": "wales",
    "aberystwyth": "wales",
    "bridgend": "wales",
    "llanelli": "wales",
    "merthyr tydfil": "wales",
    "barry": "wales",
    "caerphilly": "wales",
    "carmarthen": "wales",
    "rhyl": "wales",
    "scotland": "scotland",
    "edinburgh": "scotland",
    "glasgow": "scotland",
    "aberdeen": "scotland",
    "dundee": "scotland",
    "inverness": "scotland",
    "stirling": "scotland",
    "perth": "scotland",
    "paisley": "scotland",
    "falkirk": "scotland",
    "kilmarnock": "scotland",
    "ayr": "scotland",
    "northern ireland": "northern_ireland",
    "belfast": "northern_ireland",
    "derry": "northern_ireland",
    "londonderry": "northern_ireland",
    "lisburn": "northern_ireland",
    "newry": "northern_ireland",
    "armagh": "northern_ireland",
    "omagh": "northern_ireland",
    "enniskillen": "northern_ireland",
}
# Names that are both an English place and something else: only taken when nothing better matches.
AMBIGUOUS_OUTSIDE = {"newport", "perth", "barry", "bangor"}


@dataclass(frozen=True)
class Authority:
    code: str
    name: str
    region: str


@dataclass
class Location:
    kind: LocationKind
    query: str
    la_code: str | None = None
    la_name: str | None = None
    nation: str = "england"
    easting: int | None = None
    northing: int | None = None
    label: str = ""  # what the person named, tidied: "LS6 2AB", "Kendal", "Leeds"
    split_la_codes: tuple[str, ...] = field(default_factory=tuple)  # a district spanning authorities

    @property
    def point(self) -> tuple[int, int] | None:
        return (self.easting, self.northing) if self.easting is not None and self.northing is not None else None


def _norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("&", " and ")
    text = re.sub(r"[^a-z0-9' -]", " ", text)
    return re.sub(r"\s+", " ", text.replace("-", " ")).strip()


def distance_km(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Straight-line distance on the OS national grid (metres), in kilometres."""
    return math.hypot(a[0] - b[0], a[1] - b[1]) / 1000.0


class Gazetteer:
    def __init__(self, root: Path = KNOWLEDGE_DIR, index: PostcodeIndex | None = None) -> None:
        self.index = index or PostcodeIndex()
        self.authorities: dict[str, Authority] = {}
        self.names: dict[str, tuple[str, str]] = {}  # normalised name -> (la_code, display name)
        self.authority_names: set[str] = set()
        with (root / "local_authorities.csv").open(newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                code, name = row["code"].strip(), row["name"].strip()
                self.authorities[code] = Authority(code, name, row.get("region", "").strip())
                for alias in [name, *filter(None, (row.get("aliases") or "").split("|"))]:
                    key = _norm(alias)
                    self.names.setdefault(key, (code, name))
                    self.authority_names.add(key)
        places_file = root / "places.csv"
        if places_file.exists():
            with places_file.open(newline="", encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    code, name = row["la_code"].strip(), row["name"].strip()
                    if code not in self.authorities:
                        continue
                    for alias in [name, *filter(None, (row.get("aliases") or "").split("|"))]:
                        # A town's own name wins over an authority of the same name only if it is
                        # not already an authority (e.g. "Leeds" the city and the authority agree).
                        self.names.setdefault(_norm(alias), (code, name))
        self._longest = max((len(k.split()) for k in self.names), default=1)

    def authority(self, code: str) -> Authority | None:
        return self.authorities.get(code)

    def resolve(self, text: str) -> Location:
        query = text.strip()
        if not query:
            return Location(LocationKind.UNKNOWN, text)
        for match in FULL_POSTCODE.finditer(query):
            pc = self.index.postcode(match.group(1) + match.group(2))
            label = f"{match.group(1).upper()} {match.group(2).upper()}"
            if pc:
                nation = NATIONS.get(pc.la_code[0], "england")
                if nation != "england":
                    return Location(LocationKind.OUTSIDE_ENGLAND, text, nation=nation, label=label)
                return self._at(
                    Location(
                        LocationKind.POSTCODE, text, la_code=pc.la_code, easting=pc.easting, northing=pc.northing, label=label
                    )
                )
            district = self.index.district(match.group(1))
            if district:  # a mistyped or retired postcode: fall back to its district, said plainly
                return self._from_district(district, text, label=match.group(1).upper())
        place = self._place(query)
        if place:
            return place
        for match in DISTRICT.finditer(query):
            district = self.index.district(match.group(1))
            if district:
                return self._from_district(district, text, label=match.group(1).upper())
        return Location(LocationKind.UNKNOWN, text)

    def _from_district(self, district: District, text: str, label: str) -> Location:
        nation = NATIONS.get(district.la_code[0], "england")
        if nation != "england":
            return Location(LocationKind.OUTSIDE_ENGLAND, text, nation=nation, label=label)
        loc = Location(
            LocationKind.DISTRICT,
            text,
            la_code=district.la_code,
            easting=district.easting,
            northing=district.northing,
            label=label,
        )
        english = tuple(c for c in district.la_codes if c.startswith("E"))
        if len(english) > 1:
            loc.split_la_codes = english
        return self._at(loc)

    def _place(self, query: str) -> Location | None:
        words = _norm(query).split()
        outside: str | None = None
        for size in range(min(self._longest, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                phrase = " ".join(words[start : start + size])
                if phrase in OUTSIDE_ENGLAND and phrase not in AMBIGUOUS_OUTSIDE:
                    return Location(LocationKind.OUTSIDE_ENGLAND, query, nation=OUTSIDE_ENGLAND[phrase], label=phrase.title())
                if phrase in self.names:
                    code, name = self.names[phrase]
                    kind = LocationKind.AUTHORITY if phrase in self.authority_names else LocationKind.PLACE
                    centre = self.index.authority_centres.get(code)
                    loc = Location(kind, query, la_code=code, label=name)
                    if centre:
                        loc.easting, loc.northing = centre
                    return self._at(loc)
                if phrase in OUTSIDE_ENGLAND and outside is None:
                    outside = phrase
        if outside:
            return Location(LocationKind.OUTSIDE_ENGLAND, query, nation=OUTSIDE_ENGLAND[outside], label=outside.title())
        return None

    def _at(self, loc: Location) -> Location:
        authority = self.authorities.get(loc.la_code or "")
        loc.la_name = authority.name if authority else loc.la_code
        return loc
