"""Draw a figure as SVG: props, then the far limbs, the body and the near limbs.

Animated figures move between keyframes with SMIL ``<animate>`` (no script, so they also play
inside ``<img>``); the still version shows the key pose, for people who prefer less motion.
Presentation attributes only (no ``style``), so the content security policy is satisfied.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from runcare.programs.illustrations.figures import FIGURES, Figure
from runcare.programs.illustrations.skeleton import GROUND, Joints, joints

INK, FAR, PROP = "#1c2530", "#7b8794", "#9aa5b1"
WATER = "#cfe8f3"


def _pts(points: tuple[tuple[float, float], ...]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)


def _limbs(j: Joints) -> dict[str, str]:
    return {
        "leg2": _pts(j.leg2), "arm2": _pts(j.arm2), "trunk": _pts((j.hip, j.neck)),
        "leg1": _pts(j.leg1), "arm1": _pts(j.arm1),
    }  # fmt: skip


def _animate(attr: str, values: list[str], figure: Figure) -> str:
    frames = [*values, values[0]]
    return (
        f'<animate attributeName="{attr}" dur="{figure.seconds}s" repeatCount="indefinite" '
        f'values="{";".join(frames)}" keyTimes="{figure.key_times()}"/>'
    )


def _prop(kind: str, a: float, b: float, c: float) -> str:
    if kind == "wall":
        return f'<rect x="{a}" y="20" width="12" height="{GROUND - 20}" fill="{PROP}"/>'
    if kind == "step":
        return f'<rect x="{a}" y="{b}" width="{c}" height="{GROUND - b}" fill="{PROP}"/>'
    if kind == "chair":
        return (
            f'<path d="M{a} {b} h34 M{a + 4} {b} V{GROUND} M{a + 30} {b} V{GROUND} '
            f'M{a} {b} V{b - 45}" stroke="{PROP}" stroke-width="5" fill="none"/>'
        )
    if kind == "pad":
        return f'<ellipse cx="{a}" cy="{GROUND - 3}" rx="{b}" ry="5" fill="{PROP}"/>'
    if kind == "water":
        return f'<rect x="0" y="{a}" width="240" height="{180 - a}" fill="{WATER}"/>'
    if kind == "bike":
        return (
            f'<g stroke="{PROP}" stroke-width="5" fill="none"><circle cx="{a}" cy="{b}" r="{c}"/>'
            f'<path d="M{a} {b} L{a - 30} 100 M{a - 42} 98 h22 M{a} {b} L{a + 30} 92 '
            f'M{a + 24} 90 h14 M{a - 40} {GROUND} h95"/></g>'
        )
    return ""


def render_svg(name: str, animated: bool = True) -> str:
    figure = FIGURES[name]
    frames = [_limbs(joints(p)) for p in figure.poses]
    heads = [joints(p).head for p in figure.poses]
    key = figure.key
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 180" role="img" '
        f'aria-labelledby="t"><title id="t">{escape(figure.alt)}</title>',
        '<rect width="240" height="180" fill="#ffffff"/>',
        *(_prop(*p) for p in figure.props),
        f'<line x1="0" y1="{GROUND}" x2="240" y2="{GROUND}" stroke="{PROP}" stroke-width="2"/>',
    ]
    for limb in ("leg2", "arm2", "trunk", "leg1", "arm1"):
        colour = FAR if limb.endswith("2") else INK
        motion = _animate("points", [f[limb] for f in frames], figure) if animated else ""
        parts.append(
            f'<polyline points="{frames[key][limb]}" fill="none" stroke="{colour}" '
            f'stroke-width="6" stroke-linecap="round" stroke-linejoin="round">{motion}</polyline>'
        )
    hx, hy = heads[key]
    head_motion = ""
    if animated:
        head_motion = _animate("cx", [f"{h[0]:.1f}" for h in heads], figure) + _animate(
            "cy", [f"{h[1]:.1f}" for h in heads], figure
        )
    parts.append(f'<circle cx="{hx:.1f}" cy="{hy:.1f}" r="10" fill="{INK}">{head_motion}</circle>')
    parts.append(figure.detail_svg(animated))
    parts.append("</svg>")
    return "".join(parts)
