"""Open an untrusted ZIP only after its central directory passes every guard (REQ-U1).

Python 3.11.7 lacks the quoted-overlap bomb check (CVE-2024-0450), so we check overlaps
ourselves; we never use ``zipfile.Path`` (CVE-2024-8088) or ``extractall``; archive names never
reach the filesystem. All checks run before a single member is decompressed.
"""

import io
import re
import stat
import struct
import zipfile
from pathlib import Path

from runcare.training.parsing.errors import ImportRejected
from runcare.training.parsing.limits import ImportLimits

_LOCAL_HEADER = struct.Struct("<4s22xHH")
_BAD_NAME = re.compile(r"(^|/)\.\.(/|$)|^/|\\|^[A-Za-z]:|\x00")
#: Small members may compress extremely well (a zero-filled 10 KB file); ratios matter above this.
_RATIO_FLOOR_BYTES = 1024 * 1024
_READ_CHUNK = 256 * 1024


def open_zip(source: bytes | str | Path, limits: ImportLimits) -> zipfile.ZipFile:
    """A ZipFile whose directory passed the guards; raises ImportRejected otherwise."""
    size = len(source) if isinstance(source, bytes) else Path(source).stat().st_size
    if size > limits.max_zip_bytes:
        raise ImportRejected(f"The archive is larger than {limits.max_zip_bytes // 2**20} MiB.")
    try:
        zf = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ImportRejected("The archive is not a readable ZIP file.") from None
    try:
        check_directory(zf, limits)
    except BaseException:
        zf.close()
        raise
    return zf


def check_directory(zf: zipfile.ZipFile, limits: ImportLimits) -> None:
    infos = zf.infolist()
    if len(infos) > limits.max_zip_entries:
        raise ImportRejected(f"The archive has more than {limits.max_zip_entries} entries.")
    if sum(i.file_size for i in infos) > limits.max_zip_declared_bytes:
        raise ImportRejected("The archive would expand to more than the allowed total size.")
    for info in infos:
        _check_entry(info, limits)
    _check_overlaps(zf, infos)


def _check_entry(info: zipfile.ZipInfo, limits: ImportLimits) -> None:
    if _BAD_NAME.search(info.filename):
        raise ImportRejected("The archive contains unsafe file paths; it was not read.")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise ImportRejected("The archive contains symbolic links; it was not read.")
    if info.file_size > _RATIO_FLOOR_BYTES and (
        info.file_size > limits.max_zip_ratio * max(1, info.compress_size)
    ):
        raise ImportRejected("The archive contains a member compressed beyond any real file.")


def _check_overlaps(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Every member's local header + data must sit in its own byte range (no quoted overlap)."""
    fp = zf.fp
    assert fp is not None
    end_of_data = zf.start_dir
    previous_end = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        fp.seek(info.header_offset)
        raw = fp.read(_LOCAL_HEADER.size)
        if len(raw) != _LOCAL_HEADER.size or raw[:4] != b"PK\x03\x04":
            raise ImportRejected("The archive's directory does not match its contents.")
        _magic, name_len, extra_len = _LOCAL_HEADER.unpack(raw)
        start = info.header_offset
        end = start + _LOCAL_HEADER.size + name_len + extra_len + info.compress_size
        if start < previous_end or end > end_of_data:
            raise ImportRejected("The archive has overlapping entries (a known ZIP bomb trick).")
        previous_end = end


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap_bytes: int) -> bytes:
    """Decompress one member, streaming, never holding more than ``cap_bytes`` + one chunk."""
    if info.file_size > cap_bytes:
        raise ImportRejected(f"The file is larger than {cap_bytes // 2**20} MiB once unpacked.")
    out = bytearray()
    try:
        with zf.open(info) as member:
            while chunk := member.read(_READ_CHUNK):
                out += chunk
                if len(out) > cap_bytes:
                    raise ImportRejected("The file is larger than allowed once unpacked.")
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError):
        raise ImportRejected("The file inside the archive is damaged or encrypted.") from None
    return bytes(out)
