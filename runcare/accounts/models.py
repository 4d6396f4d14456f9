"""People who use RunCare: one account per human, signed in by e-mail, with exactly one role."""

from __future__ import annotations

import hashlib
from typing import Any

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    MEMBER = "member", _("Member")
    THERAPIST = "therapist", _("Physical therapist")
    ORG_ADMIN = "org_admin", _("Organisation admin")
    STAFF = "staff", _("Staff")


#: Roles that must pass a second factor before any page beyond enrolment (security.md REQ-N4).
MFA_ROLES = frozenset({Role.THERAPIST, Role.ORG_ADMIN, Role.STAFF})


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("an e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("role", Role.STAFF)
        return self.create_user(email, password, is_staff=True, is_superuser=True, **extra)


class User(AbstractUser):
    username = None  # type: ignore[assignment]
    email = models.EmailField(_("e-mail address"), unique=True)
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    mfa_enrolled = models.BooleanField(
        default=False, help_text="Set once a TOTP device is confirmed; sign-in then needs a code."
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []  # type: ignore[misc]

    objects = UserManager()  # type: ignore[assignment, misc]

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(role__in=[r.value for r in Role]), name="user_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    @property
    def display_name(self) -> str:
        return self.first_name or self.email.split("@")[0]

    @property
    def needs_mfa(self) -> bool:
        return self.role in MFA_ROLES or self.is_superuser or self.is_staff or self.mfa_enrolled

    @property
    def is_member(self) -> bool:
        return self.role == Role.MEMBER

    @property
    def is_therapist(self) -> bool:
        return self.role == Role.THERAPIST


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A personal API token. Only its hash is stored; the token is shown once at creation.

    Tokens can only be created from a session that passed 2FA, so a token stands for both
    factors when it is used."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=80)
    prefix = models.CharField(max_length=12)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    def is_usable(self, now: Any) -> bool:
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)
