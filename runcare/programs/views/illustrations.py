"""Exercise figures as SVG responses, cached hard: they change only with a release."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from runcare.programs.illustrations import FIGURES, render_svg

STILL = "-still"


@require_GET
@cache_control(public=True, max_age=86400)
def svg(request: HttpRequest, name: str) -> HttpResponse:
    animated = not name.endswith(STILL)
    key = name.removesuffix(STILL)
    if key not in FIGURES:
        raise Http404("no such illustration")
    return HttpResponse(render_svg(key, animated=animated), content_type="image/svg+xml")
