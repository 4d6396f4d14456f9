"""The condition vocabulary (evidence.md §12): stable ids shared by rules, plans and lessons."""

from enum import StrEnum


class Condition(StrEnum):
    DEEP_VEIN_THROMBOSIS = "deep_vein_thrombosis"
    DEEP_VEIN_THROMBOSIS_WITH_SUSPECTED_PE = "deep_vein_thrombosis_with_suspected_pe"
    ACHILLES_TENDON_RUPTURE = "achilles_tendon_rupture"
    MEDIAL_GASTROCNEMIUS_STRAIN_TENNIS_LEG = "medial_gastrocnemius_strain_tennis_leg"
    CALF_MUSCLE_STRAIN_MILD = "calf_muscle_strain_mild"
    CALF_MUSCLE_STRAIN_MODERATE = "calf_muscle_strain_moderate"
    CALF_MUSCLE_STRAIN_SEVERE = "calf_muscle_strain_severe"
    SOLEUS_STRAIN_MILD = "soleus_strain_mild"
    CALF_MUSCLE_STRAIN_RECURRENT = "calf_muscle_strain_recurrent"
    ACUTE_COMPARTMENT_SYNDROME = "acute_compartment_syndrome"
    CHRONIC_EXERTIONAL_COMPARTMENT_SYNDROME = "chronic_exertional_compartment_syndrome"
    POPLITEAL_ARTERY_ENTRAPMENT_SYNDROME = "popliteal_artery_entrapment_syndrome"
    TIBIAL_STRESS_FRACTURE = "tibial_stress_fracture"
    FIBULAR_STRESS_FRACTURE = "fibular_stress_fracture"
    MEDIAL_TIBIAL_STRESS_SYNDROME = "medial_tibial_stress_syndrome"
    CELLULITIS = "cellulitis"
    CELLULITIS_WITH_SEPSIS = "cellulitis_with_sepsis"
    RUPTURED_BAKERS_CYST = "ruptured_bakers_cyst"
    LUMBAR_RADICULOPATHY_S1 = "lumbar_radiculopathy_s1"
    CAUDA_EQUINA_SYNDROME = "cauda_equina_syndrome"
    EXERCISE_ASSOCIATED_MUSCLE_CRAMP = "exercise_associated_muscle_cramp"
    EXERTIONAL_HEAT_ILLNESS_OR_HYPONATRAEMIA = "exertional_heat_illness_or_hyponatraemia"
    DOMS = "doms"
    EXERTIONAL_RHABDOMYOLYSIS = "exertional_rhabdomyolysis"
    ACHILLES_TENDINOPATHY_MIDPORTION = "achilles_tendinopathy_midportion"
    CALF_OVERUSE_LOAD_INTOLERANCE = "calf_overuse_load_intolerance"
    RESTRICTED_ANKLE_DORSIFLEXION = "restricted_ankle_dorsiflexion"
    CALF_CONTUSION = "calf_contusion"
    STATIN_ASSOCIATED_MUSCLE_SYMPTOMS = "statin_associated_muscle_symptoms"
    KNEE_MECHANICAL_LOCKING = "knee_mechanical_locking"


PROTECTED_CONDITIONS = frozenset(
    {
        Condition.DEEP_VEIN_THROMBOSIS,
        Condition.DEEP_VEIN_THROMBOSIS_WITH_SUSPECTED_PE,
        Condition.ACHILLES_TENDON_RUPTURE,
        Condition.CALF_MUSCLE_STRAIN_SEVERE,
        Condition.ACUTE_COMPARTMENT_SYNDROME,
        Condition.CHRONIC_EXERTIONAL_COMPARTMENT_SYNDROME,
        Condition.TIBIAL_STRESS_FRACTURE,
        Condition.FIBULAR_STRESS_FRACTURE,
        Condition.RUPTURED_BAKERS_CYST,
    }
)
"""While any of these is suspected: no stretching, massage or calf loading (R-DVT-6, §4.1)."""


_STRAIN_LOOKALIKES = (Condition.DEEP_VEIN_THROMBOSIS, Condition.ACHILLES_TENDON_RUPTURE)

DIFFERENTIALS: dict[Condition, tuple[Condition, ...]] = {
    Condition.DEEP_VEIN_THROMBOSIS: (
        Condition.RUPTURED_BAKERS_CYST,
        Condition.MEDIAL_GASTROCNEMIUS_STRAIN_TENNIS_LEG,
        Condition.CELLULITIS,
    ),
    Condition.MEDIAL_GASTROCNEMIUS_STRAIN_TENNIS_LEG: _STRAIN_LOOKALIKES,
    Condition.CALF_MUSCLE_STRAIN_MILD: _STRAIN_LOOKALIKES,
    Condition.CALF_MUSCLE_STRAIN_MODERATE: _STRAIN_LOOKALIKES,
    Condition.CALF_MUSCLE_STRAIN_SEVERE: (
        *_STRAIN_LOOKALIKES,
        Condition.ACUTE_COMPARTMENT_SYNDROME,
    ),
    Condition.CALF_MUSCLE_STRAIN_RECURRENT: _STRAIN_LOOKALIKES,
    Condition.SOLEUS_STRAIN_MILD: (Condition.DEEP_VEIN_THROMBOSIS,),
    Condition.RUPTURED_BAKERS_CYST: (Condition.DEEP_VEIN_THROMBOSIS,),
    Condition.CHRONIC_EXERTIONAL_COMPARTMENT_SYNDROME: (
        Condition.POPLITEAL_ARTERY_ENTRAPMENT_SYNDROME,
        Condition.TIBIAL_STRESS_FRACTURE,
    ),
    Condition.MEDIAL_TIBIAL_STRESS_SYNDROME: (Condition.TIBIAL_STRESS_FRACTURE,),
    Condition.EXERCISE_ASSOCIATED_MUSCLE_CRAMP: (
        Condition.EXERTIONAL_HEAT_ILLNESS_OR_HYPONATRAEMIA,
        Condition.STATIN_ASSOCIATED_MUSCLE_SYMPTOMS,
    ),
    Condition.DOMS: (Condition.EXERTIONAL_RHABDOMYOLYSIS,),
    Condition.CALF_CONTUSION: (Condition.ACUTE_COMPARTMENT_SYNDROME,),
    Condition.ACHILLES_TENDINOPATHY_MIDPORTION: (Condition.ACHILLES_TENDON_RUPTURE,),
    Condition.CALF_OVERUSE_LOAD_INTOLERANCE: (
        Condition.SOLEUS_STRAIN_MILD,
        Condition.CHRONIC_EXERTIONAL_COMPARTMENT_SYNDROME,
    ),
}
"""Look-alikes worth excluding for each likely condition (evidence.md §1.1)."""
