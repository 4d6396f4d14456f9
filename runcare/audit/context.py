"""The request id and client address of the request being served, for audit rows.

Kept in context variables so that access-checked queries can write audit rows without every
caller threading the request through (the CLI and tasks simply have none).
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

request_id: ContextVar[str] = ContextVar("runcare_request_id", default="")
source_ip: ContextVar[str | None] = ContextVar("runcare_source_ip", default=None)

#: Audit rows of the request being served, written in one INSERT by the request middleware
#: before the response leaves (None outside a request: rows are written at once).
pending: ContextVar[list[Any] | None] = ContextVar("runcare_audit_pending", default=None)
