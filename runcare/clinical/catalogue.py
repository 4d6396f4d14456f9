"""Generate docs/clinical-rules.md from the code; ``--check`` fails when the file is stale.

Run ``python -m runcare.clinical.catalogue`` to rewrite the file after changing a rule.
"""

import argparse
import sys
from pathlib import Path

from runcare.clinical.decision_rules import DECISION_RULES
from runcare.clinical.evidence import SOURCES
from runcare.clinical.triage.ruleset import ALL_RULES, RULESET_VERSION

DEFAULT_PATH = Path("docs/clinical-rules.md")


def _row(*cells: str) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def render() -> str:
    lines = [
        "# Clinical rules",
        "",
        "Generated from the code by `python -m runcare.clinical.catalogue`; do not edit by hand.",
        "",
        f"Rule set version: **{RULESET_VERSION}**",
        "",
        "## Triage rules",
        "",
        "A rule also fires when a question it needs was left unanswered: nothing unanswered "
        "may lower a level.",
        "",
        _row("Rule", "Version", "Level", "Condition", "Evidence", "What it means"),
        _row("---", "---", "---", "---", "---", "---"),
    ]
    for rule in ALL_RULES:
        condition = rule.condition.value if rule.condition else "-"
        lines.append(
            _row(rule.rule_id, RULESET_VERSION, rule.level.value, condition,
                 ", ".join(rule.evidence), rule.message)
        )  # fmt: skip
    lines += ["", "## Plan and progression decisions", ""]
    lines += [_row("Rule", "Version", "Area", "Evidence", "What it decides")]
    lines += [_row("---", "---", "---", "---", "---")]
    for d in DECISION_RULES:
        lines.append(_row(d.rule_id, RULESET_VERSION, d.area, ", ".join(d.evidence), d.description))
    lines += ["", "## Evidence ids", ""]
    lines += [f"* **{key}**: {text}" for key, text in SOURCES.items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH)
    args = parser.parse_args(argv)
    text = render()
    current = args.path.read_text(encoding="utf-8") if args.path.exists() else ""
    if args.check:
        if current != text:
            print(
                f"{args.path} is stale: run python -m runcare.clinical.catalogue", file=sys.stderr
            )
            return 1
        return 0
    args.path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
