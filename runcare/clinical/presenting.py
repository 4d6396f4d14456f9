"""Plain-text renderings for terminals and printouts; the JSON shapes live beside their types."""

from runcare.clinical.plans.model import Plan
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


def plan_text(plan: Plan) -> str:
    lines = [
        f"Plan: {plan.template} for {plan.condition.value}",
        f"Stage {plan.stage.value} ({plan.stage.label}), start {plan.start}",
        f"Next review: {plan.review_on}",
        f"Running: {plan.run.summary}",
        "",
    ]
    for block in plan.blocks:
        rhythm = f"{block.sessions_per_week}x/week" if block.sessions_per_week else "before runs"
        lines.append(f"[{block.kind}] {rhythm} - {block.note}")
        for item in block.items:
            hold = f" x {item.hold_s} s" if item.hold_s else ""
            amount = f"{item.reps}{hold}"
            side = " each side" if item.per_side else ""
            lines.append(f"  - {item.exercise_id}: {item.sets} x {amount}{side}")
    lines += ["", "Why:"]
    lines += [f"  {d.rule_id}: {d.explanation}" for d in plan.decisions]
    return "\n".join(lines)
