"""Lessons pages, open to everyone: a visitor "just researching" needs no account."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from runcare.lessons import queries


def index(request: HttpRequest) -> HttpResponse:
    return render(request, "lessons/index.html", {"shelf": queries.shelf_for(request.user)})


def detail(request: HttpRequest, lesson_id: str) -> HttpResponse:
    item = queries.lesson(lesson_id)
    return render(
        request,
        "lessons/detail.html",
        {"lesson": item, "sources": queries.lesson_sources(item)},
    )
