"""parse_file: recognise a single activity file by its content and hand it to its parser."""

import re

from runcare.training.parsing.compression import GZIP_MAGIC, gunzip_capped
from runcare.training.parsing.errors import ImportRejected
from runcare.training.parsing.fit_activity import parse_fit
from runcare.training.parsing.fit_decoder import is_fit_header
from runcare.training.parsing.gpx import parse_gpx
from runcare.training.parsing.limits import DEFAULT_LIMITS, ImportLimits
from runcare.training.parsing.model import ParsedFile
from runcare.training.parsing.tcx import parse_tcx
from runcare.training.parsing.xml_safety import DTD_REJECTED

_XML_ROOT = re.compile(rb"<\s*(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_XML_SKIP = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)", re.S)
_UTF8_BOM = b"\xef\xbb\xbf"


def detect_format(data: bytes) -> str | None:
    """ "fit", "gpx", "tcx", "gzip", "zip" or None, from the bytes only (never the name)."""
    if is_fit_header(data):
        return "fit"
    if data[:2] == GZIP_MAGIC:
        return "gzip"
    if data[:4] == b"PK\x03\x04":
        return "zip"
    return _xml_root_format(data[:4096])


def _xml_root_format(head: bytes) -> str | None:
    head = head.removeprefix(_UTF8_BOM)
    pos = 0
    while (m := _XML_SKIP.match(head, pos)) and m.end() > pos:
        pos = m.end()
    root = _XML_ROOT.match(head, pos + len(head[pos:]) - len(head[pos:].lstrip()))
    if root is None:
        return None
    return {b"gpx": "gpx", b"TrainingCenterDatabase": "tcx"}.get(root.group(1))


def parse_file(data: bytes, name: str = "", limits: ImportLimits = DEFAULT_LIMITS) -> ParsedFile:
    """Parse one FIT/GPX/TCX file, gzipped or not. ``name`` is only used in messages' context.

    Raises ImportRejected for anything we cannot or will not read.
    """
    if not data:
        raise ImportRejected("The file is empty.")
    fmt = detect_format(data)
    if fmt == "gzip":
        data = gunzip_capped(data, limits.max_member_bytes)
        fmt = detect_format(data)
        if fmt in ("gzip", "zip"):
            raise ImportRejected("The file is compressed twice; activity files never are.")
    if fmt == "zip":
        raise ImportRejected("This is a ZIP archive: import it as an account export.")
    if fmt is None and b"<!doctype" in data[:4096].lower():
        raise ImportRejected(DTD_REJECTED)
    if fmt is None:
        raise ImportRejected("This is not a FIT, GPX or TCX activity file.")
    if len(data) > limits.max_bytes_for(fmt):
        limit_mib = limits.max_bytes_for(fmt) // 2**20
        raise ImportRejected(f"The {fmt.upper()} file is larger than {limit_mib} MiB.")
    parser = {"fit": parse_fit, "gpx": parse_gpx, "tcx": parse_tcx}[fmt]
    return parser(data)
