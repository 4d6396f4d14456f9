"""The request id and client address of the request being served, for audit rows.

Kept in context variables so that access-checked queries can write audit rows without every
caller threading the request through (the CLI and tasks simply have none).
"""

from contextvars import ContextVar

request_id: ContextVar[str] = ContextVar("runcare_request_id", default="")
source_ip: ContextVar[str | None] = ContextVar("runcare_source_ip", default=None)
