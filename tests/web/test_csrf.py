"""Every state-changing request made with the browser session needs the CSRF token (T-SE4)."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from runcare.audit.models import AuditEvent
from tests.web.test_route_matrix import all_routes, concrete

pytestmark = pytest.mark.django_db

WRITE_METHODS = ("post", "put", "patch", "delete")


def _signed_in_without_csrf(user) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user, backend="runcare.accounts.backends.ThrottledModelBackend")
    return client


def test_every_api_write_with_a_session_and_no_csrf_token_is_refused(member):
    schema = Client().get("/api/v1/openapi.json").json()
    client = _signed_in_without_csrf(member)
    writes = [(path, method) for path, ops in schema["paths"].items() for method in ops
              if method in WRITE_METHODS]  # fmt: skip
    assert len(writes) >= 10
    before = AuditEvent.objects.exclude(action="login").count()
    failures = []
    for path, method in writes:
        url = re.sub(r"\{[^}]+\}", "1", path)
        response = getattr(client, method)(url, "{}", content_type="application/json")
        if response.status_code != 403:
            failures.append(f"{method.upper()} {path}: {response.status_code}")
    assert not failures, failures
    assert AuditEvent.objects.exclude(action="login").count() == before


def test_every_page_form_post_without_csrf_token_is_refused(member):
    client = _signed_in_without_csrf(member)
    failures = []
    for route, name in all_routes():
        if name.startswith("api:"):
            continue
        response = client.post(concrete(route, {}), {"anything": "1"})
        if response.status_code not in (403, 405):
            failures.append(f"POST {route}: {response.status_code}")
    assert not failures, failures
