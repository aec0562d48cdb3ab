"""Debian's Chromium, as every browser test launches it (never a downloaded browser build)."""

from __future__ import annotations

import shutil
from typing import Any

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Headless, and nothing that would reach out to the internet (updates, sync, field trials).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def axe_problems(page: Any) -> list[dict[str, Any]]:
    """axe-core (from npm, injected into the page) violations rated serious or critical."""
    from bot.tooling.local_servers import PROJECT

    axe = PROJECT / "node_modules" / "axe-core" / "axe.min.js"
    assert axe.exists(), "axe-core is missing: run `npm ci` (make test does)"
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol, not as a <script> element, so a page whose
        # Content-Security-Policy allows no inline script (the staff app) can be checked as served.
        page.evaluate(axe.read_text(encoding="utf-8") + "\n;true")
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
