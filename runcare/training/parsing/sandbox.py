"""Parse untrusted files in a resource-limited child process (REQ-U3).

One worker process handles many files (a 1,000-file export must not pay 1,000 interpreter
starts); it runs under RLIMIT_AS and RLIMIT_CPU, each file under a wall-clock timeout. When a
file kills or stalls the worker, that file is rejected and a fresh worker takes the next one.
"""

import multiprocessing as mp
import resource
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from runcare.training.parsing.errors import ImportRejected
from runcare.training.parsing.files import parse_file
from runcare.training.parsing.model import ParsedFile

MiB = 1024 * 1024
TOO_BIG = "The file took too long or needed too much memory to read; it was not imported."


def _serve(conn: Connection, cpu_s: int, mem_bytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (mem_bytes, mem_bytes))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 1))
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        data, name = job
        try:
            reply: Any = ("ok", parse_file(data, name))
        except ImportRejected as exc:
            reply = ("rejected", exc.message)
        except MemoryError:
            reply = ("rejected", TOO_BIG)
        except Exception:
            reply = ("rejected", "The file could not be read.")
        conn.send(reply)


class ParserWorker:
    """A reusable sandboxed parser: ``with ParserWorker() as w: w.parse(data, name)``.

    The CPU limit is per worker lifetime (RLIMIT_CPU is cumulative), so the worker is recycled
    after ``max_files`` files or ``cpu_s / 2`` seconds of accumulated CPU.
    """

    def __init__(self, cpu_s: int = 10, mem_bytes: int = 512 * MiB, wall_s: float = 30.0,
                 max_files: int = 500) -> None:  # fmt: skip
        self.cpu_s, self.mem_bytes, self.wall_s, self.max_files = (
            cpu_s,
            mem_bytes,
            wall_s,
            max_files,
        )
        self._proc: Any = None
        self._conn: Connection | None = None
        self._served = 0

    def _start(self) -> Connection:
        # forkserver: the worker forks from a clean parser-only process, not from the web/task
        # process, so it inherits no database connections, secrets or threads.
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["runcare.training.parsing.files"])
        parent, child = ctx.Pipe()
        self._proc = ctx.Process(
            target=_serve, args=(child, self.cpu_s, self.mem_bytes), daemon=True
        )
        self._proc.start()
        child.close()
        self._conn, self._served = parent, 0
        return parent

    def _cpu_used(self) -> float:
        try:
            with open(f"/proc/{self._proc.pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / 100  # clock ticks; HZ=100 on Linux
        except (OSError, IndexError, ValueError):
            return 0.0

    def parse(self, data: bytes | str | Path, name: str = "") -> ParsedFile:
        if not isinstance(data, bytes):
            data = Path(data).read_bytes()
        if (
            self._conn is None
            or self._served >= self.max_files
            or self._cpu_used() > self.cpu_s / 2
        ):
            self.close()
            self._start()
        conn = self._conn
        assert conn is not None
        try:
            conn.send((data, name))
            if not conn.poll(self.wall_s):
                raise TimeoutError
            status, payload = conn.recv()
        except (EOFError, OSError, TimeoutError):
            self.close()
            raise ImportRejected(TOO_BIG) from None
        self._served += 1
        if status == "ok":
            return payload
        raise ImportRejected(payload)

    def close(self) -> None:
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.kill()
            self._proc.join(5)
        if self._conn is not None:
            self._conn.close()
        self._proc, self._conn = None, None

    def __enter__(self) -> "ParserWorker":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def parse_in_subprocess(
    data: bytes | str | Path,
    name: str = "",
    cpu_s: int = 10,
    mem_bytes: int = 512 * MiB,
    wall_s: float = 30.0,
) -> ParsedFile:
    """One file in a fresh sandboxed worker; for many files reuse a :class:`ParserWorker`."""
    with ParserWorker(cpu_s, mem_bytes, wall_s, max_files=1) as worker:
        return worker.parse(data, name)
