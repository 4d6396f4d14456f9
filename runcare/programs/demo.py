"""Demo program: a finished intake (mild calf strain), a stage-P2 plan started ten days ago and a
few completed sessions, one with a "too painful" press. Idempotent: a member with a plan is left
as they are."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.utils import timezone

from runcare.accounts.models import User
from runcare.clinical.fact_parsing import parse_facts
from runcare.programs import actions
from runcare.programs.models import Plan
from runcare.programs.sessions import exercises_due

DEMO_FACTS = {
    "age": 41, "sex": "female", "running_experience_years": 8, "weekly_km": 40,
    "weekly_km_change_pct": 25, "single_run_spike_pct": 30, "previous_calf_strain": False,
    "medications": [], "new_medication_last_12_weeks": False, "notes": "felt it on a hill sprint",
    "side": "left", "location": "medial_upper_calf", "onset": "sudden",
    "mechanism": "sudden_push_off_or_sprint", "days_since_onset": 10, "pain_0_10": 2,
    "pain_at_rest_0_10": 0, "heard_pop": False, "felt_kicked_or_struck": False,
    "can_bear_weight": True, "limp": False, "can_bend_knee": True,
    "thompson_test_positive_or_unable_to_tiptoe": False,
    "single_leg_heel_raise_reps_affected": 12, "single_leg_heel_raise_reps_other": 26,
    "pain_on_hopping": False, "weakness": False, "swelling": False, "leg_swollen_whole": False,
    "calf_circumference_diff_cm": 0.0, "pitting_edema": False, "collateral_veins": False,
    "redness": False, "warmth": False, "bruising": False, "skin_break_or_bite": False,
    "calf_tenderness_along_deep_veins": False, "calf_tense_or_hard": False,
    "pain_on_passive_stretch": False, "palpable_gap_or_defect": False,
    "focal_bone_tenderness": False, "knee_swelling_or_known_bakers_cyst": False,
    "pain_only_during_exercise_resolves_with_rest": False,
    "symptoms_at_predictable_time_or_distance": False,
    "pain_worse_after_stopping_or_out_of_proportion": False, "night_pain": False,
    "morning_stiffness": True, "numbness_or_tingling": False,
    "foot_cold_pale_or_pulseless": False, "back_or_buttock_pain_radiating": False,
    "bladder_bowel_or_saddle_symptoms": False, "fever": False, "systemically_unwell": False,
    "confusion_or_vomiting": False, "dark_urine": False, "chest_pain_or_breathlessness": False,
    "active_cancer": False, "paralysis_paresis_or_recent_cast": False,
    "bedridden_3_days_or_major_surgery_12_weeks": False,
    "recent_surgery_or_immobilisation_weeks": 52, "previous_dvt": False,
    "long_haul_travel_last_4_weeks": False, "estrogen_pregnancy_or_postpartum": False,
    "anticoagulant_use": False,
}  # fmt: skip
START_DAYS_AGO = 10
SESSIONS = 4


def load_demo_program(member: User) -> Plan | None:
    if Plan.objects.filter(member=member).exists():
        return None
    start = timezone.now().date() - timedelta(days=START_DAYS_AGO)
    outcome = actions.complete_triage(
        member=member, facts=parse_facts(DEMO_FACTS), by=member, today=start
    )
    plan = outcome.plan
    if plan is None:
        return None
    days = [start + timedelta(days=n) for n in range(START_DAYS_AGO)]
    busy = [d for d in days if exercises_due(plan.plan, d)][-SESSIONS:]
    for index, day in enumerate(busy):
        ids = [p["exercise_id"] for p in exercises_due(plan.plan, day)]
        results = {i: {"status": "done", "sets_done": 2, "side": "both"} for i in ids}
        if index == 0:
            results[ids[0]] = {"status": "too_painful", "pain": 6, "side": "left"}
        actions.log_session(plan=plan, results=results, by=member, day=day)
    return plan


WALK_RUN_FACTS = {
    **DEMO_FACTS, "age": 36, "sex": "male", "location": "mid_calf", "onset": "gradual",
    "mechanism": "training_load_increase", "days_since_onset": 24, "notes": "",
    "single_leg_heel_raise_reps_affected": 22, "single_leg_heel_raise_reps_other": 25,
    "morning_stiffness": False,
}  # fmt: skip
WALK_RUN_RUNS = ((8, 2.3, 1, 1, 1), (6, 2.5, 2, 1, 0), (4, 2.6, 3, 2, 1))
"""(days ago, km, pain during, right after, next morning): calm, calm, then acceptable."""


def load_demo_walk_run(member: User) -> Plan | None:
    """A second demo member back to walk/run: three scheduled runs with pain, one stage up, and
    today's run due. Idempotent like the program above."""
    from runcare.activities.actions import record_run_pain
    from runcare.activities.models import Activity
    from runcare.programs import runs

    if Plan.objects.filter(member=member).exists():
        return None
    today = timezone.now().date()
    plan = actions.complete_triage(member=member, facts=parse_facts(WALK_RUN_FACTS), by=member,
                                   today=today - timedelta(days=12)).plan  # fmt: skip
    if plan is None:
        return None
    actions.change_stage(plan=plan, new_stage="P3", rule_id="PR-STAGE-1",
                         inputs={"criteria_days": 2}, evidence=("S28",), by=member,
                         reason="Stage criteria met on two separate days: move to P3.")  # fmt: skip
    plan.refresh_from_db()
    plan.plan["run_schedule"]["anchor"] = (today - timedelta(days=8)).isoformat()
    plan.save(update_fields=["plan"])
    for days_ago, km, during, after, morning in WALK_RUN_RUNS:
        day = today - timedelta(days=days_ago)
        run = Activity.objects.create(
            member=member, content_hash=f"demo-walk-run-{day}", source_kind="fit",
            file_format="fit", sport="running", distance_m=km * 1000,
            timer_s=runs.current_level(Plan.objects.get(pk=plan.pk).plan).total_min * 60,
            start_time_utc=timezone.make_aware(datetime.combine(day, time(7, 30))),
        )  # fmt: skip
        record_run_pain(activity=run, during=during, after=after, next_morning=morning, by=member)
    return plan
