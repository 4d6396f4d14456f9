"""Give every request an id (echoed as ``X-Request-ID``) and remember the client address."""

import uuid
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from runcare.audit import context


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
        try:
            response = self.get_response(request)
        finally:
            context.request_id.reset(token_id)
            context.source_ip.reset(token_ip)
        response["X-Request-ID"] = rid
        return response
