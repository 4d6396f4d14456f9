"""Every write of the program. Views, the API, the demo and other apps call these and only these.

All are keyword-only, own their transaction and take the acting user as ``by``:

    record_intake_answers(*, member, answers, by, intent=None) -> IntakeDraft
    attach_visitor_answers(*, member, intent, answers, by) -> IntakeDraft
    complete_triage(*, member, facts, by, answers=None, today=None) -> TriageOutcome  # Facts
    create_plan(*, member, episode, triage_record, facts, by, today=None) -> Plan | None
    change_stage(*, plan, new_stage, rule_id, inputs, evidence, reason, by,
                 kind=ChangeKind.AUTO) -> PlanChange | None   # None: already at that stage
    pause_plan(*, plan, reason, by, rule_id="R-SCREEN", inputs=None, evidence=("CK",))
        -> PlanChange
    resume_plan(*, plan, reason, by, rule_id="R-RESUME") -> PlanChange
    override_plan(*, plan, changes, reason, by) -> list[PlanChange]
        # changes: {"stage": "P2"} and/or {"dose": {exercise_id: {"sets", "reps", "hold_s"}}}
    start_session(*, plan, by, day=None) -> SessionLog
    log_exercise(*, session, exercise_id, sets_done, side, by) -> SessionLog
    report_too_painful(*, session, exercise_id, pain, side, by) -> str | None  # regression id
    use_regression(*, session, exercise_id, by) -> SessionLog
    finish_session(*, session, by) -> SessionLog
    log_session(*, plan, results, by, day=None) -> SessionLog   # a whole session at once
    apply_run_decision(*, plan, activity_id, day, decision, today, by) -> RunDecision
        # decision: the core's ProgressionDecision as a dict; moves the walk/run level
    swap_next_run(*, plan, after, rule_id, inputs, evidence, reason, source, by)
        -> PlanChange | None   # the next run becomes cross-training; once per source

Raises ``ProgramError`` (with a member-readable message) for refused changes, and
``FactsError`` from the clinical core for invalid answers.
"""

from runcare.programs.actions.intake import (
    TriageOutcome,
    attach_visitor_answers,
    complete_triage,
    record_intake_answers,
)
from runcare.programs.actions.plans import (
    change_stage,
    create_plan,
    override_plan,
    pause_plan,
    resume_plan,
)
from runcare.programs.actions.runs import apply_run_decision, swap_next_run
from runcare.programs.actions.sessions import (
    finish_session,
    log_exercise,
    log_session,
    report_too_painful,
    start_session,
    use_regression,
)
from runcare.programs.errors import ProgramError

__all__ = [
    "ProgramError",
    "TriageOutcome",
    "apply_run_decision",
    "attach_visitor_answers",
    "change_stage",
    "complete_triage",
    "create_plan",
    "finish_session",
    "log_exercise",
    "log_session",
    "override_plan",
    "pause_plan",
    "record_intake_answers",
    "report_too_painful",
    "resume_plan",
    "start_session",
    "swap_next_run",
    "use_regression",
]
