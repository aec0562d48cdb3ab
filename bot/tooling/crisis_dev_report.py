"""`python -m bot crisis dev-report`: the crisis detector on every development set, in-process (issue 10).

Before choosing a rule, a pattern or a threshold, each session measured the development sets
(tests/answers/crisis_dev*.yml) with a throwaway script; this is that script, kept, so the figures
in a note come from a command anyone can run. Development sets only: the held-out benchmark is
measured once, over REST, by `make bench` (`bot.tooling.crisis_bench`), and its items are read only
after that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, Sequence

import yaml

from bot.answers.crisis import Detection
from bot.settings import PROJECT_DIR
from bot.tooling.crisis_bench import BenchSet, fmt_rate, load_set
from bot.tooling.crisis_landing import FLOORS_FILE, dev_sets

SUICIDE = "suicide_self_harm"
# Every set costs its 1,100-odd texts through the sentence encoder, about 25 s on a fast machine and
# 65 s on a slow one, and a set retires from the benchmark every session: checking them all made a
# clean clone's `make test` grow by a minute a session (41 min in session 16, over 45 by session 27).
# The newest sets are the ones written against what the detector does now; all of them still run in
# `make bench`, which fails on any set below its floor.
IN_TESTS = 4

Floor = tuple[float, float, float]  # found at least, right route at least, false alarms at most


def floors(root: Path = PROJECT_DIR) -> dict[str, Floor]:
    """Each development set's floor, from `tests/answers/crisis_floors.yml`: a file rather than code so
    that `python -m bot crisis land-pending` can add the row of the set it retires."""
    path = root / FLOORS_FILE
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return {str(name): (float(a), float(b), float(c)) for name, (a, b, c) in (data or {}).items()}


class Detector(Protocol):
    def detect_set(self, texts: list[str]) -> list[Detection]: ...


@dataclass
class SetFigures:
    """One development set's counts, and what to read when they are not what they should be."""

    name: str
    crises: int = 0
    fired: int = 0
    right: int = 0  # the first route signposted is the item's route or one it also accepts
    named: int = 0  # the item's route is signposted at all (first, or in `also`)
    suicide_without_lines: int = 0  # a suicide/self-harm item signposted with no crisis line
    calm: int = 0
    alarms: int = 0
    lines: list[str] = field(default_factory=list)  # MISS, NOLINES and ALARM lines for -v


def measure(detector: Detector, name: str, bench: BenchSet) -> SetFigures:
    figures = SetFigures(name=name, crises=len(bench.crises), calm=len(bench.not_emergencies))
    texts = [str(item["text"]) for item in bench.crises]
    for item, text, found in zip(bench.crises, texts, detector.detect_set(texts)):
        accepted = {item["route"], *(item.get("also") or [])}
        signposted = {found.route, *found.also} if found.fired else set()
        figures.fired += found.fired
        figures.right += found.route in accepted
        figures.named += bool(accepted & signposted)
        if not found.fired:
            figures.lines.append(f"  MISS [{item['route']}] p={found.probability:.2f}: {text!r}")
        elif item["route"] == SUICIDE and SUICIDE not in signposted:
            figures.suicide_without_lines += 1
            figures.lines.append(f"  NOLINES -> {found.route}: {text!r}")
    for text, found in zip(bench.not_emergencies, detector.detect_set(bench.not_emergencies)):
        if found.fired:
            figures.alarms += 1
            figures.lines.append(f"  ALARM p={found.probability:.2f} pattern={found.pattern} -> {found.route}: {text!r}")
    return figures


def _line(f: SetFigures) -> str:
    return (
        f"{f.name:18} found {fmt_rate(f.fired, f.crises)}; right route {f.right / f.crises:.1%}, named"
        f" {f.named / f.crises:.1%}; suicide without lines {f.suicide_without_lines};"
        f" false alarms {fmt_rate(f.alarms, f.calm)}"
    )


def report(all_figures: Sequence[SetFigures], verbose: bool = False) -> list[str]:
    """A line per set (with its misses and false alarms when verbose), then all sets together."""
    total = SetFigures(name="all")
    out: list[str] = []
    for f in all_figures:
        out.append(_line(f))
        if verbose:
            out += [f"  {f.name}:{line}" for line in f.lines]
        for attr in ("crises", "fired", "right", "named", "suicide_without_lines", "calm", "alarms"):
            setattr(total, attr, getattr(total, attr) + getattr(f, attr))
    return out + [_line(total)] if len(all_figures) > 1 else out


def below_floor(f: SetFigures, known: dict[str, Floor] | None = None) -> list[str]:
    """What falls short of the set's floor, in words (nothing when it holds); `known`: `floors()`
    already read, when the caller judges many sets."""
    floor = (floors() if known is None else known).get(f.name)
    if floor is None:
        return [f"no floor in {FLOORS_FILE}"]
    fired_floor, route_floor, alarm_ceiling = floor
    short = []
    if f.fired / f.crises < fired_floor:
        short.append(f"found {f.fired / f.crises:.1%} < {fired_floor:.0%}")
    if f.right / f.crises < route_floor:
        short.append(f"right route {f.right / f.crises:.1%} < {route_floor:.0%}")
    if f.alarms / f.calm > alarm_ceiling:
        short.append(f"false alarms {f.alarms / f.calm:.1%} > {alarm_ceiling:.1%}")
    return short


def newest(root: Path = PROJECT_DIR, count: int = IN_TESTS) -> list[str]:
    """The names of the `count` most recently retired development sets."""
    return [path.name for _, path in dev_sets(root)[-count:]]


def main(detector: Detector, verbose: bool = False, only: str | None = None, root: Path = PROJECT_DIR) -> int:
    """Every development set (or `only` one) with its figures; 1 when any is below its floor."""
    chosen = [path for _, path in dev_sets(root) if only in (None, path.name)]
    if not chosen:
        print(f"no development set named {only}")
        return 2
    figures = [measure(detector, path.name, load_set(path)) for path in chosen]
    print("\n".join(report(figures, verbose)))
    known = floors(root)
    short = [f"BELOW FLOOR {f.name}: {', '.join(gaps)}" for f in figures if (gaps := below_floor(f, known))]
    print("\n".join(short) or f"every set at or above its floor ({len(figures)})")
    return 1 if short else 0
