"""Organisations that sponsor members (employers, health plans, clinics, running clubs)."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Upper
from django.utils import timezone


class Organisation(models.Model):
    name = models.CharField(max_length=200)
    code = models.CharField(
        max_length=40, unique=True, help_text="Enrolment code members type to join, e.g. RIVER-2026"
    )
    kind = models.CharField(
        max_length=20,
        choices=[
            ("employer", "Employer"),
            ("health_plan", "Health plan"),
            ("clinic", "Clinic"),
            ("club", "Running club"),
        ],
        default="employer",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(Upper("code"), name="organisation_code_ci_unique")]

    def __str__(self) -> str:
        return self.name


class OrgAdmin(models.Model):
    """An organisation admin's link to the organisation whose aggregates they may see."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="org_admin_of"
    )
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="admins")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="org_admin_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} admin of {self.organisation}"


class Enrollment(models.Model):
    """A member sponsored by an organisation, from ``enrolled_at`` until ``ended_at``."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="enrollments"
    )
    enrolled_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["member", "organisation"],
                condition=models.Q(ended_at__isnull=True),
                name="enrollment_one_open_per_org",
            ),
            models.CheckConstraint(
                condition=models.Q(ended_at__isnull=True)
                | models.Q(ended_at__gte=models.F("enrolled_at")),
                name="enrollment_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member_id} in {self.organisation}"
