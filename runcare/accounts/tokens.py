"""Personal API tokens: created and revoked here, checked by the API's bearer auth."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from django.utils import timezone

from runcare.accounts.models import ApiToken, User, hash_token
from runcare.audit.actions import record_event
from runcare.audit.models import AuditAction

TOKEN_PREFIX = "rc_"  # noqa: S105 - a public marker, not a secret


def create_token(*, user: User, name: str, days: int | None, by: User) -> tuple[ApiToken, str]:
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user,
        name=name,
        prefix=raw[:10],
        key_hash=hash_token(raw),
        expires_at=timezone.now() + timedelta(days=days) if days else None,
    )
    record_event(
        action=AuditAction.TOKEN_CREATED, actor=by, object_type="api_token", object_id=token.pk
    )
    return token, raw


def revoke_token(*, token: ApiToken, by: User) -> None:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        record_event(
            action=AuditAction.TOKEN_REVOKED, actor=by, object_type="api_token", object_id=token.pk
        )


def user_for_token(raw: str, now: datetime | None = None) -> User | None:
    now = now or timezone.now()
    token = ApiToken.objects.select_related("user").filter(key_hash=hash_token(raw)).first()
    if token is None or not token.is_usable(now) or not token.user.is_active:
        return None
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 300:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
