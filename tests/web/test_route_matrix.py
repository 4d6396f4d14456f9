"""The authorization matrix: every route in the project, every role, member A's objects.

Every URL pattern must be classified below; a new route that is not fails this test, so nobody
can add a page or API operation without deciding who may reach it. For each route that names
one of member A's objects, member B, a therapist not assigned to A, an organisation admin and
staff must get a refusal — never a success — on GET and POST (a body that fails validation
may be refused with 400/422 before the access check; nothing is read or written either way).
For every route, no response to those people may contain A's canary name (list, search,
export and page leakage)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from runcare.accounts.tokens import create_token

PUBLIC = "public"  # anyone, no member data
OWN = "own"  # the caller's own data, no id in the URL
OBJECT = "object"  # names one of member A's objects

ROUTES: dict[str, str] = {
    # web / accounts
    "web:landing": PUBLIC,
    "web:home": OWN,
    "web:healthz": PUBLIC,
    "web:favicon": PUBLIC,
    "accounts:signup": PUBLIC,
    "accounts:login": PUBLIC,
    "accounts:logout": OWN,
    "accounts:account": OWN,
    "accounts:token_create": OWN,
    "accounts:token_revoke": OBJECT,
    "accounts:mfa_setup": OWN,
    "accounts:mfa_verify": OWN,
    "accounts:password_reset": PUBLIC,
    "accounts:password_reset_done": PUBLIC,
    "accounts:password_reset_confirm": PUBLIC,
    "accounts:password_reset_complete": PUBLIC,
    # API: core
    "api:openapi-json": PUBLIC,
    "api:api-root": PUBLIC,
    "api:me": OWN,
    "api:member_detail": OBJECT,
    "api:member_episodes": OBJECT,
    "api:episode_detail": OBJECT,
    "api:caseload": OWN,
    # API: self-care, lessons, check-ins, data
    "api:hydration": PUBLIC,
    "api:sweat_rate": PUBLIC,
    "api:nsaid_screen": OWN,
    "api:lessons": PUBLIC,
    "api:lessons_for_me": OWN,
    "api:lesson_detail": PUBLIC,
    "api:create_checkin": OWN,
    "api:list_checkins": OWN,
    "api:get_checkin": OBJECT,
    "api:submit_prom": OWN,
    "api:list_proms": OWN,
    "api:create_self_test": OWN,
    "api:list_self_tests": OWN,
    "api:export": OWN,
    # API: activities
    "api:start_import": OWN,
    "api:import_job": OBJECT,
    "api:member_activities": OBJECT,
    "api:activity_detail": OBJECT,
    "api:delete_activity": OBJECT,
    "api:record_pain": OBJECT,
    "api:member_load": OBJECT,
    # API: programs
    "api:save_answers": OWN,
    "api:run_triage": PUBLIC,
    "api:triage_detail": OBJECT,
    "api:member_plan": OBJECT,
    "api:member_runs": OBJECT,
    "api:plan_changes": OBJECT,
    "api:override": OBJECT,
    "api:today": OWN,
    "api:start_session": OWN,
    "api:session_detail": OBJECT,
    "api:session_done": OBJECT,
    "api:session_painful": OBJECT,
    "api:session_finish": OBJECT,
    # pages: self-care, lessons
    "selfcare:index": PUBLIC,
    "selfcare:cold_heat": PUBLIC,
    "selfcare:pain_relief": OWN,
    "selfcare:hydration": PUBLIC,
    "selfcare:warm_up": PUBLIC,
    "selfcare:everyday": PUBLIC,
    "lessons:index": PUBLIC,
    "lessons:detail": PUBLIC,
    # pages: runs
    "activities:list": OWN,
    "activities:upload": OWN,
    "activities:job": OBJECT,
    "activities:resume": OBJECT,
    "activities:detail": OBJECT,
    "activities:pain": OBJECT,
    "activities:delete": OBJECT,
    "activities:load": OWN,
    "activities:member_list": OBJECT,
    "activities:member_load": OBJECT,
    # pages: check-ins and progress
    "checkins:checkin": OWN,
    "checkins:detail": OBJECT,
    "checkins:questionnaires": OWN,
    "checkins:questionnaire": OWN,
    "checkins:self_tests": OWN,
    "checkins:progress": OWN,
    "checkins:member_progress": OBJECT,
    # pages: my data
    "mydata:index": OWN,
    "mydata:feed_create": OWN,
    "mydata:feed_revoke": OWN,
    "mydata:feed": PUBLIC,
    "mydata:export": OWN,
    "mydata:delete": OWN,
    # pages: program
    "programs:start": PUBLIC,
    "programs:about_pt": PUBLIC,
    "programs:check": PUBLIC,
    "programs:finish": PUBLIC,
    "programs:visitor_result": PUBLIC,
    "programs:result": OBJECT,
    "programs:program": OWN,
    "programs:today": OWN,
    "programs:session_start": OWN,
    "programs:session": OBJECT,
    "programs:session_done": OBJECT,
    "programs:session_painful": OBJECT,
    "programs:session_easier": OBJECT,
    "programs:session_finish": OBJECT,
    "programs:member_plan": OBJECT,
    "programs:illustration": PUBLIC,
}


def _walk(patterns: list[Any], prefix: str = "", namespace: str | None = None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(
                pattern.url_patterns, prefix + str(pattern.pattern), pattern.namespace or namespace
            )
        elif isinstance(pattern, URLPattern):
            name = pattern.name or pattern.lookup_str.rsplit(".", 1)[-1]
            yield prefix + str(pattern.pattern), f"{namespace}:{name}" if namespace else name


def all_routes() -> list[tuple[str, str]]:
    return [
        (route, name)
        for route, name in _walk(get_resolver().url_patterns)
        if not route.startswith("admin/")
    ]


def test_every_route_is_classified():
    names = {name for _, name in all_routes()}
    missing = sorted(names - set(ROUTES))
    stale = sorted(set(ROUTES) - names)
    assert not missing, f"classify these routes in ROUTES: {missing}"
    assert not stale, f"these ROUTES entries no longer exist: {stale}"


REFUSED = (400, 403, 404, 405, 422)
CANARY = "Okafor"  # the demo member's family name: must never reach anyone else


@pytest.fixture
def world(db, make_user):
    """Demo data for member A (the demo member) and the people who must not see it."""
    from runcare.accounts.models import User
    from runcare.activities.models import Activity, ImportJob
    from runcare.checkins.models import CheckIn
    from runcare.demo import load_demo
    from runcare.members.models import Episode
    from runcare.programs.models import SessionLog, TriageRecord

    load_demo()
    a = User.objects.get(email="member@demo.runcare.test")
    token, _ = create_token(user=a, name="a's script", days=5, by=a)
    ids = {
        "member_id": a.pk,
        "episode_id": Episode.objects.filter(member=a).first().pk,
        "checkin_id": CheckIn.objects.filter(member=a).first().pk,
        "job_id": ImportJob.objects.filter(member=a).first().pk,
        "activity_id": Activity.objects.filter(member=a).first().pk,
        "session_id": SessionLog.objects.filter(member=a).first().pk,
        "record_id": TriageRecord.objects.filter(member=a).first().pk,
        "token_id": token.pk,
    }
    ids["pk"] = ids["activity_id"]
    return {
        "a": a,
        "ids": ids,
        "others": {
            "member B": User.objects.get(email="sam@demo.runcare.test"),
            "unassigned therapist": make_user("therapist"),
            "org admin": User.objects.get(email="admin@demo.runcare.test"),
            "staff": make_user("staff"),
        },
    }


FILLERS = {
    "measure": "lefs",
    "timepoint": "baseline",
    "lesson_id": "x",
    "slug": "x",
    "name": "standing_calf_stretch",
    "uidb64": "MQ",
    "token": "x" * 20,
}


def concrete(route: str, ids: dict[str, int]) -> str:
    def fill(match: re.Match[str]) -> str:
        key = match.group(1).split(":")[-1]
        return str(ids.get(key, FILLERS.get(key, "1")))

    return "/" + re.sub(r"<([^>]+)>", fill, route)


def test_no_one_else_reaches_member_a_and_no_page_leaks_a(world, client, login_as):
    failures: list[str] = []
    routes = all_routes()
    for who, user in world["others"].items():
        client.logout()
        login_as(user)
        for route, name in routes:
            if name == "accounts:logout" or name == "mydata:delete":
                continue
            url = concrete(route, world["ids"])
            for method in ("get", "post"):
                response = getattr(client, method)(url)
                body = response.content.decode(errors="replace")
                if CANARY in body:
                    failures.append(f"{who} {method.upper()} {url}: shows A's name")
                if ROUTES.get(name) == OBJECT and response.status_code not in REFUSED:
                    failures.append(f"{who} {method.upper()} {url}: {response.status_code}")
    assert not failures, "\n".join(failures)


def test_anonymous_visitors_reach_no_member_data(world, client):
    failures = []
    for route, name in all_routes():
        url = concrete(route, world["ids"])
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            if CANARY in response.content.decode(errors="replace"):
                failures.append(f"{method.upper()} {url}: shows A's name")
            if ROUTES.get(name) in (OBJECT, OWN) and 200 <= response.status_code < 300:
                failures.append(f"{method.upper()} {url}: {response.status_code}")
    assert not failures, "\n".join(failures)
