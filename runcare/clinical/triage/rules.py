"""The shape of a triage rule and of what it reports.

A rule is a typed function over :class:`Facts` returning a three-valued answer, wrapped with
its stable id, level, condition, evidence and the facts it reads. "Cannot tell" fires the rule
at its full level (nothing unanswered may reassure) and names the unanswered questions.
"""

from collections.abc import Callable
from dataclasses import dataclass

from runcare.clinical.conditions import Condition
from runcare.clinical.evidence import check_evidence
from runcare.clinical.facts import Facts
from runcare.clinical.levels import TriageLevel
from runcare.clinical.tristate import Tri

Check = Callable[[Facts], Tri]


@dataclass(frozen=True)
class Finding:
    rule_id: str
    level: TriageLevel
    message: str
    evidence: tuple[str, ...]
    condition: Condition | None
    unanswered: tuple[str, ...] = ()

    @property
    def certain(self) -> bool:
        """True when the answers given confirm the rule; False when it fired on unknowns."""
        return not self.unanswered


@dataclass(frozen=True)
class Rule:
    rule_id: str
    level: TriageLevel
    condition: Condition | None
    evidence: tuple[str, ...]
    message: str
    inputs: tuple[str, ...]
    check: Check
    fires_when_unknown: bool = True

    def __call__(self, facts: Facts) -> Finding | None:
        outcome = self.check(facts)
        if outcome is False or (outcome is None and not self.fires_when_unknown):
            return None
        unanswered = () if outcome else self.unanswered_inputs(facts)
        message = self.message
        if unanswered:
            message = f"Not ruled out, unanswered: {', '.join(unanswered)}. {message}"
        return Finding(self.rule_id, self.level, message, self.evidence, self.condition, unanswered)

    def unanswered_inputs(self, facts: Facts) -> tuple[str, ...]:
        return tuple(key for key in self.inputs if getattr(facts, key) is None)


def rule(
    rule_id: str,
    *,
    level: TriageLevel,
    condition: Condition | None,
    evidence: tuple[str, ...],
    inputs: tuple[str, ...],
    message: str,
    fires_when_unknown: bool = True,
) -> Callable[[Check], Rule]:
    """Declare a rule; evidence ids and input keys are checked when the module loads."""
    check_evidence(evidence)
    unknown = [key for key in inputs if key not in Facts.__dataclass_fields__]
    if unknown:
        raise ValueError(f"{rule_id}: unknown fact keys {unknown}")

    def wrap(check: Check) -> Rule:
        return Rule(rule_id, level, condition, evidence, message, inputs, check, fires_when_unknown)

    return wrap
