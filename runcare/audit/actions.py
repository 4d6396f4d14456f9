"""The only place audit rows are written."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from runcare.audit import context
from runcare.audit.models import AuditAction, AuditEvent


def _role(actor: Any) -> str:
    if actor is None or not getattr(actor, "is_authenticated", False):
        return "anonymous"
    return str(getattr(actor, "role", "") or "unknown")


def _event(
    action: str,
    actor: Any,
    subject_member_id: int | None,
    object_type: str,
    object_id: Any,
    outcome: str,
) -> AuditEvent:
    event = AuditEvent(
        actor_id=getattr(actor, "pk", None) if _role(actor) != "anonymous" else None,
        actor_role=_role(actor),
        action=action,
        subject_member_id=subject_member_id,
        object_type=object_type,
        object_id="" if object_id is None else str(object_id),
        outcome=outcome,
        request_id=context.request_id.get(),
        source_ip=context.source_ip.get(),
    )
    event.checksum = event.compute_checksum()
    return event


def record_event(
    *,
    action: str,
    actor: Any,
    subject_member_id: int | None = None,
    object_type: str = "",
    object_id: Any = None,
    outcome: str = "ok",
) -> AuditEvent:
    event = _event(action, actor, subject_member_id, object_type, object_id, outcome)
    queue = context.pending.get()
    if queue is None:
        event.save()
    else:
        queue.append(event)
    return event


def record_reads(
    *,
    actor: Any,
    object_type: str,
    rows: Iterable[tuple[int, Any]],
    action: str = AuditAction.READ,
) -> int:
    """One audit row per (member id, object id) read, written in one statement."""
    events = [
        _event(action, actor, member_id, object_type, obj_id, "ok") for member_id, obj_id in rows
    ]
    queue = context.pending.get()
    if queue is None:
        AuditEvent.objects.bulk_create(events)
    else:
        queue.extend(events)
    return len(events)


def flush_pending() -> int:
    """Write the serving request's queued rows in one statement.

    Inside a request, rows are queued rather than written one transaction at a time (each with
    its own commit and disk flush, which was most of a page's cost); the request middleware
    calls this before the response leaves, so every read is on disk before any data is sent.
    """
    queue = context.pending.get()
    if not queue:
        return 0
    rows = list(queue)
    queue.clear()
    AuditEvent.objects.bulk_create(rows)
    return len(rows)


def verify_log() -> list[int]:
    """Ids of audit rows whose checksum no longer matches their content."""
    return [
        event.pk
        for event in AuditEvent.objects.order_by("id").iterator(chunk_size=2000)
        if event.checksum != event.compute_checksum()
    ]
