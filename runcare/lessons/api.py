"""Lessons over the API: the whole catalogue is public; ``/lessons/for-me`` is personal."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema

from runcare.api.schemas import ErrorOut
from runcare.clinical.evidence import SOURCES
from runcare.clinical.lessons.catalogue import Lesson
from runcare.lessons import queries

router = Router(tags=["lessons"])


class SourceOut(Schema):
    id: str
    citation: str


class ClaimOut(Schema):
    text: str
    evidence: list[str]


class LessonOut(Schema):
    id: str
    title: str
    topic: str
    claims: list[ClaimOut]
    sources: list[SourceOut]


class ShelfOut(Schema):
    for_you: list[LessonOut]
    others: list[LessonOut]


def _out(item: Lesson) -> LessonOut:
    return LessonOut(
        id=item.id,
        title=item.title,
        topic=item.topic,
        claims=[ClaimOut(text=c.text, evidence=list(c.evidence)) for c in item.claims],
        sources=[SourceOut(id=s, citation=SOURCES[s]) for s in queries.lesson_sources(item)],
    )


@router.get("/lessons", response=list[LessonOut], auth=None)
def lessons(request: HttpRequest) -> list[LessonOut]:
    return [_out(x) for x in queries.shelf_for(None).others]


@router.get("/lessons/for-me", response={200: ShelfOut, 401: ErrorOut})
def lessons_for_me(request: HttpRequest) -> ShelfOut:
    shelf = queries.shelf_for(request.auth)  # type: ignore[attr-defined]
    return ShelfOut(
        for_you=[_out(x) for x in shelf.for_you], others=[_out(x) for x in shelf.others]
    )


@router.get("/lessons/{lesson_id}", response={200: LessonOut, 404: ErrorOut}, auth=None)
def lesson_detail(request: HttpRequest, lesson_id: str) -> LessonOut:
    return _out(queries.lesson(lesson_id))
