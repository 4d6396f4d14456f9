"""Every exercise illustration as data: props, keyframe poses, timing and alt text.

The figure faces right; leg 1 / arm 1 are the near (working) side, drawn darker. Repeating a
pose in ``poses`` holds it. ``key`` is the pose shown when motion is reduced.
"""

from __future__ import annotations

from dataclasses import dataclass

from runcare.programs.illustrations.skeleton import GROUND, Free, Plant, Pose, Reach

WALL = ("wall", 196.0, 0.0, 0.0)
STEP = ("step", 96.0, 150.0, 80.0)
CHAIR = ("chair", 70.0, 118.0, 0.0)
SEAT = 114.0


@dataclass(frozen=True)
class Figure:
    alt: str
    poses: tuple[Pose, ...]
    props: tuple[tuple[str, float, float, float], ...] = ()
    seconds: float = 4.0
    key: int = 1
    detail: str | None = None

    def key_times(self) -> str:
        n = len(self.poses)
        return ";".join(f"{i / n:.3f}" for i in range(n + 1))

    def detail_svg(self, animated: bool) -> str:
        return _DETAILS[self.detail](self, animated) if self.detail else ""


def _hold(pose: Pose, times: int = 2) -> tuple[Pose, ...]:
    return (pose,) * times


def _between(a: str, b: str, figure: Figure, attr: str, animated: bool) -> str:
    if not animated:
        return ""
    return (
        f'<animate attributeName="{attr}" dur="{figure.seconds}s" repeatCount="indefinite" '
        f'values="{a};{b};{b};{a}" keyTimes="0;0.4;0.8;1"/>'
    )


def _inset(body: str) -> str:
    return (
        '<circle cx="196" cy="44" r="38" fill="#ffffff" stroke="#9aa5b1" stroke-width="2"/>'
        f'<g fill="none" stroke="#0b5f56" stroke-width="4" stroke-linecap="round">{body}</g>'
    )


def _short_foot(f: Figure, animated: bool) -> str:
    rest, lifted = "166,58 196,58 226,58", "166,58 196,46 226,58"
    anim = _between(rest, lifted, f, "points", animated)
    return _inset(
        f'<polyline points="{lifted if not animated else rest}">{anim}</polyline>'
        '<path d="M166 58 Q170 30 196 34 L226 50"/>'
    )


def _toe_spread(f: Figure, animated: bool) -> str:
    toes = []
    for i, (near, wide) in enumerate(((180, 170), (188, 183), (196, 196), (204, 209), (212, 222))):
        anim = _between(str(near), str(wide), f, "x2", animated)
        toes.append(
            f'<line x1="{180 + i * 8}" y1="44" x2="{wide if not animated else near}" '
            f'y2="18">{anim}</line>'
        )
    return _inset('<path d="M178 46 Q176 74 196 78 Q216 74 214 46"/>' + "".join(toes))


def _toe_flex(f: Figure, animated: bool) -> str:
    flat, curled = "210,58 226,58", "210,58 222,68"
    anim = _between(flat, curled, f, "points", animated)
    return _inset(
        '<path d="M166 58 H210 M166 58 Q170 32 196 36 L210 52"/>'
        f'<polyline points="{curled if not animated else flat}">{anim}</polyline>'
    )


_DETAILS = {"short_foot": _short_foot, "toe_spread": _toe_spread, "toe_flex": _toe_flex}

STAND = Pose()
HANDS_ON_WALL = (Reach(196, 92), Reach(196, 96))


def _wall_lunge(hip_x: float, drop: float, back_x: float, back_pitch: float, lean: float) -> Pose:
    a1, a2 = HANDS_ON_WALL
    return Pose(hip_x, None, drop, lean, Plant(158), Plant(back_x, back_pitch), a1, a2)


def _heel_raise(pitch: float, drop: float, single: bool) -> Pose:
    leg2 = Free(-10, 80, 20) if single else Plant(108, pitch)
    a1, a2 = HANDS_ON_WALL if single else (Free(8, 12), Free(-6, 12))
    return Pose(112, None, drop, 0, Plant(114, pitch), leg2, a1, a2)


def _seated(pitch1: float, foot_x: float = 138, leg1: Free | None = None) -> Pose:
    return Pose(
        92, SEAT, 0, -5, leg1 or Plant(foot_x, pitch1, contact="toe" if pitch1 > 0 else "sole"),
        Plant(foot_x - 6), Free(60, 40), Free(50, 40),
    )  # fmt: skip


def _drop(pitch: float, bent: float) -> Pose:
    return Pose(
        126, None, 0.5 + bent, 0, Plant(128, pitch, surface=150, contact="toe"),
        Free(-8, 70, 20), Reach(196, 100), Reach(196, 104),
    )  # fmt: skip


def _walk(phase: int, knee_up: float = 25, arm: float = 30) -> Pose:
    s = 1 if phase else -1
    return Pose(
        110, 92, 0, 4,
        Free(22 * s, 8 if s > 0 else knee_up), Free(-22 * s, knee_up if s > 0 else 8),
        Free(-arm * s, 30), Free(arm * s, 30),
    )  # fmt: skip


def _knee_drive(phase: int, hip_y: float) -> Pose:
    s = 1 if phase else -1
    high, low = Free(75, 95, 15), Free(-15, 30, 20)
    return Pose(
        110,
        hip_y,
        0,
        0,
        high if s > 0 else low,
        low if s > 0 else high,
        Free(-35 * s, 80),
        Free(35 * s, 80),
    )


def _pedal(angle_deg: float, crank: tuple[float, float] = (134, 148), r: float = 15) -> Pose:
    import math

    a = math.radians(angle_deg)
    x1, y1 = crank[0] + r * math.cos(a), crank[1] + r * math.sin(a)
    x2, y2 = crank[0] - r * math.cos(a), crank[1] - r * math.sin(a)
    return Pose(
        104, 96, 0, 30, Plant(x1, 0, y1 + 6), Plant(x2, 0, y2 + 6), Reach(158, 94), Reach(156, 96)
    )


def _swim(phase: int) -> Pose:
    s = 1 if phase else -1
    return Pose(
        100,
        96,
        0,
        90,
        Free(-90 + 8 * s, 10, -80),
        Free(-90 - 8 * s, 10, -80),
        Free(95 if s > 0 else -40, 10),
        Free(-40 if s > 0 else 95, 10),
    )


def _elliptical(angle_deg: float) -> Pose:
    import math

    a = math.radians(angle_deg)
    x1, y1 = 120 + 22 * math.cos(a), 150 + 6 * math.sin(a)
    x2, y2 = 120 - 22 * math.cos(a), 150 - 6 * math.sin(a)
    return Pose(
        112,
        None,
        2,
        5,
        Plant(x1, 0, y1),
        Plant(x2, 0, y2),
        Reach(150 - 10 * math.cos(a), 96),
        Reach(150 + 10 * math.cos(a), 98),
    )


FIGURES: dict[str, Figure] = {
    "stretch-calf-wall": Figure(
        "A person faces a wall with both hands on it, the back leg straight and its heel down, "
        "leaning the hips toward the wall.",
        (_wall_lunge(130, 8, 84, 0, 10), *_hold(_wall_lunge(140, 12, 84, 0, 18), 3)),
        (WALL,),
        6.0,
    ),
    "stretch-soleus-wall": Figure(
        "A person at a wall with the back foot flat, both knees bent, sinking straight down.",
        (_wall_lunge(132, 8, 100, 0, 6), *_hold(_wall_lunge(134, 20, 100, 0, 8), 3)),
        (WALL,),
        6.0,
    ),
    "stretch-knee-to-wall": Figure(
        "The front foot near the wall, heel down, the knee pushed forward until it touches the "
        "wall.",
        (
            Pose(132, None, 8, 6, Plant(170), Plant(96, 40, contact="toe"), *HANDS_ON_WALL),
            *_hold(
                Pose(150, None, 20, 10, Plant(170), Plant(96, 45, contact="toe"), *HANDS_ON_WALL), 3
            ),
        ),
        (WALL,),
        6.0,
    ),
    "mobility-knee-to-wall": Figure(
        "The knee rocks gently toward the wall and back, the front heel staying down.",
        (
            Pose(132, None, 8, 6, Plant(170), Plant(96, 40, contact="toe"), *HANDS_ON_WALL),
            Pose(148, None, 18, 10, Plant(170), Plant(96, 45, contact="toe"), *HANDS_ON_WALL),
        ),
        (WALL,),
        2.0,
    ),
    "mobility-ankle-pumps": Figure(
        "Sitting with one leg out straight, the foot points down and then pulls up.",
        (_seated(0, leg1=Free(75, 0, 40)), _seated(0, leg1=Free(75, 0, -20))),
        (CHAIR,),
        2.0,
    ),
    "iso-heel-raise-straight": Figure(
        "Standing tall, both heels lifted halfway and held still, knees straight.",
        (_heel_raise(0, 0.5, False), *_hold(_heel_raise(25, 0.5, False), 4)),
        (),
        8.0,
    ),
    "iso-heel-raise-bent": Figure(
        "Knees slightly bent, both heels lifted halfway and held still.",
        (_heel_raise(0, 8, False), *_hold(_heel_raise(25, 8, False), 4)),
        (),
        8.0,
    ),
    "heel-raise-double-straight": Figure(
        "Standing on both feet, rising onto the toes with straight knees and lowering slowly.",
        (_heel_raise(0, 0.5, False), _heel_raise(40, 0.5, False), _heel_raise(20, 0.5, False)),
        (),
        4.0,
    ),
    "heel-raise-double-bent": Figure(
        "Knees bent, rising onto the toes of both feet and lowering slowly.",
        (_heel_raise(0, 9, False), _heel_raise(40, 9, False), _heel_raise(20, 9, False)),
        (),
        4.0,
    ),
    "heel-raise-single-straight": Figure(
        "Fingertips on a wall, standing on one leg with the knee straight, rising onto the toes.",
        (_heel_raise(0, 0.5, True), _heel_raise(40, 0.5, True), _heel_raise(20, 0.5, True)),
        (WALL,),
        4.0,
    ),
    "heel-raise-single-bent": Figure(
        "Fingertips on a wall, on one leg with the knee bent, rising onto the toes.",
        (_heel_raise(0, 9, True), _heel_raise(40, 9, True), _heel_raise(20, 9, True)),
        (WALL,),
        4.0,
    ),
    "seated-soleus-raise": Figure(
        "Sitting with the knee bent at a right angle and a weight on the thigh, lifting the heel.",
        (_seated(0), _seated(35)),
        (CHAIR,),
        3.0,
    ),
    "eccentric-drop-straight": Figure(
        "On a step edge with straight knee, the heel lowers slowly below the step.",
        (_drop(35, 0), _drop(10, 0), _drop(-25, 0)),
        (STEP, WALL),
        5.0,
        key=2,
    ),
    "eccentric-drop-bent": Figure(
        "On a step edge with the knee bent, the heel lowers slowly below the step.",
        (_drop(35, 9), _drop(10, 9), _drop(-25, 9)),
        (STEP, WALL),
        5.0,
        key=2,
    ),
    "foot-short-foot": Figure(
        "Sitting with the foot flat; close-up: the arch lifts while the toes stay long and flat.",
        (_seated(0), _seated(0)),
        (CHAIR,),
        4.0,
        detail="short_foot",
    ),
    "foot-toe-spread": Figure(
        "Sitting with the foot flat; close-up from above: the toes spread apart and relax.",
        (_seated(0), _seated(0)),
        (CHAIR,),
        3.0,
        detail="toe_spread",
    ),
    "foot-toe-flexion": Figure(
        "Sitting with the foot flat; close-up: the toes press down and curl, then relax.",
        (_seated(0), _seated(0)),
        (CHAIR,),
        3.0,
        detail="toe_flex",
    ),
    "balance-single-leg": Figure(
        "Standing on one leg with the other foot lifted behind, arms slightly out for balance.",
        (
            Pose(112, None, 3, 0, Plant(114), Free(-5, 75, 20), Free(35, 10), Free(-30, 10)),
            Pose(113, None, 3, 2, Plant(114), Free(-5, 75, 20), Free(40, 10), Free(-25, 10)),
        ),
        (),
        3.0,
    ),
    "balance-unstable": Figure(
        "Standing on one leg on a soft cushion, arms out for balance.",
        (
            Pose(
                112,
                None,
                3,
                0,
                Plant(114, surface=GROUND - 6),
                Free(-5, 75, 20),
                Free(35, 10),
                Free(-30, 10),
            ),
            Pose(
                114,
                None,
                3,
                4,
                Plant(114, surface=GROUND - 6),
                Free(-5, 75, 20),
                Free(45, 10),
                Free(-20, 10),
            ),
        ),
        (("pad", 114.0, 26.0, 0.0),),
        2.0,
    ),
    "warmup-walk": Figure(
        "Walking briskly with the arms swinging.", (_walk(0), _walk(1)), (), 1.2, key=0
    ),
    "warmup-leg-swings": Figure(
        "One hand on a wall, the near leg swings forward and back from the hip.",
        (
            Pose(150, None, 1, 0, Plant(150), Free(-30, 10), Reach(196, 96), Free(-10, 20)),
            Pose(150, None, 1, 0, Plant(150), Free(45, 5), Reach(196, 96), Free(-10, 20)),
        ),
        (WALL,),
        2.0,
    ),
    "warmup-lunges": Figure(
        "A long step forward, both knees bending until the back knee nearly touches the floor.",
        (
            Pose(104, None, 1, 0, Plant(106), Plant(100)),
            Pose(
                110, 124, 0, 0, Plant(148), Plant(66, 50, contact="toe"), Free(5, 20), Free(-5, 20)
            ),
        ),
        (),
        3.0,
    ),
    "warmup-squats": Figure(
        "Feet flat, sitting the hips back and down with the arms reaching forward.",
        (
            Pose(112, None, 0.5, 0, Plant(114), Plant(108), Free(20, 10), Free(15, 10)),
            Pose(92, 122, 0, 35, Plant(114), Plant(108), Free(85, 0), Free(80, 0)),
        ),
        (),
        3.0,
    ),
    "plyo-pogo": Figure(
        "Small, quick bounces on the balls of both feet with nearly straight knees.",
        (
            _heel_raise(25, 2, False),
            Pose(
                112,
                None,
                0.5,
                0,
                Plant(114, 35, GROUND - 12, "toe"),
                Plant(108, 35, GROUND - 12, "toe"),
            ),
        ),
        (),
        0.8,
        key=0,
    ),
    "plyo-skipping": Figure(
        "Skipping: a springy hop with the other knee driving up and the arms swinging.",
        (_knee_drive(0, 80), _knee_drive(1, 80)),
        (),
        1.2,
        key=0,
    ),
    "cross-bike": Figure(
        "Riding an exercise bike, the feet turning the pedals.",
        tuple(_pedal(a) for a in (0, 90, 180, 270)),
        (("bike", 134.0, 148.0, 15.0),),
        2.0,
        key=0,
    ),
    "cross-pool-run": Figure(
        "Running in deep water without touching the bottom, upright with the knees driving.",
        (_knee_drive(0, 96), _knee_drive(1, 96)),
        (("water", 64.0, 0.0, 0.0),),
        1.6,
        key=0,
    ),
    "cross-swim": Figure(
        "Swimming front crawl, the arms reaching forward in turn and the legs kicking.",
        (_swim(0), _swim(1)),
        (("water", 86.0, 0.0, 0.0),),
        1.6,
        key=0,
    ),
    "cross-elliptical": Figure(
        "On a cross-trainer, the feet gliding on the pedals and the hands on the moving handles.",
        tuple(_elliptical(a) for a in (0, 90, 180, 270)),
        (),
        2.0,
        key=0,
    ),
}

__all__ = ["FIGURES", "GROUND", "Figure"]
