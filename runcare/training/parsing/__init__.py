"""Activity files (FIT, GPX, TCX, gzip, account-export ZIPs) -> immutable Activity values.

Pure Python: no Django, no clock, no settings. Every bad input raises :class:`ImportRejected`.
"""

from runcare.training.parsing.errors import ImportRejected
from runcare.training.parsing.files import detect_format, parse_file
from runcare.training.parsing.limits import DEFAULT_LIMITS, ImportLimits
from runcare.training.parsing.model import Activity, ParsedFile, Streams

__all__ = [
    "DEFAULT_LIMITS",
    "Activity",
    "ImportLimits",
    "ImportRejected",
    "ParsedFile",
    "Streams",
    "detect_format",
    "parse_file",
]
