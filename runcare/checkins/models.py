"""What a member reports: daily check-ins, questionnaire scores and self-tests.

Rows carry ``member`` so the access layer scopes them directly; they hold data and database
invariants only. The workflows (re-screen, progression) live in ``actions``.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


def _pain_0_10(field: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(**{f"{field}__gte": 0, f"{field}__lte": 10}) | Q(**{f"{field}__isnull": True}),
        name=f"checkin_{field}_0_10",
    )


class Adherence(models.IntegerChoices):
    """Share of the week's planned sessions done, as the member estimates it."""

    ALL = 100, "All of them"
    MOST = 75, "Most of them"
    HALF = 50, "About half"
    FEW = 25, "A few"
    NONE = 0, "None"


class CheckIn(models.Model):
    """One day's report. ``idempotency_key`` makes a retried submission return the first one."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checkins"
    )
    episode = models.ForeignKey(
        "members.Episode", on_delete=models.CASCADE, related_name="checkins"
    )
    plan = models.ForeignKey(
        "programs.Plan", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    day = models.DateField()
    pain_now = models.PositiveSmallIntegerField()
    pain_during = models.PositiveSmallIntegerField()
    pain_after = models.PositiveSmallIntegerField()
    pain_next_morning = models.PositiveSmallIntegerField(null=True, blank=True)
    stiffness = models.PositiveSmallIntegerField()
    limp = models.BooleanField(default=False)
    adherence_pct = models.PositiveSmallIntegerField(choices=Adherence.choices)
    signs = models.JSONField(default=list)
    stage_criteria_met = models.BooleanField(default=False)
    stage = models.CharField(max_length=2, blank=True)
    decision = models.JSONField(null=True, blank=True)
    rescreen_reasons = models.JSONField(default=list)
    idempotency_key = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-day", "-id"]
        indexes = [models.Index(fields=["member", "day"])]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "idempotency_key"], name="checkin_idempotency_key_unique"
            ),
            *(
                _pain_0_10(f)
                for f in ("pain_now", "pain_during", "pain_after", "pain_next_morning", "stiffness")
            ),
            models.CheckConstraint(
                condition=Q(adherence_pct__in=Adherence.values), name="checkin_adherence_valid"
            ),
        ]

    @property
    def needed_rescreen(self) -> bool:
        return bool(self.rescreen_reasons)


class Measure(models.TextChoices):
    LEFS = "lefs", "Lower Extremity Functional Scale"
    PSFS = "psfs", "Patient-Specific Functional Scale"
    VISA_A = "visa_a", "VISA-A (Achilles)"


class Timepoint(models.TextChoices):
    BASELINE = "baseline", "Start"
    WEEK_4 = "week_4", "Week 4"
    WEEK_8 = "week_8", "Week 8"
    WEEK_12 = "week_12", "Week 12"


class PromResponse(models.Model):
    """One completed questionnaire at one timepoint of an episode, with its score."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="prom_responses"
    )
    episode = models.ForeignKey(
        "members.Episode", on_delete=models.CASCADE, related_name="prom_responses"
    )
    measure = models.CharField(max_length=10, choices=Measure.choices)
    timepoint = models.CharField(max_length=10, choices=Timepoint.choices)
    answers = models.JSONField()
    score = models.FloatField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["episode", "measure", "timepoint"], name="prom_one_per_timepoint"
            ),
            models.CheckConstraint(condition=Q(measure__in=Measure.values), name="prom_measure"),
            models.CheckConstraint(
                condition=Q(timepoint__in=Timepoint.values), name="prom_timepoint"
            ),
        ]


class SelfTestKind(models.TextChoices):
    KNEE_TO_WALL = "knee_to_wall", "Knee-to-wall (cm)"
    HEEL_RAISES = "heel_raises", "Single-leg heel raises"


class SelfTest(models.Model):
    """A self-test measured on both legs on one day."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="self_tests"
    )
    episode = models.ForeignKey(
        "members.Episode", on_delete=models.CASCADE, related_name="self_tests"
    )
    kind = models.CharField(max_length=20, choices=SelfTestKind.choices)
    day = models.DateField()
    left = models.FloatField()
    right = models.FloatField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["day", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=SelfTestKind.values), name="selftest_kind"),
            models.CheckConstraint(
                condition=Q(left__gte=0, right__gte=0, left__lte=200, right__lte=200),
                name="selftest_values_in_range",
            ),
        ]
