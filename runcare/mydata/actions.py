"""Writes for data rights: calendar feed tokens and account deletion. All audited.

Deleting an account erases every health record (the database cascades from the user row) and
ends every session; the audit log keeps its rows, which hold ids only (security.md REQ-L1/L2).
"""

from __future__ import annotations

import secrets
from typing import Any

from django.apps import apps
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from runcare.accounts.models import User, hash_token
from runcare.audit.actions import record_event
from runcare.audit.models import AuditAction
from runcare.mydata.models import CalendarFeed
from runcare.programs.models import Plan


class DeletionRefused(Exception):
    pass


@transaction.atomic
def create_calendar_feed(*, member: User, by: User) -> tuple[CalendarFeed, str]:
    """A new feed token (any earlier one stops working); the raw token is returned once."""
    revoke_calendar_feed(member=member, by=by)
    raw = secrets.token_urlsafe(32)
    feed = CalendarFeed.objects.create(member=member, key_hash=hash_token(raw), prefix=raw[:6])
    record_event(
        action=AuditAction.TOKEN_CREATED, actor=by, subject_member_id=member.pk,
        object_type="calendarfeed", object_id=feed.pk,
    )  # fmt: skip
    return feed, raw


@transaction.atomic
def revoke_calendar_feed(*, member: User, by: User) -> int:
    live = list(CalendarFeed.objects.select_for_update().filter(member=member, revoked_at=None))
    for feed in live:
        feed.revoked_at = timezone.now()
        feed.save(update_fields=["revoked_at"])
        record_event(
            action=AuditAction.TOKEN_REVOKED, actor=by, subject_member_id=member.pk,
            object_type="calendarfeed", object_id=feed.pk,
        )  # fmt: skip
    return len(live)


def feed_for_token(raw: str) -> CalendarFeed | None:
    """The live feed for ``raw`` (its use is audited), or None."""
    feed = (
        CalendarFeed.objects.select_related("member")
        .filter(key_hash=hash_token(raw), revoked_at=None, member__is_active=True)
        .first()
    )
    if feed is not None:
        CalendarFeed.objects.filter(pk=feed.pk).update(last_used_at=timezone.now())
        record_event(
            action=AuditAction.READ, actor=None, subject_member_id=feed.member_id,
            object_type="calendarfeed", object_id=feed.pk,
        )  # fmt: skip
    return feed


def _end_sessions(user_id: int) -> int:
    """Delete every live session signed in as ``user_id`` (a rare, explicit operation)."""
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == str(user_id):
            session.delete()
            ended += 1
    return ended


def _remove_uploaded_files(member: User) -> None:
    """Activity files still waiting to be imported live on disk, outside the database."""
    if not apps.is_installed("runcare.activities"):
        return
    from runcare.activities.models import ImportJob
    from runcare.activities.uploads import stored_path

    for name in (
        ImportJob.objects.filter(member=member)
        .exclude(stored_name="")
        .values_list("stored_name", flat=True)
    ):
        stored_path(name).unlink(missing_ok=True)


@transaction.atomic
def delete_account(*, member: User, password: str, by: User) -> dict[str, Any]:
    """Erase the member and all their health data after re-checking the password."""
    if by.pk != member.pk or not member.check_password(password):
        raise DeletionRefused("That password is not right. Your account was not deleted.")
    member_id = member.pk
    record_event(
        action=AuditAction.DELETE, actor=by, subject_member_id=member_id,
        object_type="account", object_id=member_id,
    )  # fmt: skip
    _remove_uploaded_files(member)
    Plan.objects.filter(member=member).delete()  # plans protect their triage records
    _, counts = User.objects.filter(pk=member_id).delete()
    return {"rows": counts, "sessions_ended": _end_sessions(member_id)}
