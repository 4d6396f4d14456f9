"""The ids used by plan and progression decisions, with what each one decides.

Triage rules carry their metadata themselves; these ids label choices made while building or
moving a plan, so a therapist can look any of them up in docs/clinical-rules.md.
"""

from dataclasses import dataclass

from runcare.clinical.evidence import check_evidence


@dataclass(frozen=True)
class DecisionRule:
    rule_id: str
    area: str
    evidence: tuple[str, ...]
    description: str


DECISION_RULES: tuple[DecisionRule, ...] = tuple(
    DecisionRule(rule_id, area, check_evidence(evidence), description)
    for rule_id, area, evidence, description in (
        ("P-TPL-1", "plan", ("S21", "S37", "S38"), "Choose the plan template from the condition."),
        (
            "P-STAGE-1",
            "plan",
            ("S26", "S27", "S28"),
            "Starting stage from pain, limp, heel raises.",
        ),
        ("P-STAGE-2", "plan", ("S38", "S1"), "Pain-free members get the prevention plan."),
        ("P-SEE-1", "plan", ("CK",), "See-doctor: gentle, pain-free items only, no running."),
        (
            "P-RISK-1",
            "plan",
            ("S24", "S25"),
            "Age 50+ or earlier strain: slower progression (stage tests on 3 days, PR-STAGE-2).",
        ),
        (
            "P-GRADE-1",
            "plan",
            ("S21", "S7", "S8", "S24", "S25", "CK"),
            "Strain grade: expected time frame, items left out, in-person check, slower pace.",
        ),
        (
            "P-MTSS-1",
            "plan",
            ("S50", "S52", "CK"),
            "Shin splints: less running, no hops, flat ground, cross-training; bone-stress net.",
        ),
        (
            "P-KTW-1",
            "plan",
            ("S30", "S31", "S31b", "CK"),
            "Knee-to-wall under 10 cm on the painful side or sides >2 cm apart: add daily rocks.",
        ),
        ("R-DVT-6", "plan", ("S4", "CK"), "Suspected clot: no stretching or calf loading."),
        (
            "P-SAFE-1",
            "plan",
            ("S5", "S11", "S14", "CK"),
            "Suspected tear/fracture/compartment: no stretching, calf loading or hopping.",
        ),
        ("P-STRETCH-1", "plan", ("CK", "S27"), "No stretching in the first 3 days of a strain."),
        ("P-FREQ-1", "plan", ("S1", "S29"), "Stretches twice a week building up to daily."),
        ("P-MOB-1", "plan", ("S27",), "Daily gentle mobility while protecting."),
        ("P-ISO-1", "plan", ("S35", "S36"), "Daily isometric holds as entry-level load."),
        ("P-STR-1", "plan", ("S26", "CK"), "Strength work three times a week."),
        ("P-ECC-1", "plan", ("S37",), "Eccentric heel drops twice daily for 12 weeks."),
        ("P-PLY-1", "plan", ("S28", "CK"), "Hops and skips only at P4, after runs."),
        ("P-FOOT-1", "plan", ("S38", "S39"), "Foot-core block 3-4 times a week for 8 weeks."),
        ("P-XT-1", "plan", ("S1", "S27"), "Cross-training once or twice a week."),
        ("P-WARM-1", "plan", ("S1", "CK"), "5-10 minute warm-up before every run."),
        (
            "PR-STOP-1",
            "progression",
            ("S40", "CK"),
            "Pain 7+ or a new warning sign: stop, re-triage.",
        ),
        ("PR-WEEK-1", "progression", ("S40", "S42"), "Weekly mean pain +2: regress and re-screen."),
        ("PR-REG-1", "progression", ("S28", "S40"), "Pain past the limit: drop one level."),
        (
            "PR-REG-2",
            "progression",
            ("S28", "S40", "CK"),
            "Second regression in a row: see a doctor.",
        ),
        ("PR-STAGE-1", "progression", ("S28",), "Stage criteria on two separate days: next stage."),
        (
            "PR-STAGE-2",
            "progression",
            ("S28", "S24"),
            "Age 50+ or earlier strain: stage criteria on three separate days.",
        ),
        (
            "PR-PROG-1",
            "progression",
            ("S40", "S28"),
            "Two calm sessions: raise volume or intensity, never both.",
        ),
        ("PR-REPEAT-1", "progression", ("S40", "S28"), "Acceptable pain: repeat the level."),
        ("T-OVERRIDE", "plan", ("CK",), "A therapist changed an automatic choice."),
        ("R-SCREEN", "check-in", ("CK",), "Pain up 2+ or a new warning sign: repeat triage."),
    )
)
