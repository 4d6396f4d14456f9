"""The care relationship (therapist ↔ member) and the member's care episodes."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CareAssignment(models.Model):
    """A therapist may see a member's data only while an assignment is current."""

    therapist = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="caseload_assignments"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="care_assignments"
    )
    starts_at = models.DateTimeField(default=timezone.now)
    ends_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(therapist=models.F("member")), name="assignment_not_self"
            ),
            models.CheckConstraint(
                condition=models.Q(ends_at__isnull=True)
                | models.Q(ends_at__gt=models.F("starts_at")),
                name="assignment_ends_after_start",
            ),
            models.UniqueConstraint(
                fields=["therapist", "member"],
                condition=models.Q(ends_at__isnull=True),
                name="assignment_one_open_pair",
            ),
        ]

    def __str__(self) -> str:
        return f"therapist {self.therapist_id} → member {self.member_id}"


TRIAGE_LABELS = {
    "emergency": _("Emergency care now"),
    "urgent_doctor": _("See a doctor today"),
    "see_doctor": _("See a doctor within a week"),
    "self_care_program": _("Safe for the home program"),
}


class EpisodeStatus(models.TextChoices):
    INTAKE = "intake", "Intake in progress"
    ACTIVE = "active", "In the program"
    REFERRED = "referred", "Referred to a doctor"
    PAUSED = "paused", "Paused"
    CLOSED = "closed", "Closed"


class Episode(models.Model):
    """One course of care for one complaint: intake, triage, plan, check-ins hang off it."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="episodes"
    )
    status = models.CharField(
        max_length=20, choices=EpisodeStatus.choices, default=EpisodeStatus.INTAKE
    )
    side = models.CharField(max_length=10, blank=True)
    condition = models.CharField(max_length=60, blank=True)
    triage_level = models.CharField(max_length=30, blank=True)
    opened_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-opened_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=EpisodeStatus.values), name="episode_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"episode {self.pk} of member {self.member_id}"

    @property
    def triage_label(self) -> str:
        return str(TRIAGE_LABELS.get(self.triage_level, self.triage_level))
