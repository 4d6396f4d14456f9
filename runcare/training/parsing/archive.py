"""read_archive: a ZIP of activity files, a Strava account export or a Garmin Connect export.

Usage::

    for entry in read_archive(path_or_bytes):
        if isinstance(entry.result, ImportRejected): report(entry.name, entry.result.message)
        else: store(entry.result.activities, entry.meta)

Only activity files (``*.fit|gpx|tcx`` optionally ``.gz``) and the export's index files are
read; everything else in the archive is ignored.
"""

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from runcare.training.parsing.errors import ImportRejected
from runcare.training.parsing.files import parse_file
from runcare.training.parsing.limits import DEFAULT_LIMITS, ImportLimits
from runcare.training.parsing.model import ParsedFile
from runcare.training.parsing.zip_guard import open_zip, read_member

ACTIVITY_FILE = re.compile(r"\.(fit|gpx|tcx)(\.gz)?$", re.IGNORECASE)


@dataclass(frozen=True)
class ExportMeta:
    """What the export's index says about an activity (the file itself may not say it)."""

    source: str  # "strava" or "garmin"
    activity_id: str | None = None
    name: str | None = None
    activity_type: str | None = None
    gear: str | None = None


class ArchiveEntry(NamedTuple):
    name: str
    result: ParsedFile | ImportRejected
    meta: ExportMeta | None = None


def read_archive(
    source: bytes | str | Path, limits: ImportLimits = DEFAULT_LIMITS, *, depth: int = 0
) -> Iterator[ArchiveEntry]:
    """Yield one entry per activity file (or per summary-only activity) in the archive.

    The whole archive is rejected (ImportRejected raised before anything is yielded) when its
    directory fails a guard; a single bad member only yields an entry carrying the error.
    """
    from runcare.training.parsing import garmin_export, strava  # cycle: they use parse_member

    zf = open_zip(source, limits)
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if (csv_info := strava.find_index(infos)) is not None:
            yield from strava.entries(zf, infos, csv_info, limits)
        elif garmin_export.is_export(infos):
            yield from garmin_export.entries(zf, infos, limits, depth)
        else:
            for info in infos:
                if ACTIVITY_FILE.search(info.filename):
                    yield ArchiveEntry(info.filename, parse_member(zf, info, limits))


def parse_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ImportLimits
) -> ParsedFile | ImportRejected:
    try:
        return parse_file(read_member(zf, info, limits.max_member_bytes), info.filename, limits)
    except ImportRejected as exc:
        return exc
