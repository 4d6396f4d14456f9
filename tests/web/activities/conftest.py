"""Fixtures for the running-data tests: generated watch files and exports, imports run inline."""

from __future__ import annotations

import gzip
import io
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from runcare.activities.demo import strava_export_zip
from runcare.training.fitwriter import SyntheticRun, run_file

START = datetime(2025, 3, 3, 7, 0, tzinfo=UTC)
XXE_GPX = (
    b'<?xml version="1.0"?>\n<!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    b'<gpx version="1.1"><trk><name>&x;</name><trkseg>'
    b'<trkpt lat="0" lon="0"><time>2025-03-01T07:00:00Z</time></trkpt></trkseg></trk></gpx>'
)


def runs(n: int, start: datetime = START, km: float = 5.0) -> list[SyntheticRun]:
    return [
        SyntheticRun(start + timedelta(days=2 * i), km * 1000 + 100 * i, int(km * 330),
                     cadence_spm=166, interval_s=5)
        for i in range(n)
    ]  # fmt: skip


def zip_of(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def gz(data: bytes) -> bytes:
    return gzip.compress(data)


def upload(data: bytes, name: str = "run.fit") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


@pytest.fixture
def import_file(django_capture_on_commit_callbacks: Any) -> Callable[..., Any]:
    """Start an import the way the pages do and run its task (immediate backend in tests)."""
    from runcare.activities.actions import start_import
    from runcare.activities.models import ImportJob

    def run(member: Any, data: bytes, name: str = "run.fit") -> ImportJob:
        with django_capture_on_commit_callbacks(execute=True):
            job = start_import(member=member, upload=upload(data, name), by=member)
        job.refresh_from_db()
        return job

    return run


@pytest.fixture
def export() -> Callable[..., bytes]:
    return strava_export_zip


@pytest.fixture
def fit() -> Callable[..., bytes]:
    return run_file
