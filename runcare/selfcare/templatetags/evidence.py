"""``citations``: evidence ids resolved to the registry's citations, for "Sources" lists."""

from __future__ import annotations

from collections.abc import Iterable

from django import template

from runcare.clinical.evidence import SOURCES

register = template.Library()


@register.filter
def citations(ids: Iterable[str]) -> list[dict[str, str]]:
    seen: list[str] = []
    for source_id in ids:
        if source_id in SOURCES and source_id not in seen:
            seen.append(source_id)
    return [{"id": source_id, "text": SOURCES[source_id]} for source_id in seen]
