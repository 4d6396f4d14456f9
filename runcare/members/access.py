"""The one access-checked place through which every read of a member's data goes.

Rules (security.md REQ-A1/A2): a member sees only themself; a therapist sees members with a
current care assignment, and only after passing 2FA; organisation admins and staff see no member
rows at all (aggregates have their own queries). Objects outside scope are indistinguishable from
objects that do not exist (404), and every successful read writes an audit row.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.db.models import Model, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from runcare.accounts.models import Role, User
from runcare.audit.actions import record_event, record_reads
from runcare.audit.models import AuditAction

M = TypeVar("M", bound=Model)


def _mfa_satisfied(user: Any) -> bool:
    if not user.needs_mfa:
        return True
    if getattr(user, "mfa_via_token", False):
        return True
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())


def visible_member_ids(user: Any) -> QuerySet[User, Any]:
    """Ids of the members whose data ``user`` may read right now (a subquery, not a list)."""
    members = User.objects.filter(role=Role.MEMBER, is_active=True)
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return members.none().values("pk")
    if user.role == Role.MEMBER:
        return members.filter(pk=user.pk).values("pk")
    if user.role == Role.THERAPIST and _mfa_satisfied(user):
        now = timezone.now()
        current = Q(care_assignments__therapist=user, care_assignments__starts_at__lte=now) & (
            Q(care_assignments__ends_at__isnull=True) | Q(care_assignments__ends_at__gt=now)
        )
        return members.filter(current).values("pk")
    return members.none().values("pk")


def visible_members(user: Any) -> QuerySet[User]:
    return User.objects.filter(pk__in=visible_member_ids(user))


def scope(queryset: QuerySet[M], user: Any, member_field: str = "member") -> QuerySet[M]:
    """Restrict any queryset of member-owned rows to what ``user`` may read."""
    return queryset.filter(**{f"{member_field}__in": visible_member_ids(user)})


def _refuse(user: Any, object_type: str, object_id: Any) -> Http404:
    record_event(
        action=AuditAction.AUTHZ_FAIL,
        actor=user,
        object_type=object_type,
        object_id=object_id,
        outcome="denied",
    )
    return Http404("not found")


def get_member_for(user: Any, member_id: int) -> User:
    """The member ``member_id`` if ``user`` may see them (audited), else Http404."""
    member = visible_members(user).filter(pk=member_id).first()
    if member is None:
        raise _refuse(user, "member", member_id)
    record_event(
        action=AuditAction.READ,
        actor=user,
        subject_member_id=member.pk,
        object_type="member",
        object_id=member.pk,
    )
    return member


def get_for(user: Any, queryset: QuerySet[M], pk: Any, *, member_field: str = "member") -> M:
    """One member-owned object by primary key, access-checked and audited, else Http404."""
    object_type = queryset.model._meta.model_name or "object"
    obj = scope(queryset, user, member_field).filter(pk=pk).first()
    if obj is None:
        raise _refuse(user, object_type, pk)
    member_id = getattr(obj, f"{member_field}_id")
    record_event(
        action=AuditAction.READ,
        actor=user,
        subject_member_id=member_id,
        object_type=object_type,
        object_id=obj.pk,
    )
    return obj


def list_for(
    user: Any, queryset: QuerySet[M], *, member_field: str = "member", limit: int | None = None
) -> list[M]:
    """Member-owned rows ``user`` may read, evaluated, with one audit row per row returned."""
    rows = list(
        scope(queryset, user, member_field)[:limit]
        if limit
        else scope(queryset, user, member_field)
    )
    object_type = queryset.model._meta.model_name or "object"
    record_reads(
        actor=user,
        object_type=object_type,
        action=AuditAction.LIST,
        rows=[(getattr(r, f"{member_field}_id"), r.pk) for r in rows],
    )
    return rows
