"""Program records: intake answers, triage results, plans, their explained history, sessions.

Every row carries ``member`` so that the access layer can scope it directly. Rows hold data and
invariants only; the workflows that write them live in ``actions.py``.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

LEVELS = ("emergency", "urgent_doctor", "see_doctor", "self_care_program")
STAGES = ("P0", "P1", "P2", "P3", "P4")


class IntakeDraft(models.Model):
    """A member's questionnaire answers so far, kept so that they can leave and come back.

    Anonymous visitors keep the same answers in their session; they move here at sign-up.
    """

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="intake_drafts"
    )
    intent = models.CharField(max_length=40, blank=True)
    answers = models.JSONField(default=dict)
    questionnaire_version = models.CharField(max_length=20)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["member"],
                condition=models.Q(completed_at__isnull=True),
                name="intake_one_open_draft",
            ),
        ]


class TriageRecord(models.Model):
    """One run of the triage engine, stored with its inputs and rule-set version.

    Only members get a row: an anonymous visitor's result lives in their session until they
    create an account, so no health data is stored for someone who never signed up.
    """

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="triage_records"
    )
    episode = models.ForeignKey(
        "members.Episode", on_delete=models.CASCADE, related_name="triage_records"
    )
    facts = models.JSONField()
    result = models.JSONField()
    level = models.CharField(max_length=30)
    condition = models.CharField(max_length=60)
    ruleset_version = models.CharField(max_length=20)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(level__in=LEVELS), name="triage_level_valid"),
        ]


class Plan(models.Model):
    """A member's plan: the clinical core's export plus where it stands now.

    ``decisions`` holds every automatic choice (rule id, inputs, evidence, explanation);
    ``plan`` is the exported plan as built, with later changes applied.
    """

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="plans"
    )
    episode = models.ForeignKey("members.Episode", on_delete=models.CASCADE, related_name="plans")
    triage = models.ForeignKey(
        TriageRecord, on_delete=models.PROTECT, related_name="plans", null=True, blank=True
    )
    plan = models.JSONField()
    stage = models.CharField(max_length=2)
    active = models.BooleanField(default=True)
    paused_at = models.DateTimeField(null=True, blank=True)
    pause_reason = models.TextField(blank=True)
    decisions = models.JSONField(default=list)
    ruleset_version = models.CharField(max_length=20)
    library_version = models.CharField(max_length=20)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(stage__in=STAGES), name="plan_stage_valid"),
            models.UniqueConstraint(
                fields=["episode"], condition=models.Q(active=True), name="plan_one_active"
            ),
        ]

    @property
    def is_paused(self) -> bool:
        return self.paused_at is not None


class ChangeKind(models.TextChoices):
    AUTO = "auto", "Automatic rule"
    THERAPIST = "therapist", "Therapist"
    MEMBER = "member", "Member"


class PlanChange(models.Model):
    """One change to a plan with its reason: the history a member and therapist can read."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="changes")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="plan_changes"
    )
    kind = models.CharField(max_length=12, choices=ChangeKind.choices)
    target = models.CharField(max_length=30)
    from_value = models.CharField(max_length=200, blank=True)
    to_value = models.CharField(max_length=200, blank=True)
    rule_id = models.CharField(max_length=40)
    inputs = models.JSONField(default=dict)
    evidence = models.JSONField(default=list)
    reason = models.TextField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=ChangeKind.values), name="plan_change_kind_valid"
            ),
            models.CheckConstraint(condition=~models.Q(rule_id=""), name="plan_change_has_rule"),
        ]


class SessionLog(models.Model):
    """One exercise session: per-exercise results keyed by exercise id, in play order.

    ``results`` maps exercise id to ``{"status": "done" | "too_painful" | "skipped",
    "sets_done": int, "side": "left" | "right" | "both" | "", "pain": 0-10 | None,
    "swapped_for": exercise id | None}``.
    """

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_logs"
    )
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="sessions")
    day = models.DateField()
    exercise_ids = models.JSONField(default=list)
    results = models.JSONField(default=dict)
    started_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-day", "-id"]
        indexes = [models.Index(fields=["member", "day"])]

    @property
    def too_painful_count(self) -> int:
        return sum(1 for r in self.results.values() if r.get("status") == "too_painful")


class RunDecision(models.Model):
    """The progression decision taken from the pain on one scheduled run.

    ``level_before`` is the walk/run level the run was done at, so a later correction of the
    same run's pain (the next-morning score usually comes a day later) is decided again from
    the same starting point instead of stacking a second step.
    """

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="run_decisions"
    )
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="run_decisions")
    activity = models.ForeignKey(
        "activities.Activity", on_delete=models.CASCADE, related_name="run_decisions"
    )
    day = models.DateField()
    level_before = models.PositiveSmallIntegerField()
    level_after = models.PositiveSmallIntegerField()
    decision = models.JSONField()
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-day", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "activity"], name="rundecision_one_per_run"),
        ]
