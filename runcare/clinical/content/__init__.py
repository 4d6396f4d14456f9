"""Clinical content as versioned data files (TOML), read with the standard library."""

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_content(name: str) -> dict[str, Any]:
    """Parse one bundled TOML file; cached because content only changes with a release."""
    data = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(data)
