"""Random and mutated bytes never raise anything but ImportRejected (T-FZ2 in miniature)."""

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runcare.training.fitwriter import SyntheticRun, run_file
from runcare.training.parsing import ImportRejected, ParsedFile, parse_file

VALID = run_file(SyntheticRun(datetime(2025, 1, 1, tzinfo=UTC), 1000, 120))


def parse_or_reject(data: bytes) -> None:
    try:
        assert isinstance(parse_file(data), ParsedFile)
    except ImportRejected as exc:
        assert exc.message


@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    parse_or_reject(data)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)), max_size=8),
       st.integers(12, len(VALID)))  # fmt: skip
def test_mutated_fit(mutations: list[tuple[int, int]], cut: int) -> None:
    data = bytearray(VALID)
    for pos, value in mutations:
        data[pos] = value
    parse_or_reject(bytes(data[:cut]))


@given(st.text(max_size=300))
def test_random_xml_text(text: str) -> None:
    parse_or_reject(b'<?xml version="1.0"?><gpx>' + text.encode() + b"</gpx>")
