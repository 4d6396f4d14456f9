"""Pose → joint positions for a side-view figure facing right (SVG units, y grows downward).

Limbs are either given as angles or solved with two-link inverse kinematics toward a target
(a foot planted on a surface, a hand on a wall), so poses stay short and feet stay grounded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

GROUND = 170.0
THIGH, SHIN, TRUNK, NECK = 40.0, 38.0, 50.0, 13.0
UPPER_ARM, FOREARM = 27.0, 25.0
HEEL, TOE, SOLE = (-5.0, 6.0), (15.0, 6.0), 6.0

Point = tuple[float, float]


@dataclass(frozen=True)
class Plant:
    """A foot on a surface: ankle at ``x``; ``pitch`` > 0 lifts the heel; contact on sole/toe."""

    x: float
    pitch: float = 0.0
    surface: float = GROUND
    contact: str = "sole"


@dataclass(frozen=True)
class Free:
    """A limb by angles: from vertical (+ forward), bend at the middle joint, foot pitch."""

    angle: float
    bend: float = 0.0
    pitch: float = 0.0


@dataclass(frozen=True)
class Reach:
    """A hand at a point."""

    x: float
    y: float


@dataclass(frozen=True)
class Pose:
    hip_x: float = 110.0
    hip_y: float | None = None
    """None: stand on leg 1, its knee bent by ``drop`` units."""
    drop: float = 0.5
    lean: float = 0.0
    leg1: Plant | Free = field(default_factory=lambda: Plant(112))
    leg2: Plant | Free = field(default_factory=lambda: Plant(106))
    arm1: Free | Reach = field(default_factory=lambda: Free(8, 12))
    arm2: Free | Reach = field(default_factory=lambda: Free(-6, 12))


@dataclass(frozen=True)
class Joints:
    head: Point
    neck: Point
    hip: Point
    leg1: tuple[Point, ...]
    leg2: tuple[Point, ...]
    arm1: tuple[Point, ...]
    arm2: tuple[Point, ...]


def _rot(v: Point, degrees: float) -> Point:
    r = math.radians(degrees)
    return (v[0] * math.cos(r) - v[1] * math.sin(r), v[0] * math.sin(r) + v[1] * math.cos(r))


def _add(a: Point, b: Point, scale: float = 1.0) -> Point:
    return (a[0] + b[0] * scale, a[1] + b[1] * scale)


def _down(angle: float) -> Point:
    r = math.radians(angle)
    return (math.sin(r), math.cos(r))


def ankle_of(plant: Plant) -> Point:
    heel, toe = _rot(HEEL, plant.pitch), _rot(TOE, plant.pitch)
    below = toe[1] if plant.contact == "toe" else max(heel[1], toe[1])
    return (plant.x, plant.surface - below)


def _two_link(root: Point, target: Point, a: float, b: float, prefer: str) -> Point:
    dx, dy = target[0] - root[0], target[1] - root[1]
    d = max(abs(a - b) + 0.01, min(a + b - 0.01, math.hypot(dx, dy)))
    alpha = math.acos(max(-1.0, min(1.0, (a * a + d * d - b * b) / (2 * a * d))))
    theta = math.atan2(dy, dx)
    options = [
        (root[0] + a * math.cos(theta + s * alpha), root[1] + a * math.sin(theta + s * alpha))
        for s in (1, -1)
    ]
    return max(options, key=lambda p: p[0] if prefer == "forward" else p[1])


def _foot(ankle: Point, pitch: float) -> tuple[Point, Point]:
    return _add(ankle, _rot(HEEL, pitch)), _add(ankle, _rot(TOE, pitch))


def _leg(hip: Point, spec: Plant | Free) -> tuple[Point, ...]:
    if isinstance(spec, Plant):
        ankle = ankle_of(spec)
        knee = _two_link(hip, ankle, THIGH, SHIN, "forward")
        pitch = spec.pitch
    else:
        knee = _add(hip, _down(spec.angle), THIGH)
        ankle = _add(knee, _down(spec.angle - spec.bend), SHIN)
        pitch = spec.pitch
    heel, toe = _foot(ankle, pitch)
    return (hip, knee, ankle, heel, toe, ankle)


def _arm(shoulder: Point, spec: Free | Reach) -> tuple[Point, ...]:
    if isinstance(spec, Reach):
        elbow = _two_link(shoulder, (spec.x, spec.y), UPPER_ARM, FOREARM, "down")
        hand = (spec.x, spec.y)
        if math.dist(shoulder, hand) > UPPER_ARM + FOREARM:
            hand = _add(elbow, _unit(shoulder, hand), FOREARM)
        return (shoulder, elbow, hand)
    elbow = _add(shoulder, _down(spec.angle), UPPER_ARM)
    return (shoulder, elbow, _add(elbow, _down(spec.angle + spec.bend), FOREARM))


def _unit(a: Point, b: Point) -> Point:
    d = math.dist(a, b) or 1.0
    return ((b[0] - a[0]) / d, (b[1] - a[1]) / d)


def _hip(pose: Pose) -> Point:
    if pose.hip_y is not None:
        return (pose.hip_x, pose.hip_y)
    if not isinstance(pose.leg1, Plant):
        raise ValueError("a pose without hip_y must stand on leg 1")
    ankle = ankle_of(pose.leg1)
    reach = THIGH + SHIN - pose.drop
    dx = pose.hip_x - ankle[0]
    return (pose.hip_x, ankle[1] - math.sqrt(max(reach * reach - dx * dx, 1.0)))


def joints(pose: Pose) -> Joints:
    hip = _hip(pose)
    r = math.radians(pose.lean)
    up = (math.sin(r), -math.cos(r))
    neck = _add(hip, up, TRUNK)
    head = _add(neck, up, NECK)
    shoulder = _add(hip, up, TRUNK - 4)
    return Joints(
        head, neck, hip, _leg(hip, pose.leg1), _leg(hip, pose.leg2),
        _arm(shoulder, pose.arm1), _arm(shoulder, pose.arm2),
    )  # fmt: skip
