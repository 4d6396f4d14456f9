"""security.md T-UP1: every hostile input -> ImportRejected with a clear message, quickly."""

import gzip
import io
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from runcare.training.fitwriter import SyntheticRun, run_file
from runcare.training.parsing import ImportLimits, ImportRejected, parse_file
from runcare.training.parsing.archive import read_archive

GPX_HEAD = b'<?xml version="1.0"?>\n'
LAUGHS = (
    GPX_HEAD
    + b"""<!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>
<gpx><trk><name>&e;</name></trk></gpx>"""
)


def rejected(data: bytes, match: str) -> None:
    t0 = time.perf_counter()
    with pytest.raises(ImportRejected, match=match) as info:
        parse_file(data)
    assert time.perf_counter() - t0 < 2
    assert b"canary" not in str(info.value).encode()


def test_billion_laughs() -> None:
    rejected(LAUGHS, "document type declaration or entities")


def test_xxe_never_reads_the_canary(tmp_path: Path) -> None:
    canary = tmp_path / "canary.txt"
    canary.write_text("canary-secret")
    xxe = (
        GPX_HEAD
        + (
            f'<!DOCTYPE gpx [<!ENTITY x SYSTEM "file://{canary}">]><gpx><trk><name>&x;</name>'
            "</trk></gpx>"
        ).encode()
    )
    rejected(xxe, "document type")
    param = (
        GPX_HEAD + (f'<!DOCTYPE gpx [<!ENTITY % p SYSTEM "file://{canary}"> %p;]><gpx/>').encode()
    )
    rejected(param, "document type")


def test_plain_dtd_and_tcx_dtd() -> None:
    rejected(GPX_HEAD + b'<!DOCTYPE gpx SYSTEM "http://127.0.0.1:9/x.dtd"><gpx/>', "document")
    tcx = b'<!DOCTYPE x [<!ENTITY y "z">]><TrainingCenterDatabase>&y;</TrainingCenterDatabase>'
    rejected(tcx, "document")


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 50, "not a FIT, GPX or TCX"),
        (b"<gpx><trk>", "not well-formed"),
        (b"\x1f\x8b\x08\x00garbage", "damaged|ends early"),
    ],
)
def test_wrong_or_garbled_input(data: bytes, match: str) -> None:
    rejected(data, match)


def test_gzip_bomb_stops_at_cap() -> None:
    bomb = gzip.compress(b"\0" * (80 * 2**20), compresslevel=9)
    rejected(bomb, "expands to more than 64 MiB")


def test_oversized_fit_rejected_by_limit() -> None:
    data = run_file(SyntheticRun(datetime(2025, 1, 1, tzinfo=UTC)))
    with pytest.raises(ImportRejected, match="larger than"):
        parse_file(data, limits=ImportLimits(max_fit_bytes=1000))


def zip_bytes(members: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def archive_rejected(data: bytes, match: str) -> None:
    t0 = time.perf_counter()
    with pytest.raises(ImportRejected, match=match):
        list(read_archive(data))
    assert time.perf_counter() - t0 < 2


def test_zip_bomb_ratio() -> None:
    archive_rejected(zip_bytes({"activities/a.fit": b"\0" * (20 * 2**20)}), "compressed beyond")


def test_zip_declared_total() -> None:
    limits = ImportLimits(max_zip_declared_bytes=1000)
    with pytest.raises(ImportRejected, match="expand to more"):
        list(read_archive(zip_bytes({"a.fit": b"x" * 2000}), limits))


def test_zip_too_many_entries() -> None:
    data = zip_bytes({f"x/{i}.txt": b"" for i in range(10_000)}, method=zipfile.ZIP_STORED)
    with pytest.raises(ImportRejected, match="more than 5000 entries"):
        list(read_archive(data, ImportLimits(max_zip_entries=5000)))


@pytest.mark.parametrize("name", ["../x.fit", "/etc/x.fit", "..\\x.fit", "C:/x.fit", "a/../../x"])
def test_zip_slip_names(name: str) -> None:
    archive_rejected(zip_bytes({name: b"x"}), "unsafe file paths")


def test_symlink_entry() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        info = zipfile.ZipInfo("activities/link.fit")
        info.external_attr = (0o120777 << 16) | 0x20
        zf.writestr(info, "/etc/passwd")
    archive_rejected(buf.getvalue(), "symbolic links")


def quoted_overlap_bomb() -> bytes:
    """Two central-directory entries whose local headers sit inside one deflate stream."""
    first = zip_bytes({"activities/a.fit": b"A" * 1000}, method=zipfile.ZIP_STORED)
    zf = zipfile.ZipFile(io.BytesIO(first))
    info = zf.infolist()[0]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as out:
        out.writestr(info, b"A" * 1000)
        clone = zipfile.ZipInfo("activities/b.fit")
        out.writestr(clone, b"B" * 10)
    raw = bytearray(buf.getvalue())
    # Point the second central entry's local-header offset inside the first member's data.
    cd = raw.rfind(b"PK\x01\x02")
    raw[cd + 42 : cd + 46] = (40).to_bytes(4, "little")
    return bytes(raw)


def test_overlapping_entries() -> None:
    archive_rejected(quoted_overlap_bomb(), "overlapping|directory does not match")


def test_nested_gz_bomb_inside_zip() -> None:
    bomb = gzip.compress(b"\0" * (80 * 2**20), compresslevel=9)
    data = zip_bytes({"activities/1.fit.gz": bomb}, method=zipfile.ZIP_STORED)
    ((name, result, _meta),) = list(read_archive(data))
    assert name == "activities/1.fit.gz"
    assert isinstance(result, ImportRejected) and "expands" in result.message
