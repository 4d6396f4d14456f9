"""``runcare activities import``: the web's import action, with a progress bar in the terminal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from django.core.files import File

from runcare.accounts.models import Role, User
from runcare.activities.actions import run_import, start_import
from runcare.activities.models import ImportJob, JobState
from runcare.activities.uploads import UploadTooLarge

BAR_WIDTH = 30


class CommandError(Exception):
    """Ends the command with exit code 2 and this message."""


def bar(job: ImportJob) -> str:
    done = round(job.progress * BAR_WIDTH)
    total = max(job.total_estimate, job.processed)
    filled = "#" * done + "." * (BAR_WIDTH - done)
    return f"\r[{filled}] {job.percent:3d} %  {job.processed}/{total} files"


def summary_lines(job: ImportJob) -> list[str]:
    lines = [
        f"Imported {job.imported}, duplicates {job.duplicates}, skipped {job.skipped}, "
        f"failed {job.failed}."
    ]
    lines += [f"  {n['outcome']:8} {n['file']}: {n['reason']}" for n in job.notes]
    return lines


def import_path(path: Path, email: str, echo: Callable[[str], None]) -> ImportJob:
    member = User.objects.filter(email__iexact=email, role=Role.MEMBER).first()
    if member is None:
        raise CommandError(f"No member with the e-mail address {email}.")
    try:
        fh = path.open("rb")
    except OSError:
        raise CommandError(f"Cannot open {path}.") from None
    with fh:
        try:
            job = start_import(member=member, upload=File(fh, name=path.name), by=None,
                               enqueue=False)  # fmt: skip
        except UploadTooLarge as exc:
            raise CommandError(exc.message) from None
    job = run_import(job.pk, progress=lambda j: echo(bar(j)))
    echo("\n" + "\n".join(summary_lines(job)) + "\n")
    if job.state == JobState.FAILED:
        raise CommandError(job.message or "The file could not be read.")
    return job
