"""Hypothesis strategies producing valid intake fact dictionaries."""

from typing import Any

from hypothesis import strategies as st

from runcare.clinical.fact_parsing import FACT_SPECS
from runcare.clinical.facts import MECHANISMS, REGIONS, SEXES, SIDES

_CHOICES = {
    "sex": SEXES,
    "side": SIDES,
    "location": REGIONS,
    "onset": ("sudden", "gradual"),
    "mechanism": MECHANISMS,
}
_INT_RANGES = {"age": (10, 100), "pain_0_10": (0, 10), "pain_at_rest_0_10": (0, 10)}


def _value(key: str) -> st.SearchStrategy[Any]:
    kind = FACT_SPECS[key].kind
    if kind == "boolean":
        return st.booleans()
    if kind == "choice":
        return st.sampled_from(_CHOICES[key])
    if kind == "integer":
        low, high = _INT_RANGES.get(key, (0, 60))
        return st.integers(low, high)
    if kind == "number":
        low = -50.0 if key.endswith("_pct") else 0.0
        return st.floats(low, 150.0, allow_nan=False)
    if kind == "text_list":
        return st.lists(st.sampled_from(["atorvastatin", "ibuprofen", "ciprofloxacin", "none"]))
    return st.text(max_size=20)


def facts_dicts(min_keys: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    """Any subset of keys with valid values, unanswered keys absent or null."""
    entries = {key: st.one_of(st.none(), _value(key)) for key in FACT_SPECS}
    return st.fixed_dictionaries({}, optional=entries).filter(lambda d: len(d) >= min_keys)


def mostly_complete(base: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """The benign intake with a random handful of answers changed to other valid values."""
    keys = sorted(FACT_SPECS)
    return st.lists(st.sampled_from(keys), max_size=6, unique=True).flatmap(
        lambda chosen: st.fixed_dictionaries({k: _value(k) for k in chosen}).map(
            lambda changes: {**base, **changes}
        )
    )
