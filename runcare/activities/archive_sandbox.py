"""Read an account export in a resource-limited child process, one entry at a time (REQ-U3).

The training core's ``read_archive`` joins each activity file to the export's index (Strava
CSV, Garmin JSON) and parses it. We run that loop in a forkserver child under RLIMIT_AS and a
CPU budget, with a wall-clock limit per entry. When an entry kills or stalls the child, that
entry is reported as failed and a fresh child continues after it. No Django in this module:
the child imports it.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import resource
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from runcare.training.parsing import DEFAULT_LIMITS, ImportRejected, ParsedFile
from runcare.training.parsing.archive import ExportMeta, read_archive
from runcare.training.parsing.dedupe import content_hash
from runcare.training.parsing.sandbox import TOO_BIG
from runcare.training.parsing.zip_guard import open_zip, read_member

MiB = 1024 * 1024
MAX_RESTARTS = 3


@dataclass(frozen=True)
class ImportItem:
    """One file (or index-only activity) of an upload, parsed or rejected."""

    index: int
    name: str
    content_hash: str
    result: ParsedFile | ImportRejected
    meta: ExportMeta | None = None


def identity_hash(name: str, result: ParsedFile | ImportRejected, meta: ExportMeta | None) -> str:
    """For entries with no bytes of their own (a CSV row, a Garmin summary, a nested file)."""
    parts = [meta.source if meta else "", (meta.activity_id or "") if meta else "", name]
    if isinstance(result, ParsedFile):
        for a in result.activities:
            start = a.start_time_utc.isoformat() if a.start_time_utc else ""
            parts += [a.sport, start, f"{a.distance_m}", f"{a.elapsed_s}", f"{a.n_records}"]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def _hash(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], entry: Any) -> str:
    info = infos.get(entry.name)
    if info is None:
        return identity_hash(entry.name, entry.result, entry.meta)
    try:
        return content_hash(read_member(zf, info, DEFAULT_LIMITS.max_member_bytes))
    except ImportRejected:
        return identity_hash(entry.name, entry.result, entry.meta)


def _serve(conn: Connection, path: str, skip: int, cpu_s: int, mem_bytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (mem_bytes, mem_bytes))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))
    try:
        with open_zip(path, DEFAULT_LIMITS) as zf:
            infos = {i.filename: i for i in zf.infolist()}
            conn.send(("opened", None))
            for index, entry in enumerate(read_archive(path)):
                if index >= skip:
                    item = ImportItem(index, entry.name, _hash(zf, infos, entry), entry.result,
                                      entry.meta)  # fmt: skip
                    conn.send(("item", item))
    except ImportRejected as exc:
        conn.send(("rejected", exc.message))
    except MemoryError:
        conn.send(("rejected", TOO_BIG))
    except Exception:
        conn.send(("rejected", "The archive could not be read."))
    conn.send(("end", None))


class _Child:
    def __init__(self, path: Path, skip: int, cpu_s: int, mem_bytes: int) -> None:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["runcare.training.parsing.files"])
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(
            target=_serve, args=(child, str(path), skip, cpu_s, mem_bytes), daemon=True
        )
        self.proc.start()
        child.close()

    def close(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


def read_export(
    path: Path, *, skip: int = 0, wall_s: float = 30.0, mem_bytes: int = 768 * MiB
) -> Iterator[ImportItem]:
    """Items of the archive at ``path`` from entry ``skip`` on, in a stable order.

    Raises ImportRejected when the archive as a whole cannot be read (nothing yielded then).
    """
    cpu_s = 30 + 2 * (path.stat().st_size // MiB)
    next_index, restarts = skip, 0
    while True:
        child = _Child(path, next_index, cpu_s, mem_bytes)
        opened = False
        try:
            while True:
                if not child.conn.poll(wall_s):
                    raise TimeoutError
                kind, payload = child.conn.recv()
                if kind == "opened":
                    opened = True
                    continue
                if kind == "end":
                    return
                if kind == "rejected":
                    if next_index == 0:
                        raise ImportRejected(payload)
                    yield _failed(next_index, payload)
                    return
                next_index, restarts = payload.index + 1, 0
                yield payload
        except (EOFError, OSError, TimeoutError):
            restarts += 1
            if not opened or restarts > MAX_RESTARTS:  # the archive itself is the problem
                raise ImportRejected(TOO_BIG) from None
            yield _failed(next_index, TOO_BIG)
            next_index += 1
        finally:
            child.close()


def _failed(index: int, message: str) -> ImportItem:
    name = f"archive entry {index + 1}"
    return ImportItem(index, name, "", ImportRejected(message))
