"""Lessons: open to everyone, personalised after triage, each with its sources."""

import pytest

from runcare.clinical.evidence import SOURCES
from runcare.clinical.lessons.catalogue import load_lessons

pytestmark = pytest.mark.django_db


def test_every_lesson_is_readable_without_an_account(client):
    index = client.get("/lessons/").content.decode()
    for lesson in load_lessons():
        assert f'href="/lessons/{lesson.id}/"' in index
        page = client.get(f"/lessons/{lesson.id}/").content.decode()
        assert lesson.title in page and "Sources" in page
        for claim in lesson.claims:
            for source_id in claim.evidence:
                assert SOURCES[source_id] in page


def test_unknown_lesson_is_404(client):
    assert client.get("/lessons/not-a-lesson/").status_code == 404


def test_a_triaged_member_sees_lessons_chosen_for_them(login_as, member):
    from runcare.clinical.fact_parsing import parse_facts
    from runcare.programs.actions import complete_triage
    from tests.clinical.cases import BENIGN

    complete_triage(member=member, facts=parse_facts(BENIGN), by=member)
    page = login_as(member).get("/lessons/").content.decode()
    assert "Chosen for you" in page and "More lessons" in page


def test_lessons_api_is_public_and_resolves_citations(client, login_as, member):
    rows = client.get("/api/v1/lessons").json()
    assert len(rows) == len(load_lessons())
    assert all(s["citation"] == SOURCES[s["id"]] for row in rows for s in row["sources"])
    assert client.get("/api/v1/lessons/why_calves_hurt").json()["title"]
    assert client.get("/api/v1/lessons/for-me").status_code == 401
    assert login_as(member).get("/api/v1/lessons/for-me").json()["for_you"] == []
