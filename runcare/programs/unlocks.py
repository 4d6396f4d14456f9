"""What opens the next stage, in the member's words, from the clinical core's thresholds."""

from __future__ import annotations

from django.utils.translation import gettext as _

from runcare.clinical.plans.model import Stage
from runcare.clinical.plans.staging import (
    EARLY_LOAD_PAIN,
    OVERUSE_PAIN,
    RUN_READY_LSI,
    RUN_READY_REPS,
    STRENGTH_REPS,
)
from runcare.clinical.return_to_run import WALK_RUN_TABLE

UNLOCK_EVIDENCE = ("S28", "S40")


def next_stage_criteria(stage: str) -> str:
    """Criteria, not days, move a member on; each must hold on two separate days (PR-STAGE-1)."""
    current = Stage(stage)
    if current is Stage.P4:
        return _("This is the last stage: keep your runs within 10% of your longest recent run.")
    texts = {
        Stage.P0: _(
            "Walking pain of %(acute)s/10 or less (%(overuse)s/10 for tendon or overuse pain) "
            "and no limp."
        )
        % {"acute": EARLY_LOAD_PAIN, "overuse": OVERUSE_PAIN},
        Stage.P1: _("%(reps)s single-leg heel raises on the sore leg without pain above 2/10.")
        % {"reps": STRENGTH_REPS},
        Stage.P2: _(
            "%(reps)s or more single-leg heel raises on the sore leg, reaching at least "
            "%(lsi)s%% of the other leg."
        )
        % {"reps": RUN_READY_REPS, "lsi": f"{RUN_READY_LSI:g}"},
        Stage.P3: _(
            "Walk/run stage %(last)s (%(note)s) without pain above 2/10 during or next morning."
        )
        % {"last": WALK_RUN_TABLE[-1].number, "note": WALK_RUN_TABLE[-1].note},
    }
    nxt = current.step(1)
    return _("%(criteria)s Met on two separate days, this opens %(stage)s (%(label)s).") % {
        "criteria": texts[current], "stage": nxt.value, "label": nxt.label,
    }  # fmt: skip
