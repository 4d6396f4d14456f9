"""Our decoder against what reference libraries extract from real files (optional data).

The files live outside the project (``../shared/data/activities``). CI has them; a laptop may
not, in which case the module is skipped with a visible reason, unless
``RUNCARE_REQUIRE_SHARED_DATA=1`` demands them. Coordinates are never printed.
"""

import json
import os
from pathlib import Path

import pytest

from runcare.training.parsing import ImportRejected, parse_file

#: ``shared/`` sits beside the repository checkout (on laptops, developers' machines and CI).
DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "activities"
if not (DATA / "expected.json").is_file():
    if os.environ.get("RUNCARE_REQUIRE_SHARED_DATA") == "1":
        pytest.fail(f"shared activity data required but missing at {DATA}", pytrace=False)
    pytest.skip(f"shared activity data not found at {DATA}", allow_module_level=True)

EXPECTED = json.loads((DATA / "expected.json").read_text())["files"]
FIT_FILES = sorted(k for k, v in EXPECTED.items() if v.get("kind") == "fit")

#: Device-relative timestamps: we reject instead of inventing a 1990 date.
REJECTED = {"fit/fitparse__antfs-dump.63.fit", "fit/fitparse__compressed-speed-distance.fit"}
#: Second chained file has a bad CRC: we keep only the verified first file (documented policy).
CRC_DROPPED = {"fit/fitparse__activity-activity-filecrc.fit": (1, 14)}
PARTIAL = {
    "fit/fitparse__activity-activity-filecrc.fit",
    "fit/fitparse__activity-settings-corruptheader.fit",
    "fit/fitparse__activity-settings-nodata.fit",
    "fit/fitparse__activity-unexpected-eof.fit",
    "fit/fitparse__nick.fit",
    "fit/fitparse__strava-android-app-201.10-b1218918.fit",
}


def reference(key: str) -> dict:
    return EXPECTED[key]["libraries"]["fitdecode"]["values"]


def _iso(dt) -> str | None:
    return None if dt is None else dt.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.mark.parametrize("key", FIT_FILES)
def test_fit_file_matches_reference(key: str) -> None:
    data = (DATA / key).read_bytes()
    if key in REJECTED:
        with pytest.raises(ImportRejected, match="switched on"):
            parse_file(data)
        return
    ref, parsed = reference(key), parse_file(data)
    assert parsed.partial == (key in PARTIAL), parsed.warnings
    if ref["file_type"] != "activity":
        assert (
            parsed.activities == ()
            and parsed.skip_reason
            and ref["file_type"] in parsed.skip_reason
        )
        return
    acts = parsed.activities
    n_sessions, n_records = CRC_DROPPED.get(key, (ref["n_sessions"] or 1, ref["n_records"]))
    assert len(acts) == n_sessions
    assert sum(a.n_records for a in acts) == n_records
    assert _iso(acts[0].start_time_utc) == ref["start_time_utc"]
    if key in CRC_DROPPED or not ref["n_sessions"]:
        return
    sports = ref["sport"].removeprefix("multisport:").split(",")
    assert [a.sport for a in acts] == sports
    assert sum(a.elapsed_s for a in acts) == pytest.approx(ref["total_elapsed_time_s"], abs=0.01)
    _check_totals(ref, acts)


def _check_totals(ref: dict, acts) -> None:
    if ref["total_timer_time_s"] is None:
        assert acts[0].timer_s is None
    else:
        assert sum(a.timer_s for a in acts) == pytest.approx(ref["total_timer_time_s"], abs=0.01)
    if ref["total_distance_m"] is not None:
        assert sum(a.distance_m for a in acts) == pytest.approx(ref["total_distance_m"], abs=0.01)
    if len(acts) == 1:
        a = acts[0]
        if ref["avg_cadence_spm"] is not None:
            assert a.avg_cadence_spm == pytest.approx(ref["avg_cadence_spm"], abs=0.01)
        expected_hr = ref["avg_heart_rate_session"] or ref["avg_heart_rate_records"]
        if expected_hr is None:
            assert a.avg_heart_rate_bpm is None
        else:
            assert a.avg_heart_rate_bpm == pytest.approx(expected_hr, abs=0.01)


@pytest.mark.parametrize(
    "key", sorted(k for k, v in EXPECTED.items() if v.get("kind") in ("gpx", "tcx"))
)
def test_xml_file_matches_reference(key: str) -> None:
    libs = EXPECTED[key]["libraries"]
    ref = libs["reference_elementtree"]["values"]
    ref = ref["activities"][0] if "activities" in ref else ref
    parsed = parse_file((DATA / key).read_bytes())
    if ref["start_time_utc"] is None:
        assert parsed.activities == () and parsed.skip_reason
        return
    (act,) = parsed.activities
    assert _iso(act.start_time_utc) == ref["start_time_utc"]
    assert act.elapsed_s == pytest.approx(ref["duration_s"])
    assert act.n_records == ref["n_points"]
    expected_distance = ref.get("sum_lap_distance_m") or ref["distance_2d_haversine_m"]
    assert act.distance_m == pytest.approx(expected_distance, abs=0.01)
    if ref["avg_heart_rate"] is not None:
        assert act.avg_heart_rate_bpm == pytest.approx(ref["avg_heart_rate"], abs=0.01)
