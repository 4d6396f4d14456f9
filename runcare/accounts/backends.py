"""Password login with a per-process cap on concurrent hash checks.

Each Argon2 check holds ~19 MiB and a core for ~50 ms; a burst of logins must queue rather than
exhaust memory. The cap is per process (web processes stay stateless); total = workers x cap."""

from __future__ import annotations

import threading
from typing import Any

from django.conf import settings
from django.contrib.auth.backends import ModelBackend

_lock = threading.Lock()
_semaphore: threading.BoundedSemaphore | None = None


def _login_slots() -> threading.BoundedSemaphore:
    global _semaphore
    with _lock:
        if _semaphore is None:
            _semaphore = threading.BoundedSemaphore(settings.LOGIN_CONCURRENCY)
        return _semaphore


class LoginBusy(Exception):
    """Every login slot stayed busy for the whole wait."""


class ThrottledModelBackend(ModelBackend):
    wait_seconds = 15.0

    def authenticate(
        self, request: Any, username: str | None = None, password: str | None = None, **kwargs: Any
    ) -> Any:
        slots = _login_slots()
        if not slots.acquire(timeout=self.wait_seconds):
            raise LoginBusy("too many logins at once")
        try:
            return super().authenticate(request, username=username, password=password, **kwargs)
        finally:
            slots.release()
