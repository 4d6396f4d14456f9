"""Keep the README's settings table generated from ``env.SETTINGS``.

``python -m runcare.config.docs`` rewrites the table; ``--check`` exits 1 when it is stale."""

from __future__ import annotations

import sys
from pathlib import Path

from runcare.config.env import settings_table

README = Path(__file__).resolve().parents[2] / "README.md"
START, END = "<!-- settings:start -->", "<!-- settings:end -->"


def render(text: str) -> str:
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{settings_table()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    text = README.read_text()
    fresh = render(text)
    if "--check" in argv:
        if fresh != text:
            print("README settings table is stale: run `python -m runcare.config.docs`")
            return 1
        return 0
    README.write_text(fresh)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
