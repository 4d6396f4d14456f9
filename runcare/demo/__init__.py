"""Demo data a newcomer can click through: one organisation, a therapist, members, an admin.

Idempotent: running it again refreshes passwords and backup codes without duplicating rows.
Refuses to run in production, where well-known passwords would be a hole."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from runcare.accounts.mfa import reset_backup_codes, secret_base32
from runcare.accounts.models import Role, User
from runcare.activities.demo import load_demo_runs
from runcare.checkins.demo import load_demo_checkins
from runcare.members.models import CareAssignment, Episode, EpisodeStatus
from runcare.organisations.models import Enrollment, OrgAdmin, Organisation
from runcare.programs.demo import load_demo_program, load_demo_walk_run

DEMO_DOMAIN = "demo.runcare.test"
DEMO_PASSWORD = "calf-raise-demo"  # noqa: S105 - printed on purpose; demo refuses production


@dataclass
class DemoLogin:
    role: str
    email: str
    password: str
    backup_codes: list[str] = field(default_factory=list)
    totp_secret: str = ""


class DemoRefused(Exception):
    pass


def _user(email: str, role: str, first: str, last: str) -> User:
    user, _ = User.objects.get_or_create(
        email=email, defaults={"role": role, "first_name": first, "last_name": last}
    )
    user.role, user.first_name, user.last_name, user.is_active = role, first, last, True
    user.is_staff = role == Role.STAFF
    user.set_password(DEMO_PASSWORD)
    user.save()
    return user


@transaction.atomic
def load_demo() -> list[DemoLogin]:
    if settings.PRODUCTION:
        raise DemoRefused("demo data is not loaded in production (RUNCARE_ENV=production)")
    org, _ = Organisation.objects.get_or_create(
        code="RIVER-2026", defaults={"name": "Riverside Running Club", "kind": "club"}
    )
    member = _user(f"member@{DEMO_DOMAIN}", Role.MEMBER, "Maya", "Okafor")
    second = _user(f"sam@{DEMO_DOMAIN}", Role.MEMBER, "Sam", "Lindqvist")
    therapist = _user(f"therapist@{DEMO_DOMAIN}", Role.THERAPIST, "Priya", "Natarajan")
    admin = _user(f"admin@{DEMO_DOMAIN}", Role.ORG_ADMIN, "Jonas", "Weber")
    staff = _user(f"staff@{DEMO_DOMAIN}", Role.STAFF, "Alex", "Moreau")
    OrgAdmin.objects.get_or_create(user=admin, organisation=org)
    for person in (member, second):
        Enrollment.objects.get_or_create(member=person, organisation=org, ended_at=None)
        CareAssignment.objects.get_or_create(therapist=therapist, member=person, ends_at=None)
    if not Episode.objects.filter(member=member).exists():
        Episode.objects.create(
            member=member,
            status=EpisodeStatus.ACTIVE,
            side="left",
            condition="calf_muscle_strain_mild",
            triage_level="self_care_program",
            opened_at=timezone.now() - timedelta(days=10),
        )
    load_demo_program(member)
    load_demo_runs(member)
    load_demo_checkins(member)
    load_demo_walk_run(second)
    logins = [
        DemoLogin("member", member.email, DEMO_PASSWORD),
        DemoLogin("member", second.email, DEMO_PASSWORD),
    ]
    for role, user in (("therapist", therapist), ("org_admin", admin), ("staff", staff)):
        device = _enrolled_totp(user)
        logins.append(
            DemoLogin(
                role, user.email, DEMO_PASSWORD, reset_backup_codes(user)[:3], secret_base32(device)
            )
        )
    return logins


def _enrolled_totp(user: User) -> TOTPDevice:
    """Demo staff accounts come enrolled so that backup codes work at the first sign-in."""
    TOTPDevice.objects.filter(user=user).delete()
    user.mfa_enrolled = True
    user.save(update_fields=["mfa_enrolled"])
    return TOTPDevice.objects.create(user=user, name="Demo authenticator", confirmed=True)
