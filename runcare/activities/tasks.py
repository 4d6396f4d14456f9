"""Background work: imports run off the request path (REQ-U3) on the Tasks framework."""

from django_tasks import task

from runcare.activities.actions import run_import


@task()
def import_activities(job_id: int) -> int:
    """Returns the number of activities imported, for the task result."""
    return run_import(job_id).imported
