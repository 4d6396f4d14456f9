"""Strava and Garmin Connect exports, and plain ZIPs of activity files."""

import gzip
import io
import json
import zipfile
from dataclasses import replace

from runcare.training.fitwriter import SyntheticRun, run_file
from runcare.training.parsing import ImportRejected, ParsedFile
from runcare.training.parsing.archive import read_archive

NEW_HEADER = (
    "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,"
    "Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,"
    "Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance"
)
OLD_HEADER = "activity id,activity date,activity name,activity type,distance,filename"
GPX = (
    b'<?xml version="1.0"?><gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
    b'<trkpt lat="0.0" lon="0.0"><time>2025-03-02T07:00:00Z</time></trkpt>'
    b'<trkpt lat="0.01" lon="0.0"><time>2025-03-02T07:06:00Z</time></trkpt>'
    b"</trkseg></trk></gpx>"
)


def make_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_strava_export_current_schema(run: SyntheticRun) -> None:
    csv = (
        NEW_HEADER + "\n"
        '1,"Mar 1, 2025, 7:00:00 AM",Morning Run,Run,,1800,5.00,,,false,,Old shoes,'
        "activities/11.fit.gz,,,1800.0,1790.0,5000.0\n"
        '2,"Mar 2, 2025, 7:00:00 AM",Track,Run,,360,1.11,,,false,,,activities/12.gpx,,,,,\n'
        '3,"Mar 3, 2025, 7:00:00 AM",Treadmill,Run,,1200,3.00,,,false,,,,,,1200.0,1200.0,3000.0\n'
    )
    data = make_zip({
        "export/activities.csv": csv.encode(),
        "export/activities/11.fit.gz": gzip.compress(run_file(run)),
        "export/activities/12.gpx": GPX,
        "export/profile.csv": b"ignored",
    })  # fmt: skip
    entries = list(read_archive(data))
    assert [e.name for e in entries] == [
        "export/activities/11.fit.gz",
        "export/activities/12.gpx",
        "activities.csv#3",
    ]
    fit, gpx, manual = (e.result for e in entries)
    assert isinstance(fit, ParsedFile) and fit.activities[0].distance_m == 5000
    assert entries[0].meta.name == "Morning Run" and entries[0].meta.gear == "Old shoes"
    assert gpx.activities[0].sport == "running"  # from the CSV's type: GPX had none
    assert manual.activities[0].distance_m == 3000.0 and manual.activities[0].is_running


def test_strava_export_old_schema_lower_case(run: SyntheticRun) -> None:
    csv = OLD_HEADER + "\n7,2019-05-01 06:00:00,Easy,Run,4.2,activities/7.fit\n"
    data = make_zip({"activities.csv": csv.encode(), "activities/7.fit": run_file(run)})
    ((name, result, meta),) = list(read_archive(data))
    assert name == "activities/7.fit" and meta.activity_id == "7"
    assert result.activities[0].sport == "running"


def test_plain_zip_and_bad_member(run: SyntheticRun) -> None:
    data = make_zip({"a.fit": run_file(run), "b.gpx": b"<gpx><trk>", "notes.txt": b"x"})
    entries = {e.name: e.result for e in read_archive(data)}
    assert set(entries) == {"a.fit", "b.gpx"}
    assert isinstance(entries["b.gpx"], ImportRejected)


def garmin_export(runs: list[SyntheticRun], summaries: list[dict]) -> bytes:
    uploads = make_zip({f"u{i}.fit": run_file(r) for i, r in enumerate(runs)})
    summary = json.dumps([{"summarizedActivitiesExport": summaries}]).encode()
    return make_zip({
        "DI_CONNECT/DI-Connect-Fitness/me_0_summarizedActivities.json": summary,
        "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip": uploads,
    })  # fmt: skip


def test_garmin_export_nested_zip_and_summary_only(run: SyntheticRun) -> None:
    start_ms = int(run.start_utc.timestamp() * 1000)
    summaries = [
        {"activityId": 1, "name": "Easy run", "activityType": "running",
         "startTimeGmt": start_ms + 5000, "distance": 500000.0, "duration": 1800000.0},
        {"activityId": 2, "name": "Lost file", "activityType": "trail_running",
         "startTimeGmt": start_ms + 86_400_000, "distance": 800000.0, "duration": 3000000.0},
    ]  # fmt: skip
    entries = list(read_archive(garmin_export([run], summaries)))
    assert len(entries) == 2
    fit_entry, summary_entry = entries
    assert fit_entry.name.endswith("/u0.fit") and fit_entry.meta.name == "Easy run"
    (lost,) = summary_entry.result.activities
    assert (lost.sport, lost.sub_sport, lost.distance_m, lost.elapsed_s) == (
        "running", "trail", 8000.0, 3000.0,
    )  # fmt: skip


def test_garmin_nested_zip_too_deep(run: SyntheticRun) -> None:
    inner = make_zip({"deeper.zip": make_zip({"x.fit": run_file(run)})})
    data = make_zip({
        "DI_CONNECT/DI-Connect-Fitness/x_summarizedActivities.json": b"[]",
        "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_1.zip": inner,
    })  # fmt: skip
    assert list(read_archive(data)) == []  # nested-nested ZIP is never opened


def test_same_activity_and_hash(run: SyntheticRun) -> None:
    from datetime import timedelta

    from runcare.training.parsing.dedupe import content_hash, same_activity
    from runcare.training.parsing.files import parse_file

    (a,) = parse_file(run_file(run)).activities
    b = replace(a, start_time_utc=a.start_time_utc + timedelta(seconds=90), distance_m=5100)
    c = replace(a, distance_m=6000)
    assert same_activity(a, b) and not same_activity(a, c)
    assert len(content_hash(b"x")) == 64
