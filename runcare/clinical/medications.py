"""Recognise drug classes in free-typed medication names (brand or generic, any case).

Only classes that change a clinical decision are listed: statins and fluoroquinolones (muscle
and tendon effects), corticosteroids (tendon), anticoagulants and antiplatelets (bleeding,
NSAID screen), diuretics (cramps, NSAID kidney risk), SSRIs/SNRIs (NSAID bleeding risk).
"""

from collections.abc import Iterable

DRUG_CLASSES: dict[str, frozenset[str]] = {
    "statin": frozenset(
        {
            "statin",
            "atorvastatin",
            "simvastatin",
            "rosuvastatin",
            "pravastatin",
            "fluvastatin",
            "lovastatin",
            "pitavastatin",
            "lipitor",
            "crestor",
            "zocor",
        }
    ),
    "fluoroquinolone": frozenset(
        {"ciprofloxacin", "levofloxacin", "moxifloxacin", "ofloxacin", "norfloxacin", "cipro"}
    ),
    "corticosteroid": frozenset(
        {
            "prednisone",
            "prednisolone",
            "dexamethasone",
            "hydrocortisone",
            "methylprednisolone",
            "cortisone",
            "budesonide",
        }
    ),
    "anticoagulant": frozenset(
        {
            "warfarin",
            "apixaban",
            "rivaroxaban",
            "dabigatran",
            "edoxaban",
            "heparin",
            "enoxaparin",
            "eliquis",
            "xarelto",
            "pradaxa",
            "coumadin",
            "blood thinner",
        }
    ),
    "antiplatelet": frozenset({"clopidogrel", "aspirin", "ticagrelor", "prasugrel", "plavix"}),
    "diuretic": frozenset(
        {
            "furosemide",
            "hydrochlorothiazide",
            "bendroflumethiazide",
            "indapamide",
            "chlorthalidone",
            "spironolactone",
            "bumetanide",
            "diuretic",
            "water pill",
        }
    ),
    "ssri_snri": frozenset(
        {
            "sertraline",
            "fluoxetine",
            "citalopram",
            "escitalopram",
            "paroxetine",
            "venlafaxine",
            "duloxetine",
        }
    ),
}


def drug_classes(names: Iterable[str]) -> frozenset[str]:
    """The classes any of ``names`` belongs to; matching is by contained word, case-blind."""
    found: set[str] = set()
    for name in names:
        lowered = name.lower()
        for drug_class, members in DRUG_CLASSES.items():
            if any(member in lowered for member in members):
                found.add(drug_class)
    return frozenset(found)


def takes_class(names: tuple[str, ...] | None, drug_class: str) -> bool | None:
    """Three-valued: ``None`` when the medication question was not answered."""
    if names is None:
        return None
    return drug_class in drug_classes(names)
