"""`python -m bot crisis pattern-diff [REF]`: which texts a change to the crisis patterns moves (issue 10).

A pattern written from a benchmark's misses must not start firing on calm messages anywhere else.
Before the classifier is refitted (minutes), this reads every development and training text with
the patterns of `bot/answers/crisis/` as committed at REF (default HEAD) and as in the working
tree (with the other languages' phrases and their matcher as at REF too), and lists each text whose reading differs: the routes the patterns name, the missing-child
notice, and "only plans or looks back". Regular expressions only, so it takes seconds. The held-out
benchmark is left out on purpose: it is read item by item only after its one measurement.
"""

from __future__ import annotations

import contextlib
import importlib.util
import inspect
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from bot.answers import crisis
from bot.settings import PROJECT_DIR
from bot.tooling.crisis_bench import load_set
from bot.tooling.crisis_landing import dev_sets

PACKAGE = "bot/answers/crisis"
LEGACY_SOURCE = "bot/answers/crisis.py"  # before the package (session 49)
LEGACY_LANGUAGES = "bot/answers/crisis_languages.py"
LEGACY_THRESHOLDS = "bot/answers/crisis_thresholds.py"
PHRASES = "knowledge/crisis_phrases.yml"
_PHRASES_LINE = 'PHRASES_FILE = KNOWLEDGE_DIR / "crisis_phrases.yml"'


@dataclass(frozen=True)
class Reading:
    """What the patterns make of one normalised text."""

    hits: tuple[str, ...]
    missing_child: bool
    planning: bool

    def __str__(self) -> str:
        parts = list(self.hits) + ["missing-child"] * self.missing_child + ["planning"] * self.planning
        return ",".join(parts) or "-"


def _shared(module: ModuleType, name: str) -> Any:
    """A pattern the package's modules share, by its name since session 52 or, in an older ref, with the leading
    underscore it had then."""
    return getattr(module, name) if hasattr(module, name) else getattr(module, f"_{name}")


def read(module: ModuleType, text: str) -> Reading:
    norm = module.normalise(text)
    literal = _shared(module, "IDIOMS").sub(" ", norm)
    # Since session 36 `is_planning` also reads the message as typed (where its sentences end); an older ref's does not.
    typed = {"text": text} if "text" in inspect.signature(module.is_planning).parameters else {}
    return Reading(
        tuple(module.pattern_hits(literal)),
        bool(_shared(module, "MISSING_CHILD").search(norm)),
        module.is_planning(norm, **typed),
    )


def _git(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=check)


def _git_show(ref: str, path: str, root: Path) -> str:
    return _git(root, "show", f"{ref}:{path}").stdout


def _load(name: str, source: str) -> ModuleType:
    """`source` loaded as a module called `name`, beside the working tree's modules."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as handle:
        handle.write(source)
    spec = importlib.util.spec_from_file_location(name, handle.name)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look themselves up here
    try:
        spec.loader.exec_module(module)
    finally:
        Path(handle.name).unlink()
    return module


@contextlib.contextmanager
def _standing_in(name: str, module: ModuleType) -> Iterator[None]:
    """`from bot.answers import crisis_languages` (say) gives `module` while the block runs (the working tree has
    no such module since session 49, so there may be nothing to put back)."""
    package_name, _, attribute = name.rpartition(".")
    package = sys.modules[package_name]
    before = sys.modules.get(name), getattr(package, attribute, None)
    sys.modules[name] = module
    setattr(package, attribute, module)
    try:
        yield
    finally:
        if before[0] is None:
            del sys.modules[name]
            delattr(package, attribute)
        else:
            sys.modules[name] = before[0]
            setattr(package, attribute, before[1])


def _committed_package(name: str, ref: str, folder: Path, phrases: Path, root: Path) -> ModuleType:
    """The `bot/answers/crisis/` package as committed at `ref`, written to `folder` and imported as `name` (its
    modules import each other relatively, so they are the committed ones too)."""
    files = _git(root, "ls-tree", "--name-only", f"{ref}:{PACKAGE}").stdout.split()
    where = folder / name
    where.mkdir()
    for file in (f for f in files if f.endswith(".py")):
        source = _git_show(ref, f"{PACKAGE}/{file}", root)
        if file == "languages.py":
            source = source.replace(_PHRASES_LINE, f"PHRASES_FILE = Path({str(phrases)!r})")
        (where / file).write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, where / "__init__.py", submodule_search_locations=[str(where)])
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses and relative imports look themselves up here
    spec.loader.exec_module(module)
    return module


def _committed(ref: str, path: str, root: Path) -> bool:
    return _git(root, "cat-file", "-e", f"{ref}:{path}", check=False).returncode == 0


def committed_module(ref: str, root: Path = PROJECT_DIR) -> ModuleType:
    """The crisis patterns as committed at `ref`, with the other languages' matcher and phrases as at `ref`:
    the `bot/answers/crisis/` package, or before session 49 the single `crisis.py` beside `crisis_languages.py`
    and `crisis_thresholds.py`."""
    tag = ref.replace("/", "_").replace("~", "_").replace("^", "_")
    with tempfile.TemporaryDirectory(prefix="pattern-diff-") as folder:
        phrases = Path(folder) / "crisis_phrases.yml"
        phrases.write_text(_git_show(ref, PHRASES, root), encoding="utf-8")
        if _committed(ref, f"{PACKAGE}/__init__.py", root):
            return _committed_package(f"_crisis_at_{tag}", ref, Path(folder), phrases, root)
        languages_source = _git_show(ref, LEGACY_LANGUAGES, root).replace(_PHRASES_LINE, f"PHRASES_FILE = Path({str(phrases)!r})")
        languages = _load(f"_crisis_languages_at_{tag}", languages_source)
        thresholds = _load(f"_crisis_thresholds_at_{tag}", _git_show(ref, LEGACY_THRESHOLDS, root))
        with _standing_in("bot.answers.crisis_languages", languages), _standing_in("bot.answers.crisis_thresholds", thresholds):
            return _load(f"_crisis_at_{tag}", _git_show(ref, LEGACY_SOURCE, root))


def labelled_texts(root: Path = PROJECT_DIR) -> list[tuple[str, str]]:
    """(where it comes from and what it is, text) for every development and training text."""
    out: list[tuple[str, str]] = []
    for _, path in dev_sets(root):
        bench = load_set(path)
        out += [(f"{path.name} crisis:{item['route']}", str(item["text"])) for item in bench.crises]
        out += [(f"{path.name} calm", text) for text in bench.not_emergencies]
    texts, labels = crisis.training_set()
    out += [(f"training {'calm' if label == crisis.NONE else 'crisis:' + label}", text) for text, label in zip(texts, labels)]
    return out


def differences(old: ModuleType, new: ModuleType, texts: list[tuple[str, str]]) -> list[tuple[str, str, Reading, Reading]]:
    found = []
    for label, text in texts:
        before, after = read(old, text), read(new, text)
        if before != after:
            found.append((label, text, before, after))
    return found


def main(ref: str = "HEAD") -> int:
    texts = labelled_texts()
    changed = differences(committed_module(ref), crisis, texts)
    for label, text, before, after in changed:
        print(f"{label:40} {before} -> {after}: {text!r}")
    calm = sum(" calm" in label for label, *_ in changed)
    print(f"{len(changed)} of {len(texts)} development and training texts read differently ({calm} of them calm)")
    return 0
