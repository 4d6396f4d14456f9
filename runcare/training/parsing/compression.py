"""Bounded gzip: Strava exports store ``.fit.gz`` files, and a 1 KB gzip can expand to 1 GB."""

import zlib

from runcare.training.parsing.errors import ImportRejected

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 64 * 1024


def gunzip_capped(data: bytes, cap_bytes: int) -> bytes:
    """Decompress every gzip member in ``data``, stopping as soon as output passes the cap."""
    out = bytearray()
    rest = data
    while rest[:2] == GZIP_MAGIC:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            for start in range(0, len(rest), _CHUNK):
                _feed(d, rest[start : start + _CHUNK], out, cap_bytes)
                if d.eof:
                    break
        except zlib.error:
            raise ImportRejected("The compressed (.gz) file is damaged.") from None
        if not d.eof:
            raise ImportRejected("The compressed (.gz) file ends early.")
        rest = d.unused_data.lstrip(b"\0")
    return bytes(out)


def _feed(d: "zlib._Decompress", chunk: bytes, out: bytearray, cap_bytes: int) -> None:
    pending = chunk
    while pending and not d.eof:
        out += d.decompress(pending, cap_bytes + 1 - len(out))
        if len(out) > cap_bytes:
            raise ImportRejected(
                f"The compressed file expands to more than {cap_bytes // 2**20} MiB; "
                "this is larger than any real activity."
            )
        pending = d.unconsumed_tail
