"""Land crisis data written in an earlier session (issue 10): `python -m bot crisis land-pending`.

Each session's helpers write, by kind and never by quoting, a training batch and a fresh held-out
benchmark into `docs/pending/crisis/`; the next session retires the benchmark it has read to a
development set, merges the batch into the training examples and makes the fresh benchmark the one
`make bench` runs. Why a command rather than steps in a README: every step must drop a text that
equals (after `crisis.normalise`, the form both nets read) a text in another set, or a benchmark
would score what the classifier was trained on. The order of precedence is development sets, then
the new benchmark, then training: a text already measured is never given to training, and a text in
the new benchmark is never trained on.

Phrases in other languages (`phrases_*.yml`, route -> language -> phrases) land on their own with
`python -m bot crisis land-phrases`, since they change the patterns and are best merged before a
refit, whether or not a benchmark lands with them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml

from bot.answers import crisis
from bot.answers.crisis import languages as crisis_languages
from bot.settings import PROJECT_DIR
from bot.tooling.crisis_bench import load_set

EXAMPLES = Path("knowledge") / crisis.EXAMPLES_FILE
DEV_DIR = Path("tests") / "answers"
BENCHMARK = Path("tests") / "eval" / "crisis_benchmark.yml"
PENDING = Path("docs") / "pending" / "crisis"
# Each development set's floor (read by `crisis_dev_report`); a retired set gets DEFAULT_FLOOR, the
# floor every set since the twenty-second has had, and a session that measures it lower says why.
FLOORS_FILE = DEV_DIR / "crisis_floors.yml"
DEFAULT_FLOOR = (0.98, 0.90, 0.03)
_DEV_NAME = re.compile(r"crisis_dev(\d*)\.yml$")
PHRASES = Path("knowledge") / crisis_languages.PHRASES_FILE.name
# The pending files each landing reads, and removes once landed.
_BATCH_CRISES, _BATCH_ORDINARY = "training_batch*_crises.yml", "training_batch*_ordinary.yml"
_BENCH_CRISES, _BENCH_CALM = "benchmark*_crises.yml", "benchmark*_calm.yml"
_PENDING_PHRASES = "phrases_*.yml"
_LANGUAGE = re.compile(r"^[a-z][a-z_]*$")


@dataclass
class Landing:
    """What a landing did, for the session's note."""

    retired_to: str = ""
    training_added: dict[str, int] = field(default_factory=dict)
    training_dropped: int = 0
    benchmark_crises: int = 0
    benchmark_calm: int = 0
    benchmark_short: int = 0  # crises of 2 to 8 words
    benchmark_dropped_crises: int = 0
    benchmark_dropped_calm: int = 0

    def lines(self) -> list[str]:
        added = ", ".join(f"{route} {n}" for route, n in self.training_added.items())
        return [
            f"retired the held-out benchmark to {self.retired_to}",
            f"training examples added: {added} ({self.training_dropped} dropped as equal to another text)",
            f"new held-out benchmark: {self.benchmark_crises} crises ({self.benchmark_short} of 2 to 8 words),"
            f" {self.benchmark_calm} calm ({self.benchmark_dropped_crises} crises and"
            f" {self.benchmark_dropped_calm} calm dropped as equal to a training or development text)",
        ]


def _key(text: str) -> str:
    return crisis.normalise(text)


def _number(path: Path) -> int:
    found = re.search(r"(\d+)", path.name)
    return int(found.group(1)) if found else 0


def _read(pending: Path, pattern: str, required: bool = True) -> tuple[dict[str, Any], list[Path]]:
    """The lowest-numbered pending file matching `pattern`, read, with its path (a training batch may
    be absent: {} and no path). Helpers may write the next benchmark before the last one has landed;
    the older one lands first and the newer waits for the next landing."""
    found = sorted(pending.glob(pattern), key=_number)
    if required and not found:
        raise ValueError(f"{pending}: expected a file matching {pattern}, found none")
    if len(found) > 1 and _number(found[0]) == _number(found[1]):
        raise ValueError(f"{pending}: two files matching {pattern} have the same number: {found[0].name}, {found[1].name}")
    return ((yaml.safe_load(found[0].read_text(encoding="utf-8")) or {}), found[:1]) if found else ({}, [])


def dev_sets(root: Path) -> list[tuple[int, Path]]:
    """The development sets with their numbers, in order (crisis_dev.yml is 1, crisis_dev2.yml 2...)."""
    found = [(int(m.group(1) or 1), p) for p in (root / DEV_DIR).glob("crisis_dev*.yml") if (m := _DEV_NAME.search(p.name))]
    return sorted(found)


def _keep_new(texts: list[str], taken: set[str]) -> list[int]:
    """Indexes of the texts whose normalised form is not yet in `taken` (which grows with them)."""
    kept = []
    for index, text in enumerate(texts):
        key = _key(text)
        if key not in taken:
            taken.add(key)
            kept.append(index)
    return kept


def _set_texts(path: Path) -> list[str]:
    """Every text of a development set or benchmark (both have the shape `make bench` reads)."""
    measured = load_set(path)
    return [str(c["text"]) for c in measured.crises] + measured.not_emergencies


def _comment(lines: str) -> str:
    """The header as YAML comments; a header file already written as comments is taken as it is
    (session 18's came out as "# # ..." before this)."""
    return "".join(f"# {re.sub(r'^# ?', '', line)}".rstrip() + "\n" for line in lines.strip().splitlines())


def _without_leading_comments(text: str) -> str:
    lines = text.splitlines(keepends=True)
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return "".join(lines)


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _merge_training(examples: str, by_route: dict[str, list[str]], ordinary: list[str], comment: str) -> str:
    """Each route's new texts (none is empty) at the end of its block under the comment; ordinary ones at the end.
    The comment is written by `_comment`, so one given with its own "#" keeps one (batches 24 to 31 came out as "# # ...")."""
    header = _comment(comment).splitlines(keepends=True)
    lines = examples.splitlines(keepends=True)
    for route, texts in by_route.items():
        start = lines.index(f"  {route}:\n")
        end = start + 1
        while end < len(lines) and not re.match(r"^(  )?\w+:", lines[end]):
            end += 1
        lines[end:end] = [f"  {line}" for line in header] + [f"  - {_quoted(t)}\n" for t in texts]
    if ordinary:
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        lines += header + [f"- {_quoted(t)}\n" for t in ordinary]
    return "".join(lines)


def land_pending(
    comment: str, dev_header: str, benchmark_header: str, root: Path = PROJECT_DIR, also_trained: Iterable[str] = ()
) -> Landing:
    """Retire the benchmark, merge the pending training batch and make the pending benchmark held out.

    `dev_header` and `benchmark_header` are the comment blocks for the two sets (the development
    set's may use {crises} and {calm}, the retired benchmark's counts; the benchmark's {crises},
    {calm}, {short}, {dropped_crises} and {dropped_calm}; five development sets landed before
    session 50 kept "{crises}" as written); `comment` heads the new
    training examples. `also_trained`: the classifier's other training texts (`crisis.training_set`:
    the NLU's everyday replies, the answerer's questions, other subjects), which no benchmark text
    may equal either ("ok", "THANK YOU"). A session may land a benchmark with no training batch.
    The retired set's floor (`DEFAULT_FLOOR`) is added to `FLOORS_FILE`, so `make test` can judge it.
    Nothing is written unless every pending file reads.
    """
    pending = root / PENDING
    batch_crises, read = _read(pending, _BATCH_CRISES, required=False)
    batch_ordinary, more = _read(pending, _BATCH_ORDINARY, required=False)
    read += more
    bench_crises, more = _read(pending, _BENCH_CRISES)
    read += more
    bench_calm, more = _read(pending, _BENCH_CALM)
    read += more
    if _number(read[-2]) != _number(read[-1]):
        raise ValueError(f"{pending}: the oldest pending benchmark's halves differ: {read[-2].name}, {read[-1].name}")
    unknown = set(batch_crises) - set(crisis.ROUTES)
    unknown |= {str(c.get("route")) for c in bench_crises.get("crises") or []} - set(crisis.ROUTES)
    if unknown:
        raise ValueError(f"pending crisis files name unknown routes {sorted(unknown)}; use {', '.join(crisis.ROUTES)}")
    landing = Landing()

    # 1. The benchmark already measured becomes the next development set.
    sets = dev_sets(root)
    retired = root / DEV_DIR / f"crisis_dev{sets[-1][0] + 1 if sets else 1}.yml"
    old_benchmark = (root / BENCHMARK).read_text(encoding="utf-8")
    measured = {_key(t) for path in [*(p for _, p in sets), root / BENCHMARK] for t in _set_texts(path)}
    examples_path = root / EXAMPLES
    examples_text = examples_path.read_text(encoding="utf-8")
    examples = crisis.load_examples(examples_path.parent)
    trained = {_key(t) for texts in examples.by_route.values() for t in texts} | {_key(t) for t in examples.near_misses}
    trained |= {_key(t) for t in also_trained}

    # 2. The new benchmark: nothing already measured or trained on, nothing twice.
    taken = measured | trained
    items = [{"route": str(c["route"]), "text": str(c["text"])} for c in bench_crises.get("crises") or []]
    crises_kept = [items[i] for i in _keep_new([c["text"] for c in items], taken)]
    calm = [str(t) for t in bench_calm.get("not_emergencies") or []]
    calm_kept = [calm[i] for i in _keep_new(calm, taken)]
    landing.benchmark_dropped_crises = len(items) - len(crises_kept)
    landing.benchmark_dropped_calm = len(calm) - len(calm_kept)

    # 3. The training batch: nothing measured, nothing in the new benchmark (now in `taken`), nothing twice.
    by_route: dict[str, list[str]] = {}
    offered = 0
    for route in crisis.ROUTES:
        texts = [str(t) for t in batch_crises.get(route) or []]
        offered += len(texts)
        if kept := [texts[i] for i in _keep_new(texts, taken)]:
            by_route[route] = kept
    texts = [str(t) for t in batch_ordinary.get("not_emergency") or []]
    offered += len(texts)
    ordinary = [texts[i] for i in _keep_new(texts, taken)]
    landing.training_added = {route: len(kept) for route, kept in by_route.items()}
    landing.training_added["not_emergency"] = len(ordinary)
    landing.training_dropped = offered - sum(landing.training_added.values())

    landing.benchmark_crises, landing.benchmark_calm = len(crises_kept), len(calm_kept)
    landing.benchmark_short = sum(2 <= len(c["text"].split()) <= 8 for c in crises_kept)
    header = benchmark_header.format(
        crises=landing.benchmark_crises,
        calm=landing.benchmark_calm,
        short=landing.benchmark_short,
        dropped_crises=landing.benchmark_dropped_crises,
        dropped_calm=landing.benchmark_dropped_calm,
    )
    benchmark_text = _comment(header) + "crises:\n"
    benchmark_text += "".join(f"- route: {c['route']}\n  text: {_quoted(c['text'])}\n" for c in crises_kept)
    benchmark_text += "not_emergencies:\n" + "".join(f"- {_quoted(t)}\n" for t in calm_kept)
    merged = _merge_training(examples_text, by_route, ordinary, comment)
    # Check every file reads back as written before anything is replaced.
    check = yaml.safe_load(benchmark_text)
    merged_data = yaml.safe_load(merged)
    if (
        [c["text"] for c in check["crises"]] != [c["text"] for c in crises_kept]
        or check["not_emergencies"] != calm_kept
        or any(merged_data["routes"][r][-len(ts) :] != ts for r, ts in by_route.items())
        or merged_data["not_emergency"][len(merged_data["not_emergency"]) - len(ordinary) :] != ordinary
    ):
        raise ValueError("the landed files would not read back as written; nothing was changed")

    old_set = load_set(root / BENCHMARK)
    dev_header = dev_header.format(crises=len(old_set.crises), calm=len(old_set.not_emergencies))
    retired.write_text(_comment(dev_header) + _without_leading_comments(old_benchmark), encoding="utf-8")
    _add_floor(root / FLOORS_FILE, retired.name, dev_header)
    (root / BENCHMARK).write_text(benchmark_text, encoding="utf-8")
    examples_path.write_text(merged, encoding="utf-8")
    _remove(pending, read)
    landing.retired_to = str(retired.relative_to(root))
    return landing


def _add_floor(path: Path, name: str, dev_header: str) -> None:
    """The retired set's row at the end of the floors file, with the first line of its header as a note."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    note = re.sub(r"^# ?", "", dev_header.strip().splitlines()[0]).strip() if dev_header.strip() else ""
    if len(note) > 100:  # cut at a word, not inside one
        note = note[: note.rfind(" ", 0, 100)] + "..."
    row = f"{name}: [{', '.join(f'{v:.2f}' for v in DEFAULT_FLOOR)}]" + (f"  # {note}" if note else "")
    path.write_text(text + ("" if not text or text.endswith("\n") else "\n") + row + "\n", encoding="utf-8")


def _remove(pending: Path, landed: list[Path]) -> None:
    """Remove the landed files only (phrases, a later benchmark or another kind may still wait), and
    the folder once empty."""
    for path in landed:
        path.unlink()
    if pending.is_dir() and not any(pending.iterdir()):
        pending.rmdir()


@dataclass
class PhraseLanding:
    """What merging pending phrases did: phrases added per language, and those already there."""

    added: dict[str, int] = field(default_factory=dict)
    already_there: int = 0

    def lines(self) -> list[str]:
        by_language = ", ".join(f"{language} {n}" for language, n in sorted(self.added.items()))
        return [f"phrases added: {sum(self.added.values())} ({by_language}); {self.already_there} already there"]


def land_phrases(root: Path = PROJECT_DIR) -> PhraseLanding:
    """Merge every pending `phrases_*.yml` (route -> language -> phrases) into the phrases file.

    A phrase already under the same route, once normalised as a message is, is not added twice; a new
    language goes at the end of its route. The file's header comment is kept, and the merged file is
    read back before it replaces the old one. Unknown routes or malformed files change nothing.
    """
    pending = root / PENDING
    files = sorted(pending.glob(_PENDING_PHRASES))
    if not files:
        raise ValueError(f"{pending}: no {_PENDING_PHRASES} to land")
    new: dict[str, dict[str, list[str]]] = {}
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{path.name}: expected route -> language -> phrases")
        for route, languages in data.items():
            if route not in crisis.ROUTES:
                raise ValueError(f"{path.name}: unknown route {route!r}; use one of the crisis routes")
            for language, phrases in (languages or {}).items():
                if not _LANGUAGE.match(str(language)) or not isinstance(phrases, list):
                    raise ValueError(f"{path.name}: {route}.{language} must be a lower-case language name holding a list")
                new.setdefault(route, {}).setdefault(str(language), []).extend(str(p) for p in phrases)

    target = root / PHRASES
    text = target.read_text(encoding="utf-8")
    header = text[: len(text) - len(_without_leading_comments(text))]
    data = yaml.safe_load(text) or {}
    landing = PhraseLanding()
    for route, languages in new.items():
        merged = data.setdefault(route, {})
        seen = {_key(p) for phrases in merged.values() for p in phrases or ()}
        for language, phrases in languages.items():
            kept = []
            for phrase in phrases:
                if phrase.strip() and _key(phrase) not in seen:
                    seen.add(_key(phrase))
                    kept.append(phrase)
            landing.already_there += len(phrases) - len(kept)
            if kept:
                merged.setdefault(language, []).extend(kept)
                landing.added[language] = landing.added.get(language, 0) + len(kept)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    if yaml.safe_load(body) != data:
        raise ValueError("the merged phrases would not read back as written; nothing was changed")
    target.write_text(header + body, encoding="utf-8")
    _remove(pending, files)
    return landing
