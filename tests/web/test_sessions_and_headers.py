"""Server-side idle and absolute session limits; security headers on every response."""

import pytest

from runcare.accounts import middleware


@pytest.fixture
def clock(monkeypatch):
    state = {"now": 1_800_000_000.0}
    monkeypatch.setattr(middleware, "now", lambda: state["now"])
    return state


def test_member_is_signed_out_after_30_idle_minutes(login_as, member, clock):
    client = login_as(member)
    assert client.get("/home/").status_code == 200
    clock["now"] += 29 * 60
    assert client.get("/home/").status_code == 200
    clock["now"] += 31 * 60
    response = client.get("/home/")
    assert response.status_code == 302 and "expired=1" in response.url
    assert client.get("/home/").status_code == 302  # the server-side session is gone


def test_therapist_idle_limit_is_15_minutes(login_as, therapist, clock):
    client = login_as(therapist)
    assert client.get("/home/").status_code == 200
    clock["now"] += 16 * 60
    assert client.get("/home/").status_code == 302


def test_absolute_limit_of_12_hours_even_when_active(login_as, member, clock):
    client = login_as(member)
    for _ in range(24):  # 24 x 29 min = 11 h 36 min of steady use
        clock["now"] += 29 * 60
        assert client.get("/home/").status_code == 200
    clock["now"] += 25 * 60
    assert client.get("/home/").status_code == 302


def test_expired_api_session_answers_401_json(login_as, member, clock):
    client = login_as(member)
    client.get("/api/v1/me")
    clock["now"] += 31 * 60
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "session_expired"


def test_security_headers_on_pages_and_api(login_as, member, client):
    for response in (
        client.get("/"),
        client.get("/accounts/login/"),
        login_as(member).get("/api/v1/me"),
    ):
        csp = response["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"
        assert "no-store" in response["Cache-Control"]
        assert len(response["X-Request-ID"]) == 32


def test_login_page_has_no_inline_script(client):
    body = client.get("/accounts/login/").content.decode()
    assert "<script>" not in body and "onclick" not in body


def test_healthz_reports_database(client, db):
    assert client.get("/healthz").content == b"ok\n"


def test_unknown_page_gets_the_friendly_404(client, db):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert b"not yours to see" in response.content
