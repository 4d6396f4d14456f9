"""The audit log: who touched which member's health data, when, and how it went.

Rows never hold health values, only ids. The table is append-only for the application (the
model refuses updates and deletes and database triggers refuse them too), and every row carries
an HMAC over its content so that an edit made behind the application's back is detectable.
Member and actor are plain ids, not foreign keys, so erasing an account keeps its audit trail.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone


class AuditAction(models.TextChoices):
    READ = "read", "read"
    LIST = "list", "list"
    CREATE = "create", "create"
    UPDATE = "update", "update"
    DELETE = "delete", "delete"
    EXPORT = "export", "export"
    LOGIN = "login", "login"
    LOGIN_FAILED = "login_failed", "login failed"
    LOGOUT = "logout", "logout"
    MFA_ENROLLED = "mfa_enrolled", "2FA enrolled"
    MFA_FAILED = "mfa_failed", "2FA code rejected"
    AUTHZ_FAIL = "authz_fail", "access refused"
    TOKEN_CREATED = "token_created", "API token created"
    TOKEN_REVOKED = "token_revoked", "API token revoked"


class AuditEvent(models.Model):
    at = models.DateTimeField(default=timezone.now, db_index=True)
    actor_id = models.BigIntegerField(null=True, blank=True)
    actor_role = models.CharField(max_length=20, blank=True)
    action = models.CharField(max_length=20, choices=AuditAction.choices)
    subject_member_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    object_type = models.CharField(max_length=60, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    outcome = models.CharField(max_length=10, default="ok")
    request_id = models.CharField(max_length=32, blank=True)
    source_ip = models.GenericIPAddressField(null=True, blank=True)
    checksum = models.CharField(max_length=64, editable=False)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["actor_id", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.actor_role}#{self.actor_id} {self.action}"

    def canonical(self) -> bytes:
        parts: list[Any] = [
            self.at.isoformat(),
            self.actor_id,
            self.actor_role,
            self.action,
            self.subject_member_id,
            self.object_type,
            self.object_id,
            self.outcome,
            self.request_id,
            self.source_ip,
        ]
        return "|".join("" if p is None else str(p) for p in parts).encode()

    def compute_checksum(self) -> str:
        key = hashlib.sha256(b"runcare-audit:" + settings.SECRET_KEY.encode()).digest()
        return hmac.new(key, self.canonical(), hashlib.sha256).hexdigest()

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise PermissionError("audit events are append-only")
        self.checksum = self.compute_checksum()
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError("audit events are append-only")
