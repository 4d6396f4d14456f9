"""FIT decoding on files our own writer generates."""

import struct
import time
from dataclasses import replace

import pytest

from runcare.training.fitwriter import (
    FILE_ID,
    FitWriter,
    SyntheticRun,
    multisport_file,
    run_file,
    run_writer,
)
from runcare.training.parsing import ImportRejected, parse_file
from runcare.training.parsing.fit_crc import crc16, crc16_byte


def test_run_values(run: SyntheticRun) -> None:
    parsed = parse_file(run_file(run))
    (a,) = parsed.activities
    assert (parsed.format, parsed.partial, parsed.warnings) == ("fit", False, ())
    assert a.sport == "running" and a.is_running
    assert a.start_time_utc == run.start_utc
    assert (a.distance_m, a.distance_source) == (5000.0, "device")
    assert (a.elapsed_s, a.timer_s, a.n_records) == (1800.0, 1800.0, 1801)
    assert a.avg_cadence_spm == pytest.approx(170.0)
    assert a.avg_heart_rate_bpm == 150 and a.elevation_gain_m == 20
    assert a.avg_stride_length_m == pytest.approx(5000 / (30 * 170), abs=0.01)
    assert 0 < len(a.streams) <= 500
    assert a.streams.time_s[0] == 0 and a.streams.cadence_spm[0] == pytest.approx(170.0)


@pytest.mark.parametrize("option", ["compressed_timestamps", "developer_fields"])
def test_compressed_timestamps_and_developer_fields(run: SyntheticRun, option: str) -> None:
    (a,) = parse_file(run_file(run, **{option: True})).activities
    assert a.n_records == 1801 and a.streams.time_s[-1] == 1800
    assert a.avg_heart_rate_bpm == 150


def test_multisport_split_by_session(run: SyntheticRun) -> None:
    ride = replace(run, start_utc=run.start_utc.replace(hour=8), sport="cycling", cadence_spm=90)
    acts = parse_file(multisport_file([run, ride])).activities
    assert [(a.sport, a.n_records) for a in acts] == [("running", 1801), ("cycling", 1801)]
    assert acts[1].avg_cadence_spm is None  # pedal rpm are not steps


def test_chained_files(run: SyntheticRun) -> None:
    later = replace(run, start_utc=run.start_utc.replace(hour=9))
    parsed = parse_file(run_file(run) + run_file(later))
    assert [a.start_time_utc.hour for a in parsed.activities] == [7, 9]


def test_truncated_file_keeps_what_decoded(run: SyntheticRun) -> None:
    data = run_file(run)
    parsed = parse_file(data[: len(data) // 2])
    assert parsed.partial and "ends early" in parsed.warnings[0]
    (a,) = parsed.activities
    assert 0 < a.n_records < 1801 and a.start_time_utc == run.start_utc


def test_crc_mismatch_rejected(run: SyntheticRun) -> None:
    with pytest.raises(ImportRejected, match="checksum"):
        parse_file(run_writer([run]).to_bytes(bad_crc=True))


def test_crc_mismatch_in_second_chained_file_drops_it(run: SyntheticRun) -> None:
    parsed = parse_file(run_file(run) + run_writer([run]).to_bytes(bad_crc=True))
    assert parsed.partial and len(parsed.activities) == 1


def test_device_relative_timestamps_rejected(run: SyntheticRun) -> None:
    from datetime import UTC, datetime

    relative = replace(run, start_utc=datetime(1990, 1, 2, tzinfo=UTC))
    with pytest.raises(ImportRejected, match="switched on"):
        parse_file(run_file(relative))


def test_non_activity_file_is_skipped_with_reason(run: SyntheticRun) -> None:
    parsed = parse_file(run_writer([run], file_type=6).to_bytes())
    assert parsed.activities == () and "course" in parsed.skip_reason


def test_chained_empty_headers_do_not_recurse() -> None:
    empty = FitWriter().to_bytes()
    bomb = empty * 5000
    assert len(bomb) < 100_000
    t0 = time.perf_counter()
    with pytest.raises(ImportRejected, match="no activity"):
        parse_file(bomb)
    assert time.perf_counter() - t0 < 2


def test_huge_declared_data_size_is_partial_not_a_hang(run: SyntheticRun) -> None:
    data = run_writer([run]).to_bytes(data_size=0xFFFFFFF0)
    parsed = parse_file(data)
    assert parsed.partial and parsed.activities[0].n_records == 1801


def test_undefined_local_message_stops_reading(run: SyntheticRun) -> None:
    w = run_writer([run])
    w.body += bytes([0x0B]) + b"\x00" * 8
    parsed = parse_file(w.to_bytes())
    assert parsed.partial and any("undefined" in m for m in parsed.warnings)


def test_big_endian_definitions(run: SyntheticRun) -> None:
    w = FitWriter(big_endian=True)
    w.define(0, 0, FILE_ID)
    w.data(0, (4, 1, 1, 1, 1_000_000_000))
    with pytest.raises(ImportRejected, match="no activity"):
        parse_file(w.to_bytes())  # file_id only: decoded, but nothing to import


def test_crc_matches_reference_byte_loop() -> None:
    data = bytes(range(256)) * 3 + b"x"
    expected = 0
    for b in data:
        expected = crc16_byte(expected, b)
    assert crc16(data) == expected
    assert crc16(data + struct.pack("<H", expected)) == 0
