"""Authentication events go to the audit log (framework hooks, not business logic)."""

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from runcare.audit.actions import record_event
from runcare.audit.models import AuditAction


@receiver(user_logged_in)
def _logged_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    record_event(action=AuditAction.LOGIN, actor=user, object_type="session")


@receiver(user_logged_out)
def _logged_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        record_event(action=AuditAction.LOGOUT, actor=user, object_type="session")


@receiver(user_login_failed)
def _login_failed(
    sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any
) -> None:
    # The attempted user name is not stored: it may be a mistyped password.
    record_event(
        action=AuditAction.LOGIN_FAILED, actor=None, object_type="session", outcome="failed"
    )
