"""What an organisation admin may see: aggregates only, never a member row.

Counts of 1 to 10 are suppressed (CMS cell-size policy, security.md §1.3): a cohort under 11 gets
no report at all, and a count shown next to a suppressed one is hidden too when the pair would
let the small one be recomputed from the total."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from runcare.accounts.models import User
from runcare.organisations.models import Organisation

MIN_CELL = 11


def organisations_for_admin(user: User) -> QuerySet[Organisation]:
    if not user.is_authenticated or user.role != "org_admin":
        return Organisation.objects.none()
    return Organisation.objects.filter(admins__user=user)


@dataclass(frozen=True)
class Cell:
    value: int | None  # None = suppressed

    @property
    def shown(self) -> str:
        return "fewer than 11" if self.value is None else str(self.value)


def suppress(value: int) -> Cell:
    return Cell(value if value == 0 or value >= MIN_CELL else None)


@dataclass(frozen=True)
class OrgSummary:
    organisation: Organisation
    reportable: bool
    enrolled: Cell
    active: Cell
    ended: Cell


def org_summary(organisation: Organisation) -> OrgSummary:
    enrolled = organisation.enrollments.count()
    active = organisation.enrollments.filter(ended_at__isnull=True).count()
    ended = enrolled - active
    active_cell, ended_cell = suppress(active), suppress(ended)
    if (active_cell.value is None) != (ended_cell.value is None):
        # complementary suppression: with the total shown, one hidden part reveals the other
        active_cell = ended_cell = Cell(None)
    return OrgSummary(
        organisation, enrolled >= MIN_CELL, suppress(enrolled), active_cell, ended_cell
    )
