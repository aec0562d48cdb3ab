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


def main(detector: Detector, verbose: bool = False, only: str | None = None, root: Path = PROJECT_DIR) -> int:
    chosen = [path for _, path in dev_sets(root) if only in (None, path.name)]
    if not chosen:
        print(f"no development set named {only}")
        return 2
    print("\n".join(report([measure(detector, path.name, load_set(path)) for path in chosen], verbose)))
    return 0
