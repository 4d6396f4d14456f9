from datetime import UTC, datetime

import pytest

from runcare.training.fitwriter import SyntheticRun

START = datetime(2025, 3, 1, 7, 0, tzinfo=UTC)


@pytest.fixture
def run() -> SyntheticRun:
    return SyntheticRun(START, distance_m=5000, duration_s=1800, cadence_spm=170)
