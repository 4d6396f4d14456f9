"""No member ever reaches another member's data; every read is audited."""

import pytest
from django.utils import timezone

from runcare.audit.models import AuditEvent
from runcare.members import access


@pytest.fixture
def episode(member, episode_of):
    return episode_of(member)


def test_member_reads_own_episode_through_the_api_and_it_is_audited(login_as, member, episode):
    client = login_as(member)
    response = client.get(f"/api/v1/episodes/{episode.pk}")
    assert response.status_code == 200
    assert response.json()["id"] == episode.pk
    event = AuditEvent.objects.get(action="read", object_type="episode")
    assert (event.actor_id, event.subject_member_id, event.object_id) == (
        member.pk,
        member.pk,
        str(episode.pk),
    )
    assert event.actor_role == "member"
    assert len(event.request_id) == 32
    assert event.at.tzinfo is not None


def test_another_member_gets_404_for_the_episode_and_the_refusal_is_audited(
    login_as, other_member, episode
):
    client = login_as(other_member)
    response = client.get(f"/api/v1/episodes/{episode.pk}")
    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "not_found", "message": "Not found.", "fields": {}}
    }
    assert not AuditEvent.objects.filter(action="read").exists()
    assert AuditEvent.objects.filter(action="authz_fail", actor_id=other_member.pk).exists()


@pytest.mark.parametrize("path", ["/api/v1/members/{mid}", "/api/v1/members/{mid}/episodes"])
def test_another_member_cannot_read_member_or_list(login_as, member, other_member, episode, path):
    client = login_as(other_member)
    assert client.get(path.format(mid=member.pk)).status_code == 404


def test_unknown_and_forbidden_ids_look_the_same(login_as, other_member, episode):
    client = login_as(other_member)
    forbidden = client.get(f"/api/v1/episodes/{episode.pk}")
    missing = client.get("/api/v1/episodes/987654")
    assert forbidden.status_code == missing.status_code == 404
    assert forbidden.json() == missing.json()


def test_assigned_therapist_reads_member_and_caseload(login_as, therapist, member, assign, episode):
    assign(therapist, member)
    client = login_as(therapist)
    assert client.get(f"/api/v1/episodes/{episode.pk}").status_code == 200
    caseload = client.get("/api/v1/caseload").json()
    assert [row["id"] for row in caseload] == [member.pk]
    assert AuditEvent.objects.filter(
        action="list", object_type="caseload", subject_member_id=member.pk
    ).exists()


def test_unassigned_therapist_gets_404(login_as, make_user, member, episode):
    client = login_as(make_user("therapist"))
    assert client.get(f"/api/v1/episodes/{episode.pk}").status_code == 404
    assert client.get("/api/v1/caseload").json() == []


def test_ended_assignment_revokes_access_immediately(login_as, therapist, member, assign, episode):
    link = assign(therapist, member)
    client = login_as(therapist)
    assert client.get(f"/api/v1/episodes/{episode.pk}").status_code == 200
    link.ends_at = timezone.now()
    link.save()
    assert client.get(f"/api/v1/episodes/{episode.pk}").status_code == 404


def test_therapist_without_second_factor_sees_no_member_data(
    login_as, therapist, member, assign, episode
):
    assign(therapist, member)
    client = login_as(therapist, verified=False)
    response = client.get(f"/api/v1/episodes/{episode.pk}")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "mfa_required"
    assert access.visible_members(therapist).count() == 0


@pytest.mark.parametrize("role", ["org_admin", "staff"])
def test_admins_and_staff_have_no_row_level_member_access(
    login_as, make_user, member, episode, role
):
    client = login_as(make_user(role))
    assert client.get(f"/api/v1/episodes/{episode.pk}").status_code == 404
    assert client.get(f"/api/v1/members/{member.pk}").status_code == 404


def test_anonymous_api_call_is_401_with_the_error_shape(client, episode):
    response = client.get(f"/api/v1/episodes/{episode.pk}")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_inactive_member_reads_nothing(member, episode):
    member.is_active = False
    member.save()
    assert access.visible_members(member).count() == 0


def test_home_page_shows_only_own_episode(login_as, member, other_member, episode_of):
    episode_of(other_member, condition="achilles_tendinopathy_midportion")
    episode_of(member, triage_level="self_care_program")
    body = login_as(member).get("/home/").content.decode()
    assert "Safe for the home program" in body
    assert other_member.email not in body
