"""A fast, bounded FIT decoder: bytes -> the few messages RunCare needs.

Why our own: fitdecode decodes every field of every message into objects (~0.4 MB/s here);
an import of a runner's whole history is thousands of files. We parse each definition message
once, compile one ``struct.Struct`` per local message type that unpacks only the wanted fields
(the rest become pad bytes), and unpack each data message with a single C call.

Safety: a loop over chained FIT files (never recursion), every read bounded by the buffer,
file CRC checked per chained file. Damage yields ``partial`` + a warning; nothing is guessed.
"""

import struct
from dataclasses import dataclass, field
from typing import Any

from runcare.training.parsing.errors import ImportRejected
from runcare.training.parsing.fit_crc import crc16
from runcare.training.parsing.fit_profile import (
    BASE_TYPES,
    MESG_RECORD,
    TIMESTAMP_ONLY,
    WANTED_FIELDS,
)

_HEADER = struct.Struct("<BBHI4s")
_FIT_MAGIC = b".FIT"


class _Definition:
    """A compiled definition message: how to unpack one local message type."""

    __slots__ = ("global_num", "invalid", "names", "size", "ts_index", "unpack", "with_ts")

    def __init__(self, global_num: int, st: struct.Struct, names: tuple[str, ...], invalid: tuple):
        self.global_num = global_num
        self.size = st.size
        self.unpack = st.unpack_from
        self.names = names
        self.invalid = invalid
        self.ts_index = names.index("timestamp") if "timestamp" in names else -1
        self.with_ts: _Definition | None = None  # variant for compressed-timestamp headers


@dataclass
class FitMessages:
    """Raw (unscaled) values of the messages we keep, in file order."""

    file_ids: list[dict[str, Any]] = field(default_factory=list)
    sports: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    #: (definition, values) pairs; turned into columns by :func:`record_columns`.
    records: list[tuple[Any, tuple]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    partial: bool = False

    def extend(self, other: "FitMessages") -> None:
        self.file_ids += other.file_ids
        self.sports += other.sports
        self.sessions += other.sessions
        self.records += other.records


def compile_definition(
    global_num: int, big_endian: bool, fields: list[tuple[int, int, int]], extra_size: int
) -> _Definition:
    """Build the struct for one definition: wanted fields unpacked, the rest padded over."""
    wanted = WANTED_FIELDS.get(global_num, TIMESTAMP_ONLY)
    fmt, names, invalid, pad = [">" if big_endian else "<"], [], [], 0
    for num, size, base in fields:
        key, bt = wanted.get(num), BASE_TYPES.get(base & 0x1F)
        if key is None or bt is None or bt.code == "s" or size < bt.size or size % bt.size:
            pad += size
            continue
        if pad:
            fmt.append(f"{pad}x")
        fmt.append(bt.code)
        names.append(key)
        invalid.append(bt.invalid)
        pad = size - bt.size  # arrays: keep the first element
    pad += extra_size
    if pad:
        fmt.append(f"{pad}x")
    return _Definition(global_num, struct.Struct("".join(fmt)), tuple(names), tuple(invalid))


def _timestamp_variant(d: _Definition) -> _Definition:
    if d.with_ts is None:
        st = struct.Struct("<0x")
        v = _Definition(d.global_num, st, (*d.names, "timestamp"), (*d.invalid, None))
        v.size, v.unpack = d.size, d.unpack
        d.with_ts = v
    return d.with_ts


def _read_definition(buf: bytes, pos: int, end: int, header: int) -> tuple[_Definition, int]:
    """Parse a definition message at ``pos`` (after its header byte); return it and the end."""
    if pos + 5 > end:
        raise _Truncated
    big = buf[pos + 1] == 1
    global_num = struct.unpack_from(">H" if big else "<H", buf, pos + 2)[0]
    n = buf[pos + 4]
    p = pos + 5
    if p + 3 * n > end:
        raise _Truncated
    fields = [(buf[i], buf[i + 1], buf[i + 2]) for i in range(p, p + 3 * n, 3)]
    p += 3 * n
    dev_size = 0
    if header & 0x20:  # developer fields: skipped by their declared size
        if p + 1 > end or p + 1 + 3 * buf[p] > end:
            raise _Truncated
        dev_size = sum(buf[i + 1] for i in range(p + 1, p + 1 + 3 * buf[p], 3))
        p += 1 + 3 * buf[p]
    return compile_definition(global_num, big, fields, dev_size), p


class _Truncated(Exception):
    """The buffer ends inside a message."""


class _Undefined(Exception):
    """A data message refers to a local type with no definition."""


def decode_fit(data: bytes) -> FitMessages:
    """Decode every chained FIT file in ``data``; raise ImportRejected if none is usable."""
    out = FitMessages()
    pos, n_files = 0, 0
    while pos < len(data):
        if not is_fit_header(data, pos):
            if n_files == 0:
                raise ImportRejected("This is not a FIT file (the header is missing or damaged).")
            out.warnings.append("Data after the end of the activity was not a FIT file; ignored.")
            out.partial = True
            break
        pos, ok = _decode_one(data, pos, out, n_files)
        n_files += 1
        if not ok:
            break
    return out


def is_fit_header(data: bytes, pos: int = 0) -> bool:
    return (
        len(data) - pos >= 12
        and data[pos] in (12, 14)
        and data[pos + 8 : pos + 12] == _FIT_MAGIC
        and (data[pos] == 12 or len(data) - pos >= 14)
    )


def _decode_one(data: bytes, pos: int, out: FitMessages, index: int) -> tuple[int, bool]:
    """Decode one FIT file of a chain into ``out``; return (next position, keep going)."""
    header_size, _proto, _profile, data_size, _magic = _HEADER.unpack_from(data, pos)
    if header_size == 14:
        stored = data[pos + 12] | data[pos + 13] << 8
        if stored and crc16(memoryview(data)[pos : pos + 12]) != stored:
            return _reject_or_stop(out, index, "The FIT file header is damaged (checksum).")
    start, end = pos + header_size, pos + header_size + data_size
    seg = FitMessages()
    complete = _decode_messages(data, start, min(end, len(data)), seg)
    if end + 2 > len(data) or not complete:
        seg.warnings.append("The file ends early or is damaged; data after the cut was lost.")
        seg.partial = True
    elif (data[end] or data[end + 1]) and crc16(memoryview(data)[pos : end + 2]):
        return _reject_or_stop(out, index, "The FIT file checksum does not match (damaged file).")
    out.extend(seg)
    out.warnings += seg.warnings
    out.partial = out.partial or seg.partial
    return end + 2, not seg.partial


def _reject_or_stop(out: FitMessages, index: int, message: str) -> tuple[int, bool]:
    if index == 0:
        raise ImportRejected(message)
    out.warnings.append(message + " The damaged part was skipped.")
    out.partial = True
    return 0, False


def _decode_messages(buf: bytes, pos: int, end: int, out: FitMessages) -> bool:
    """The hot loop. Returns False when the data stops before ``end`` (truncated/undefined)."""
    defs: list[_Definition | None] = [None] * 16
    records_append = out.records.append
    last_ts = 0
    try:
        while pos < end:
            h = buf[pos]
            if h & 0x80:  # compressed timestamp header
                d = defs[(h >> 5) & 0x3]
                if d is None:
                    raise _Undefined
                if pos + 1 + d.size > end:
                    raise _Truncated
                offset = h & 0x1F
                last_ts = (last_ts & ~0x1F) + offset + (0x20 if offset < (last_ts & 0x1F) else 0)
                vals = (*d.unpack(buf, pos + 1), last_ts)
                d = _timestamp_variant(d)
            elif h & 0x40:
                defs[h & 0x0F], pos = _read_definition(buf, pos + 1, end, h)
                continue
            else:
                d = defs[h & 0x0F]
                if d is None:
                    raise _Undefined
                if pos + 1 + d.size > end:
                    raise _Truncated
                vals = d.unpack(buf, pos + 1)
                if d.ts_index >= 0 and vals[d.ts_index] != 0xFFFFFFFF:
                    last_ts = vals[d.ts_index]
            pos += 1 + d.size
            if d.global_num == MESG_RECORD:
                records_append((d, vals))
            elif d.names and d.global_num in WANTED_FIELDS:
                _keep_message(out, d, vals)
    except _Truncated:
        return False
    except _Undefined:
        out.warnings.append("The file refers to an undefined message type; reading stopped.")
        return False
    return True


def _keep_message(out: FitMessages, d: _Definition, vals: tuple) -> None:
    msg = {k: (None if v == inv else v) for k, v, inv in zip(d.names, vals, d.invalid, strict=True)}
    target = {0: out.file_ids, 12: out.sports, 18: out.sessions}.get(d.global_num)
    if target is not None:
        target.append(msg)
