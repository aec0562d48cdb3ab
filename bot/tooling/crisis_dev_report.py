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

from bot.answers.crisis import Detection
from bot.settings import PROJECT_DIR
from bot.tooling.crisis_bench import BenchSet, fmt_rate, load_set
from bot.tooling.crisis_landing import dev_sets

SUICIDE = "suicide_self_harm"
# Every set costs its 1,100-odd texts through the sentence encoder, about 25 s on a fast machine and
# 65 s on a slow one, and a set retires from the benchmark every session: checking them all made a
# clean clone's `make test` grow by a minute a session (41 min in session 16, over 45 by session 27).
# The newest sets are the ones written against what the detector does now; all of them still run in
# `make bench`, which fails on any set below its floor.
IN_TESTS = 4

# Floors on the development sets (each written apart from the training examples, by other writers;
# thresholds were chosen on them): a set below its floor is a regression. (fired, right route, false
# alarms at most.) `make test` checks the newest `IN_TESTS` sets; `make bench` and `dev-report` all.
FLOORS: dict[str, tuple[float, float, float]] = {
    "crisis_dev.yml": (0.98, 0.94, 0.04),
    "crisis_dev2.yml": (0.97, 0.90, 0.12),
    "crisis_dev3.yml": (0.98, 0.90, 0.16),  # indirect wording and hard near misses
    "crisis_dev4.yml": (0.97, 0.93, 0.08),
    "crisis_dev5.yml": (0.98, 0.97, 0.04),  # the first held-out benchmark, retired to development
    "crisis_dev6.yml": (0.98, 0.93, 0.03),  # the second, likewise
    "crisis_dev7.yml": (0.98, 0.90, 0.04),  # the third, likewise
    "crisis_dev8.yml": (0.98, 0.90, 0.03),  # the fourth, likewise
    # the fifth, likewise (hard near misses); false alarms 0.036 until session 16, 0.043 since the
    # classifier learnt everyday questions on other subjects (three past incidents more; README)
    "crisis_dev9.yml": (0.99, 0.92, 0.05),
    "crisis_dev10.yml": (0.99, 0.90, 0.02),  # the sixth, likewise (a fifth of its crises are 2 to 8 words)
    "crisis_dev11.yml": (0.99, 0.90, 0.02),  # the seventh, likewise (a third 2 to 8 words)
    "crisis_dev12.yml": (0.94, 0.87, 0.02),  # the eighth, likewise (veiled and indirect voices)
    "crisis_dev13.yml": (0.97, 0.89, 0.03),  # the ninth, likewise (crises in passing, second-language writers)
    "crisis_dev14.yml": (0.97, 0.89, 0.03),  # the tenth, likewise (figures of speech among the calm)
    "crisis_dev15.yml": (0.98, 0.88, 0.04),  # the eleventh, likewise (other languages, dangers buried in long messages)
    "crisis_dev16.yml": (0.98, 0.91, 0.03),  # the twelfth, likewise (jokes covering fear, a danger after an ordinary question)
    # the thirteenth, likewise (dictation, replies mid-conversation); false alarms 25/516 until
    # session 17, 26/516 = 0.0504 since training batch 7
    "crisis_dev17.yml": (0.98, 0.90, 0.055),
    "crisis_dev18.yml": (0.99, 0.90, 0.05),  # the fourteenth, likewise (very short everyday notes among the calm)
    "crisis_dev19.yml": (0.99, 0.92, 0.05),  # the fifteenth, likewise (calm questions in more than 30 languages)
    "crisis_dev20.yml": (0.99, 0.92, 0.05),  # the sixteenth, likewise (emoji, stroke fragments, voice notes)
    "crisis_dev21.yml": (0.99, 0.92, 0.02),  # the seventeenth, likewise (one-handed typing, mixed languages)
    "crisis_dev22.yml": (0.99, 0.92, 0.03),  # the eighteenth, likewise (food banks, corner shops, Vietnamese)
    "crisis_dev23.yml": (0.99, 0.92, 0.03),  # the nineteenth, likewise (dictation, email chains, Gen-Z slang)
    "crisis_dev24.yml": (0.98, 0.92, 0.03),  # the twentieth, likewise (dialect spellings, panto, mountain rescue)
    "crisis_dev25.yml": (0.98, 0.92, 0.04),  # the twenty-first, likewise (formal letters, repair cafés, Tagalog)
    "crisis_dev26.yml": (0.98, 0.90, 0.03),  # the twenty-second, likewise (about 30 in other languages, voicemail)
    "crisis_dev27.yml": (0.98, 0.90, 0.03),  # the twenty-third, likewise (refugee choirs, fruit pickers, 40 in other languages)
    "crisis_dev28.yml": (0.98, 0.90, 0.03),  # the twenty-fourth, likewise (Welsh chapels, BSL glosses, easy read)
    "crisis_dev29.yml": (0.98, 0.90, 0.03),  # the twenty-fifth, likewise (community fridges, K-pop, Luganda and Oromo)
    "crisis_dev30.yml": (0.98, 0.90, 0.03),  # the twenty-sixth, likewise (Gurkha veterans, pigeon fanciers, Cantonese)
    "crisis_dev31.yml": (0.98, 0.90, 0.03),  # the twenty-seventh, likewise (blood bikes, river wardens, Norwegian, Khmer)
    "crisis_dev32.yml": (0.98, 0.90, 0.03),  # the twenty-eighth, likewise (hospice shops, skate parks, Sindhi, Malayalam)
    "crisis_dev33.yml": (0.98, 0.90, 0.03),  # the twenty-ninth, likewise (young farmers, sea cadets, Hakka, Kannada)
    "crisis_dev34.yml": (0.98, 0.90, 0.03),  # the thirtieth, likewise (parkrun, men's sheds, bell ringers, Lithuanian)
}


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


def below_floor(f: SetFigures) -> list[str]:
    """What falls short of the set's floor, in words (nothing when it holds)."""
    if f.name not in FLOORS:
        return ["no floor in crisis_dev_report.FLOORS"]
    fired_floor, route_floor, alarm_ceiling = FLOORS[f.name]
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
    short = [f"BELOW FLOOR {f.name}: {', '.join(gaps)}" for f in figures if (gaps := below_floor(f))]
    print("\n".join(short) or f"every set at or above its floor ({len(figures)})")
    return 1 if short else 0
