"""The layout shows the design (docs/architecture.md): packages by concept, each saying what it
holds and may import; runtime code never imports the tooling; no import cycles; `bot` never
imports `actions`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
ACTIONS = BOT.parent / "actions"
PACKAGES = ["answers", "places", "records", "rasa", "tooling", "web"]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(BOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


ALL_NAMES: set[str] = set()


def imports(path: Path, top_level_only: bool) -> set[str]:
    """The `bot.*` and `actions.*` modules a file imports (at import time only, or anywhere)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:  # `from pkg import module` depends on the module, not on pkg
                full = f"{node.module}.{alias.name}"
                found.add(full if full in ALL_NAMES else node.module)
    return {m for m in found if m.split(".")[0] in ("bot", "actions")}


def modules(root: Path) -> dict[str, Path]:
    return {module_name(p): p for p in root.rglob("*.py")}


ALL = {**modules(BOT), **modules(ACTIONS)}
ALL_NAMES.update(ALL)


def resolve(name: str) -> str | None:
    """The module a dotted import name refers to (an imported function names its module)."""
    while name and name not in ALL:
        name = name.rpartition(".")[0]
    return name or None


@pytest.mark.parametrize("package", PACKAGES)
def test_each_package_says_what_it_holds_and_may_import(package: str) -> None:
    doc = ast.get_docstring(ast.parse((BOT / package / "__init__.py").read_text(encoding="utf-8")))
    assert doc and "May import" in doc, package


def test_runtime_code_never_imports_the_tooling() -> None:
    offenders = [
        (name, imported)
        for name, path in ALL.items()
        if not name.startswith("bot.tooling") and name != "bot.__main__"
        for imported in imports(path, top_level_only=False)
        if imported.startswith("bot.tooling")
    ]
    assert offenders == []


def test_bot_never_imports_the_actions() -> None:
    assert [n for n, p in ALL.items() if n.startswith("bot") and any(i.startswith("actions") for i in imports(p, False))] == []


def test_no_import_cycles() -> None:
    graph = {
        name: {m for m in (resolve(i) for i in imports(path, top_level_only=True)) if m and m != name}
        for name, path in ALL.items()
    }
    cycles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(trail[trail.index(nxt) :] + [nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []
