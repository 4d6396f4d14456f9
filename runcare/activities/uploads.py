"""Upload limits, checked before the body is buffered where possible (security.md REQ-U1).

The whole-request cap comes from ``settings.UPLOAD_MAX_BYTES`` and is checked against the
declared Content-Length before Django reads the body. While the body streams in, the first
chunk tells us the format and therefore its own, smaller cap (a FIT file is at most 10 MiB).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import HttpRequest

from runcare.training.parsing import DEFAULT_LIMITS, detect_format

UPLOAD_DIR = "imports"


class UploadTooLarge(Exception):
    """The upload is over a limit; the message is safe to show. HTTP 413."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _mib(n: int) -> str:
    return f"{n // (1024 * 1024)} MiB" if n >= 1024 * 1024 else f"{n // 1024} KiB"


def limit_for(head: bytes) -> tuple[int, str]:
    """The byte cap for an upload starting with ``head`` and how to describe it."""
    fmt = detect_format(head)
    overall = settings.UPLOAD_MAX_BYTES
    if fmt == "zip":
        return min(overall, DEFAULT_LIMITS.max_zip_bytes), "an archive (ZIP)"
    if fmt == "fit":
        return min(overall, DEFAULT_LIMITS.max_fit_bytes), "a FIT file"
    return min(overall, DEFAULT_LIMITS.max_xml_bytes), "a single activity file"


def check_size(size: int, head: bytes) -> None:
    cap, what = limit_for(head)
    if size > cap:
        raise UploadTooLarge(f"The file is too large: {what} may be at most {_mib(cap)}.")


def check_declared_length(request: HttpRequest) -> None:
    """Refuse before reading the body when the request says it is too big."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    # multipart framing adds a few hundred bytes around the file
    if length > settings.UPLOAD_MAX_BYTES + 64 * 1024:
        raise UploadTooLarge(f"The upload is too large: at most {_mib(settings.UPLOAD_MAX_BYTES)}.")


class CappedUploadHandler(FileUploadHandler):
    """Stops reading as soon as a file passes the cap its first bytes call for."""

    def __init__(self, request: Any = None) -> None:
        super().__init__(request)
        self.received = 0
        self.cap = settings.UPLOAD_MAX_BYTES
        self.exceeded: str | None = None

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.received, self.cap = 0, settings.UPLOAD_MAX_BYTES

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        if start == 0:
            self.cap, what = limit_for(raw_data[:4096])
            self.what = what
        self.received += len(raw_data)
        if self.received > self.cap:
            self.exceeded = f"The file is too large: {self.what} may be at most {_mib(self.cap)}."
            raise StopUpload(connection_reset=False)  # drain, then answer 413
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


def install_cap(request: HttpRequest) -> CappedUploadHandler:
    handler = CappedUploadHandler(request)
    request.upload_handlers.insert(0, handler)
    return handler


def store_upload(chunks: Any) -> tuple[str, int]:
    """Write the upload under MEDIA_ROOT with a server-generated name (REQ-U4)."""
    folder = Path(settings.MEDIA_ROOT) / UPLOAD_DIR
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{uuid.uuid4().hex}.upload"
    size = 0
    with (folder / name).open("xb") as out:
        for chunk in chunks:
            out.write(chunk)
            size += len(chunk)
    return name, size


def stored_path(name: str) -> Path:
    return Path(settings.MEDIA_ROOT) / UPLOAD_DIR / name
