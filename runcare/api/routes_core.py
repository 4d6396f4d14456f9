"""Core API operations: who am I, members and their episodes, the therapist's caseload."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from runcare.api.schemas import EpisodeOut, ErrorOut, MemberOut, MeOut
from runcare.members import queries
from runcare.members.access import get_member_for

router = Router(tags=["core"])
ERRORS = {401: ErrorOut, 404: ErrorOut}


def _member_out(member) -> MemberOut:  # type: ignore[no-untyped-def]
    return MemberOut(
        id=member.pk, name=member.get_full_name() or member.display_name, email=member.email
    )


@router.get("/me", response={200: MeOut, **ERRORS})
def me(request: HttpRequest) -> MeOut:
    user = request.auth  # type: ignore[attr-defined]
    return MeOut(
        id=user.pk,
        email=user.email,
        name=user.display_name,
        role=user.role,
        mfa_required=user.needs_mfa,
    )


@router.get("/members/{member_id}", response={200: MemberOut, **ERRORS})
def member_detail(request: HttpRequest, member_id: int) -> MemberOut:
    return _member_out(get_member_for(request.auth, member_id))  # type: ignore[attr-defined]


@router.get("/members/{member_id}/episodes", response={200: list[EpisodeOut], **ERRORS})
def member_episodes(request: HttpRequest, member_id: int) -> list[EpisodeOut]:
    member = get_member_for(request.auth, member_id)  # type: ignore[attr-defined]
    return [EpisodeOut.from_orm(e) for e in queries.episodes_of(request.auth, member)]  # type: ignore[attr-defined]


@router.get("/episodes/{episode_id}", response={200: EpisodeOut, **ERRORS})
def episode_detail(request: HttpRequest, episode_id: int) -> EpisodeOut:
    return EpisodeOut.from_orm(queries.episode_for(request.auth, episode_id))  # type: ignore[attr-defined]


@router.get("/caseload", response={200: list[MemberOut], **ERRORS})
def caseload(request: HttpRequest) -> list[MemberOut]:
    return [_member_out(row.member) for row in queries.caseload(request.auth)]  # type: ignore[attr-defined]
