"""Give every request an id (echoed as ``X-Request-ID``) and remember the client address."""

import logging
import uuid
from collections.abc import Callable

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse

from runcare.audit import context
from runcare.audit.actions import flush_pending

logger = logging.getLogger(__name__)


def client_ip(request: HttpRequest) -> str | None:
    if settings.ENV["RUNCARE_BEHIND_PROXY"]:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip() or None
    return request.META.get("REMOTE_ADDR") or None


class RequestContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        rid = uuid.uuid4().hex
        request.request_id = rid  # type: ignore[attr-defined]
        token_id = context.request_id.set(rid)
        token_ip = context.source_ip.set(client_ip(request))
        token_pending = context.pending.set([])
        try:
            response = self.get_response(request)
            response = self._flush_audit(request, response)
        finally:
            context.pending.reset(token_pending)
            context.request_id.reset(token_id)
            context.source_ip.reset(token_ip)
        response["X-Request-ID"] = rid
        return response

    @staticmethod
    def _flush_audit(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        """Fail closed: a response whose reads cannot be audited is not sent."""
        try:
            flush_pending()
        except DatabaseError:
            logger.exception("audit rows could not be written; response withheld")
            return HttpResponse(
                "The service is briefly unavailable. Please try again.\n",
                status=503,
                content_type="text/plain",
            )
        return response
