"""Condition templates: which exercises each family of problems uses at each stage."""

from dataclasses import dataclass

from runcare.clinical.conditions import Condition
from runcare.clinical.plans.model import Stage

S = Stage

_STRAIN_STRENGTH = {
    S.P0: ("ankle_pumps",),
    S.P1: (
        "isometric_plantarflexion_straight_knee",
        "isometric_plantarflexion_bent_knee",
        "double_leg_heel_raise_straight_knee",
        "double_leg_heel_raise_bent_knee",
    ),
    S.P2: (
        "single_leg_heel_raise_straight_knee",
        "single_leg_heel_raise_bent_knee",
        "seated_soleus_raise",
        "single_leg_balance",
    ),
    S.P3: (
        "single_leg_heel_raise_straight_knee",
        "single_leg_heel_raise_bent_knee",
        "seated_soleus_raise",
        "single_leg_balance_unstable",
    ),
    S.P4: (
        "single_leg_heel_raise_straight_knee",
        "single_leg_heel_raise_bent_knee",
        "seated_soleus_raise",
        "pogo_hops",
        "skipping",
    ),
}
_TENDON_STRENGTH = {
    S.P0: ("isometric_plantarflexion_straight_knee", "isometric_plantarflexion_bent_knee"),
    S.P1: (
        "isometric_plantarflexion_straight_knee",
        "isometric_plantarflexion_bent_knee",
        "double_leg_heel_raise_straight_knee",
        "double_leg_heel_raise_bent_knee",
    ),
    S.P2: ("alfredson_heel_drop_straight_knee", "alfredson_heel_drop_bent_knee"),
    S.P3: (
        "alfredson_heel_drop_straight_knee",
        "alfredson_heel_drop_bent_knee",
        "single_leg_balance",
    ),
    S.P4: ("alfredson_heel_drop_straight_knee", "alfredson_heel_drop_bent_knee", "pogo_hops"),
}
_MTSS_STRENGTH = {
    S.P0: ("ankle_pumps",),
    S.P1: _STRAIN_STRENGTH[S.P1],
    S.P2: _STRAIN_STRENGTH[S.P2],
    S.P3: _STRAIN_STRENGTH[S.P3],
    S.P4: _STRAIN_STRENGTH[S.P3],
}
"""Calf and soleus strength without hops or skips: impact comes back through graded running
only (the library also never offers plyometrics for shin splints)."""
_DORSIFLEXION_STRENGTH = {
    S.P0: ("ankle_pumps", "knee_to_wall_mobility"),
    **{stage: ("knee_to_wall_mobility", *_STRAIN_STRENGTH[stage]) for stage in list(S)[1:]},
}
_STRETCHES = ("standing_calf_stretch", "standing_soleus_stretch", "knee_to_wall_stretch")
_FOOT_CORE = ("short_foot", "toe_spread", "toe_flexion", "single_leg_balance")
_CROSS = ("stationary_bike", "pool_running", "swimming")


@dataclass(frozen=True)
class Template:
    name: str
    strength: dict[Stage, tuple[str, ...]]
    stretches: tuple[str, ...]
    foot_core: tuple[str, ...]
    cross_training: tuple[str, ...]
    evidence: tuple[str, ...]
    note: str


STRAIN = Template(
    "calf_strain",
    _STRAIN_STRENGTH,
    _STRETCHES,
    (),
    _CROSS,
    ("S21", "S26", "S28"),
    "Graded loading of the torn muscle: holds, then two legs, then one leg, then springiness.",
)
SOLEUS = Template(
    "soleus_strain",
    _STRAIN_STRENGTH,
    _STRETCHES[1:],
    (),
    _CROSS,
    ("S25", "S28"),
    "Bent-knee work for the deep calf; soleus injuries usually take a little longer.",
)
TENDON = Template(
    "achilles_tendinopathy",
    _TENDON_STRENGTH,
    _STRETCHES,
    (),
    _CROSS,
    ("S37", "S40"),
    "Heavy, slow tendon loading (eccentric heel drops) guided by the pain-monitoring model.",
)
OVERUSE = Template(
    "load_intolerance",
    _STRAIN_STRENGTH,
    _STRETCHES,
    _FOOT_CORE,
    _CROSS,
    ("S52", "S38"),
    "Rebuild calf capacity and bring running load back in steps the calf can absorb.",
)
DOMS = Template(
    "doms",
    dict.fromkeys(Stage, ("ankle_pumps",)),
    (),
    (),
    ("stationary_bike", "swimming"),
    ("S19", "S27"),
    "Soreness after unfamiliar exercise settles by itself; easy movement helps it pass.",
)
CRAMP = Template(
    "cramps",
    _STRAIN_STRENGTH,
    _STRETCHES[:2],
    (),
    (),
    ("S18",),
    "A gentle static stretch eases a cramp; a stronger calf tires, and cramps, later.",
)
PREVENTION = Template(
    "prevention",
    _STRAIN_STRENGTH,
    _STRETCHES,
    _FOOT_CORE,
    ("stationary_bike", "swimming"),
    ("S38", "S39", "S1"),
    "Prevention: an 8-week foot-core block plus calf strength and the three stretches.",
)
MTSS = Template(
    "medial_tibial_stress_syndrome",
    _MTSS_STRENGTH,
    _STRETCHES,
    _FOOT_CORE,
    ("pool_running", "stationary_bike", "swimming"),
    ("S50", "S52", "S38", "S27", "CK"),
    "Shin splints: less running and no jumping for now, pool running or cycling instead, a "
    "stronger calf and foot, then a slow return to running on even ground.",
)
DORSIFLEXION = Template(
    "restricted_dorsiflexion",
    _DORSIFLEXION_STRENGTH,
    ("knee_to_wall_stretch", "standing_soleus_stretch", "standing_calf_stretch"),
    (),
    _CROSS,
    ("S30", "S31", "S1", "CK"),
    "A stiff ankle: daily knee-to-wall work and soleus stretches to regain the bend, with calf "
    "strength alongside.",
)

OVERUSE_TEMPLATES = frozenset(
    {
        "achilles_tendinopathy",
        "load_intolerance",
        "doms",
        "medial_tibial_stress_syndrome",
        "restricted_dorsiflexion",
    }
)
"""Templates that follow the pain-monitoring model (S40) rather than strict strain rules."""

_BY_CONDITION = {
    Condition.CALF_MUSCLE_STRAIN_MILD: STRAIN,
    Condition.CALF_MUSCLE_STRAIN_MODERATE: STRAIN,
    Condition.CALF_MUSCLE_STRAIN_RECURRENT: STRAIN,
    Condition.MEDIAL_GASTROCNEMIUS_STRAIN_TENNIS_LEG: STRAIN,
    Condition.CALF_CONTUSION: STRAIN,
    Condition.SOLEUS_STRAIN_MILD: SOLEUS,
    Condition.ACHILLES_TENDINOPATHY_MIDPORTION: TENDON,
    Condition.DOMS: DOMS,
    Condition.EXERCISE_ASSOCIATED_MUSCLE_CRAMP: CRAMP,
    Condition.MEDIAL_TIBIAL_STRESS_SYNDROME: MTSS,
    Condition.RESTRICTED_ANKLE_DORSIFLEXION: DORSIFLEXION,
}

TEMPLATES_BY_NAME: dict[str, Template] = {
    t.name: t
    for t in (STRAIN, SOLEUS, TENDON, OVERUSE, DOMS, CRAMP, PREVENTION, MTSS, DORSIFLEXION)
}
"""Every template by the name a stored plan records, for rebuilding a plan at another stage."""


def template_for(condition: Condition, pain_free: bool) -> Template:
    """Pain-free members get prevention; otherwise the condition's family, else overuse."""
    if pain_free:
        return PREVENTION
    return _BY_CONDITION.get(condition, OVERUSE)
