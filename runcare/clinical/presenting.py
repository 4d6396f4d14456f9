"""Plain-text renderings for terminals and printouts; the JSON shapes live beside their types."""

from runcare.clinical.triage.engine import TriageResult


def triage_text(result: TriageResult) -> str:
    lines = [
        f"Triage: {result.level.value}",
        f"Most likely: {result.condition.value}",
        f"Also consider: {', '.join(c.value for c in result.differentials) or 'none'}",
        f"Wells score: {'not assessed' if result.wells.score is None else result.wells.score}",
        f"Rule set: {result.ruleset_version}",
        "",
    ]
    for finding in result.findings:
        mark = "?" if finding.unanswered else "!"
        lines.append(f" {mark} {finding.rule_id} [{finding.level.value}] {finding.message}")
    lines += ["", result.advice.text]
    return "\n".join(lines)


def no_plan_text(result: TriageResult) -> str:
    return (
        "No exercise program is offered at this level: medical care comes first.\n\n"
        + triage_text(result)
    )
