"""Turn an untrusted mapping (JSON, form answers) into :class:`Facts` or a precise error."""

from dataclasses import asdict, fields
from typing import Any

from runcare.clinical.fact_specs import FactsError, FactSpec
from runcare.clinical.facts import Facts

FACT_SPECS: dict[str, FactSpec] = {f.name: f.metadata["spec"] for f in fields(Facts)}
FACT_KEYS = frozenset(FACT_SPECS)


def parse_facts(data: object) -> Facts:
    """Validate every key; ``None`` stays ``None`` (unknown), anything doubtful is refused."""
    if not isinstance(data, dict):
        raise FactsError("facts", "must be a JSON object")
    unknown = sorted(str(key) for key in data if key not in FACT_KEYS)
    if unknown:
        raise FactsError(unknown[0], f"unknown key (unknown keys: {', '.join(unknown)})")
    values: dict[str, Any] = {}
    for key, raw in data.items():
        if raw is None:
            continue
        try:
            values[key] = FACT_SPECS[key].convert(raw)
        except ValueError as error:
            raise FactsError(key, str(error)) from None
    return Facts(**values)


def facts_to_dict(facts: Facts) -> dict[str, Any]:
    """The JSON-ready form of ``facts`` (lists instead of tuples), for storage and export."""
    data = asdict(facts)
    if facts.medications is not None:
        data["medications"] = list(facts.medications)
    return data
