"""The JSON form of a plan, for the CLI, the API and storage."""

from dataclasses import asdict
from typing import Any

from runcare.clinical.plans.model import Plan


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    data = asdict(plan)
    data["condition"] = plan.condition.value
    data["stage"] = plan.stage.value
    data["stage_label"] = plan.stage.label
    data["start"] = plan.start.isoformat()
    data["review_on"] = plan.review_on.isoformat()
    for override in data["overrides"]:
        override["made_on"] = override["made_on"].isoformat()
    return data
