"""Accessibility check for browser tests: run the vendored axe-core on the current page.

Usage::

    from tests.e2e.a11y import assert_accessible

    page.goto("/home/")
    assert_accessible(page)

The script is evaluated through the DevTools protocol (``page.evaluate``), which the page's
Content-Security-Policy does not govern, so no test context needs ``bypass_csp``. Serious and
critical violations fail the test with every offending element listed; minor and moderate ones
are returned for a test that wants to look at them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

AXE_PATH = Path(__file__).resolve().parent / "axe" / "axe.min.js"
FAILING_IMPACTS = frozenset({"serious", "critical"})
#: WCAG 2.x A and AA rules plus axe's best practices.
DEFAULT_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


@cache
def _axe_source() -> str:
    return AXE_PATH.read_text(encoding="utf-8")


def run_axe(page: Any, *, tags: list[str] | None = None, exclude: list[str] | None = None) -> Any:
    """Axe's result object (``violations``, ``passes``…) for the page as it is now."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(_axe_source())
    options = {
        "runOnly": {"type": "tag", "values": tags or DEFAULT_TAGS},
        "resultTypes": ["violations"],
    }
    context = {"exclude": [[sel] for sel in (exclude or [])]} if exclude else None
    return page.evaluate(
        "([context, options]) => window.axe.run(context || document, options)",
        [context, options],
    )


def format_violations(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:10]:
            target = " ".join(str(t) for t in node.get("target", []))
            lines.append(f"    at {target}: {node.get('failureSummary', '').splitlines()[-1:]}")
    return "\n".join(lines)


def assert_accessible(
    page: Any, *, exclude: list[str] | None = None, tags: list[str] | None = None
) -> list[dict[str, Any]]:
    """Fail on serious or critical axe violations; return the minor/moderate ones."""
    result = run_axe(page, tags=tags, exclude=exclude)
    violations = result["violations"]
    failing = [v for v in violations if v.get("impact") in FAILING_IMPACTS]
    assert not failing, (
        f"axe-core found {len(failing)} serious/critical accessibility violation(s) on "
        f"{page.url}:\n{format_violations(failing)}"
    )
    return [v for v in violations if v.get("impact") not in FAILING_IMPACTS]
