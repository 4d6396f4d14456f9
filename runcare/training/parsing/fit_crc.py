"""FIT CRC-16 (the ARC polynomial, reflected, init 0), fast enough for whole-history imports.

A byte-at-a-time loop costs ~0.1 s per MiB in Python. Because the register is 16 bits wide, two
bytes can be folded in with one lookup in a 65,536-entry table (``crc = T[crc ^ word]``), which
halves the loop and removes the shifts: ~25 ms per MiB.
"""

import sys
from functools import cache

_NIBBLE = (
    0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
    0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
)  # fmt: skip


def crc16_byte(crc: int, byte: int) -> int:
    """The reference step from the FIT SDK (two nibbles per byte)."""
    tmp = _NIBBLE[crc & 0xF]
    crc = (crc >> 4) & 0x0FFF
    crc = crc ^ tmp ^ _NIBBLE[byte & 0xF]
    tmp = _NIBBLE[crc & 0xF]
    crc = (crc >> 4) & 0x0FFF
    return crc ^ tmp ^ _NIBBLE[(byte >> 4) & 0xF]


@cache
def _word_table() -> tuple[int, ...]:
    byte_table = [crc16_byte(i, 0) for i in range(256)]

    def fold(x: int) -> int:
        r = (x >> 8) ^ byte_table[x & 0xFF]
        return (r >> 8) ^ byte_table[r & 0xFF]

    return tuple(fold(x) for x in range(0x10000))


def crc16(data: bytes | memoryview, crc: int = 0) -> int:
    """CRC of ``data``; over a block followed by its stored CRC the result is 0."""
    view = memoryview(data).cast("B")
    even = len(view) & ~1
    table = _word_table()
    words = view[:even].cast("H")
    if sys.byteorder == "big":  # pragma: no cover - FIT words are little-endian
        words = memoryview(bytes(reversed_pairs(view[:even]))).cast("H")
    for word in words:
        crc = table[crc ^ word]
    if even != len(view):
        crc = crc16_byte(crc, view[even])
    return crc


def reversed_pairs(view: memoryview) -> bytes:  # pragma: no cover - big-endian hosts only
    out = bytearray(view)
    out[0::2], out[1::2] = view[1::2], view[0::2]
    return bytes(out)
