"""Size limits for uploads and archives (security.md REQ-U1), tunable per deployment."""

from dataclasses import dataclass

MiB = 1024 * 1024
GiB = 1024 * MiB


@dataclass(frozen=True)
class ImportLimits:
    """Every cap is checked before or while reading, never after the bytes are in memory."""

    #: A single FIT file (watches write a few MiB for a long ultra at most).
    max_fit_bytes: int = 10 * MiB
    #: A single GPX or TCX file (XML is verbose; 10^6 points is about 100 MiB, too many).
    max_xml_bytes: int = 50 * MiB
    #: An uploaded ZIP, compressed.
    max_zip_bytes: int = 512 * MiB
    #: Sum of the sizes the ZIP's central directory declares.
    max_zip_declared_bytes: int = 2 * GiB
    #: Entries in one ZIP (a 12-year Strava export has a few thousand).
    max_zip_entries: int = 20_000
    #: Per-entry compression ratio; real FIT/GPX deflate at 3-15:1, bombs at 1000:1.
    max_zip_ratio: int = 200
    #: Any one decompressed activity (ZIP member or .gz stream).
    max_member_bytes: int = 64 * MiB
    #: ZIPs inside a ZIP (Garmin exports nest upload ZIPs once).
    max_nesting: int = 1

    def max_bytes_for(self, fmt: str) -> int:
        """The cap for one decoded file of ``fmt`` ("fit", "gpx", "tcx")."""
        return self.max_fit_bytes if fmt == "fit" else self.max_xml_bytes


DEFAULT_LIMITS = ImportLimits()
