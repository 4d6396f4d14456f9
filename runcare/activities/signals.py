"""Events other apps may act on, so running data need not know about plans.

``runs_imported(member, job)``: an import finished with new activities.
``run_pain_recorded(pain, by)``: pain on a run was saved; receivers may return a short,
member-readable note on what it changed (shown under the pain form).
"""

from django.dispatch import Signal

runs_imported = Signal()
run_pain_recorded = Signal()
