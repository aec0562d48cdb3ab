"""The LIO directory: loading it into the database, importing a deployer's CSV, and routing.

Routing rule: the LIO whose area covers the person's local authority; if several do, the one
whose office is nearest; if none does, the nearest LIO by distance, said plainly, with NAVCA's
member finder as the way to check.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select

from bot.places.geography import Gazetteer, Location, distance_km
from bot.records.db import retrying, session
from bot.records.tables import Handoff, Lio, LioArea, utcnow
from bot.settings import KNOWLEDGE_DIR

LIOS_FILE = KNOWLEDGE_DIR / "lios.yml"
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{1,78}$")
LA_CODE = re.compile(r"^E0[6-9]\d{6}$")
EVIDENCE_DATE = re.compile(r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2]))?|unknown)$")  # "2025-03", "2024" or "unknown"


@dataclass(frozen=True)
class LioCard:
    """What the person is shown about an LIO (public details only)."""

    id: str
    name: str
    website: str | None
    la_codes: tuple[str, ...]
    area_names: tuple[str, ...]
    # No evidence from the last few years that it is still running (knowledge/lios.yml says
    # `unconfirmed: true`): the assistant says so, and points to NAVCA's list as well.
    unconfirmed: bool = False


@dataclass(frozen=True)
class Route:
    lio: LioCard
    covers: bool
    distance_km: float | None


@lru_cache(maxsize=1)
def directory_meta(path: Path = LIOS_FILE) -> dict[str, Any]:
    """The nations and NAVCA entries of lios.yml (read-only reference, not in the database)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {"nations": data.get("nations") or {}, "navca": data.get("navca") or {}}


def _validate(row: dict[str, Any], gazetteer: Gazetteer) -> tuple[dict[str, Any] | None, list[str]]:
    """A clean record, or the reasons the row was rejected (all of them)."""
    problems: list[str] = []
    lio_id = str(row.get("id") or "").strip()
    name = " ".join(str(row.get("name") or "").split())
    if not SLUG.match(lio_id):
        problems.append(f"id '{lio_id}' must be lower-case letters, digits and hyphens")
    if not name:
        problems.append("name is empty")
    raw_codes = row.get("la_codes") or []
    if isinstance(raw_codes, str):
        raw_codes = re.split(r"[;|,\s]+", raw_codes)
    codes = sorted({str(c).strip().upper() for c in raw_codes if str(c).strip()})
    if not codes:
        problems.append("la_codes is empty")
    for code in codes:
        if not LA_CODE.match(code) or code not in gazetteer.authorities:
            problems.append(f"'{code}' is not a current English local authority code")
    website = str(row.get("website") or "").strip() or None
    if website and not re.match(r"^https?://[^\s/]+\.[^\s]+$", website):
        problems.append(f"website '{website}' is not a full web address")
    postcode = str(row.get("postcode") or "").strip().upper() or None
    point = None
    if postcode:
        found = gazetteer.index.postcode(postcode)
        if not found:
            problems.append(f"postcode '{postcode}' was not found")
        elif found.easting is not None:
            point = (found.easting, found.northing)
    notify_email = str(row.get("notify_email") or "").strip() or None
    if notify_email and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", notify_email):
        problems.append(f"notify_email '{notify_email}' is not an email address")
    checked_raw = row.get("checked")
    try:
        checked = checked_raw if isinstance(checked_raw, dt.date) else dt.date.fromisoformat(str(checked_raw).strip())
    except ValueError:
        problems.append(f"checked '{checked_raw}' must be a date YYYY-MM-DD")
        checked = None
    source = " ".join(str(row.get("source") or "").split())
    if not source:
        problems.append("source is empty (say where the details come from)")
    evidence_date = str(row.get("evidence_date") or "").strip() or None
    if evidence_date and not EVIDENCE_DATE.match(evidence_date):
        problems.append(f"evidence_date '{evidence_date}' must be YYYY-MM, YYYY or unknown")
    unconfirmed_raw = str(row.get("unconfirmed") or "").strip().lower()
    if unconfirmed_raw not in ("", "true", "false", "yes", "no", "1", "0"):
        problems.append(f"unconfirmed '{row.get('unconfirmed')}' must be true or false")
    if problems:
        return None, problems
    return {
        "id": lio_id,
        "name": name,
        "la_codes": codes,
        "website": website,
        "postcode": postcode,
        "point": point,
        "notify_email": notify_email,
        "checked": checked,
        "source": source,
        "evidence_date": evidence_date,
        "unconfirmed": unconfirmed_raw in ("true", "yes", "1"),
    }, []


def _upsert(records: list[dict[str, Any]], origin: str, replace_all: bool = False) -> None:
    """Write `records` as LIOs of this origin.

    The curated file never overwrites or removes a deployer's imported LIO. With `replace_all`,
    curated LIOs the file no longer lists are deleted, or retired (kept for their staff, never
    routed to) when handoffs still point at them.
    """
    with session() as s, s.begin():
        existing = {lio.id: lio for lio in s.scalars(select(Lio))}
        if replace_all:
            wanted_ids = {r["id"] for r in records}
            for lio_id, lio in list(existing.items()):
                if lio_id in wanted_ids or lio.origin != origin:
                    continue
                if s.scalar(select(Handoff.id).where(Handoff.lio_id == lio_id).limit(1)) is None:
                    s.delete(existing.pop(lio_id))
                elif lio.retired_at is None:
                    lio.retired_at = utcnow()
                    lio.areas = []
        for r in records:
            lio = existing.get(r["id"])
            if lio is not None and lio.origin != origin and origin == "curated":
                continue  # the deployer's own entry for this id wins
            lio = lio or Lio(id=r["id"])
            lio.origin, lio.retired_at = origin, None
            lio.name, lio.website, lio.postcode = r["name"], r["website"], r["postcode"]
            lio.easting, lio.northing = r["point"] if r["point"] else (None, None)
            lio.source, lio.checked = r["source"], r["checked"]
            lio.evidence_date, lio.unconfirmed = r["evidence_date"], r["unconfirmed"]
            if r["notify_email"]:
                lio.notify_email = r["notify_email"]
            # Keep unchanged area rows: replacing them all would insert before the delete and
            # trip the (lio_id, la_code) unique constraint.
            wanted = set(r["la_codes"])
            lio.areas = [a for a in lio.areas if a.la_code in wanted] + [
                LioArea(la_code=c) for c in sorted(wanted - {a.la_code for a in lio.areas})
            ]
            s.add(lio)


def sync_directory(path: Path = LIOS_FILE, gazetteer: Gazetteer | None = None) -> int:
    """Make the database's directory match knowledge/lios.yml (the curated default)."""
    gazetteer = gazetteer or Gazetteer()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    records: list[dict[str, Any]] = []
    for row in data.get("lios") or []:
        record, problems = _validate(row, gazetteer)
        if problems or record is None:
            raise ValueError(f"{path}: LIO '{row.get('id')}': {'; '.join(problems)}")
        records.append(record)
    _upsert(records, "curated", replace_all=True)
    return len(records)


def import_csv(path: Path, gazetteer: Gazetteer | None = None) -> tuple[int, list[str]]:
    """Load a deployer's own directory; returns (rows imported, rejected-row report lines)."""
    gazetteer = gazetteer or Gazetteer()
    accepted: list[dict[str, Any]] = []
    rejected: list[str] = []
    with path.open(newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        required = {"id", "name", "la_codes", "source", "checked"}
        missing = required - {h.strip().lower() for h in reader.fieldnames or []}
        if missing:
            raise ValueError(f"{path}: missing column(s): {', '.join(sorted(missing))}")
        seen: set[str] = set()
        for line, raw in enumerate(reader, start=2):
            row = {k.strip().lower(): v for k, v in raw.items() if k}
            record, problems = _validate(row, gazetteer)
            if record and record["id"] in seen:
                problems = [f"id '{record['id']}' appears twice in the file"]
            if problems:
                rejected.append(f"line {line}: {'; '.join(problems)}")
                continue
            assert record is not None
            seen.add(record["id"])
            accepted.append(record)
    _upsert(accepted, "imported")
    return len(accepted), rejected


def _card(lio: Lio, gazetteer: Gazetteer) -> LioCard:
    codes = tuple(lio.la_codes)
    names = tuple(a.name for a in (gazetteer.authority(c) for c in codes) if a)
    return LioCard(lio.id, lio.name, lio.website, codes, names, unconfirmed=bool(lio.unconfirmed))


def _lio_point(lio: Lio, gazetteer: Gazetteer) -> tuple[int, int] | None:
    if lio.easting is not None and lio.northing is not None:
        return (lio.easting, lio.northing)
    centres = [c for c in (gazetteer.index.authority_centres.get(code) for code in lio.la_codes) if c]
    if not centres:
        return None
    return (sum(c[0] for c in centres) // len(centres), sum(c[1] for c in centres) // len(centres))


def route(location: Location, gazetteer: Gazetteer) -> Route | None:
    """The LIO for an English location, or None when the directory is empty (read again after a
    pause while the database cannot be reached: a restart must not lose the person's place)."""
    return retrying(lambda: _route(location, gazetteer), "finding an LIO")


def _route(location: Location, gazetteer: Gazetteer) -> Route | None:
    point = location.point
    with session() as s:
        active = select(Lio).where(Lio.retired_at.is_(None))
        covering = list(s.scalars(active.join(LioArea).where(LioArea.la_code == location.la_code).distinct()))
        candidates = covering or list(s.scalars(active))
        scored: list[tuple[float, Lio]] = []
        for lio in candidates:
            where = _lio_point(lio, gazetteer)
            scored.append((distance_km(point, where) if point and where else float("inf"), lio))
        if not scored:
            return None
        scored.sort(key=lambda pair: (pair[0], pair[1].name))
        dist, best = scored[0]
        return Route(_card(best, gazetteer), covers=bool(covering), distance_km=None if dist == float("inf") else round(dist, 1))


def get_card(lio_id: str, gazetteer: Gazetteer) -> LioCard | None:
    """The LIO's card (read again after a pause while the database cannot be reached)."""

    def read() -> LioCard | None:
        with session() as s:
            lio = s.get(Lio, lio_id)
            return _card(lio, gazetteer) if lio else None

    return retrying(read, "reading an LIO")


@dataclass(frozen=True)
class StaleEntry:
    """An LIO whose details need checking again, and why."""

    id: str
    name: str
    evidence_date: str | None
    checked: dt.date
    reason: str


def _evidence_month(value: str | None) -> tuple[int, int] | None:
    """(year, month) of an evidence date; a bare year counts from its December (the latest it can be)."""
    if not value or value == "unknown":
        return None
    year, _, month = value.partition("-")
    return int(year), int(month or 12)


def stale_entries(older_than_months: int = 24, as_of: dt.date | None = None) -> list[StaleEntry]:
    """The routable LIOs to check again (`python -m bot lios check`): marked unconfirmed, with no
    evidence date, or whose newest evidence is more than `older_than_months` old on `as_of`."""
    as_of = as_of or dt.date.today()
    found: list[StaleEntry] = []
    with session() as s:
        for lio in s.scalars(select(Lio).where(Lio.retired_at.is_(None)).order_by(Lio.id)):
            month = _evidence_month(lio.evidence_date)
            age = None if month is None else (as_of.year - month[0]) * 12 + as_of.month - month[1]
            if month is None:
                reason = "no evidence date"
            elif age is not None and age > older_than_months:
                reason = f"evidence {age} months old"
            elif lio.unconfirmed:
                reason = "marked unconfirmed"
            else:
                continue
            if lio.unconfirmed and not reason.startswith("marked"):
                reason += ", marked unconfirmed"
            found.append(StaleEntry(lio.id, lio.name, lio.evidence_date, lio.checked, reason))
    return found
