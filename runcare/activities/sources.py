"""Turn a stored upload into ImportItems: one file through the parser sandbox, or an archive."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from runcare.activities.archive_sandbox import ImportItem, read_export
from runcare.training.parsing import DEFAULT_LIMITS, ImportRejected, ParsedFile, detect_format
from runcare.training.parsing.archive import ACTIVITY_FILE
from runcare.training.parsing.dedupe import content_hash
from runcare.training.parsing.sandbox import ParserWorker
from runcare.training.parsing.zip_guard import open_zip

_NESTED_ZIP = re.compile(r"\.zip$", re.IGNORECASE)


def sniff(path: Path) -> str | None:
    with path.open("rb") as fh:
        return detect_format(fh.read(4096))


def estimate_entries(path: Path) -> int:
    """Activity files the archive's directory lists (nested Garmin ZIPs count as 50 each)."""
    try:
        with open_zip(path, DEFAULT_LIMITS) as zf:
            names = [i.filename for i in zf.infolist() if not i.is_dir()]
    except (ImportRejected, zipfile.BadZipFile, OSError):
        return 1
    files = sum(1 for n in names if ACTIVITY_FILE.search(n))
    return max(1, files + 50 * sum(1 for n in names if _NESTED_ZIP.search(n)))


def items_of(path: Path, display_name: str, *, skip: int = 0) -> Iterator[ImportItem]:
    """Items in a stable order, so that a resumed import can skip the ones already counted.

    Raises ImportRejected when the upload as a whole is unreadable.
    """
    if sniff(path) == "zip":
        yield from read_export(path, skip=skip)
        return
    if skip:
        return
    data = path.read_bytes()
    result: ParsedFile | ImportRejected
    with ParserWorker() as worker:
        try:
            result = worker.parse(data, display_name)
        except ImportRejected as exc:
            result = exc
    yield ImportItem(0, display_name, content_hash(data), result)
