"""Type and range checks for single intake values, kept apart from the record they guard."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


class FactsError(ValueError):
    """A fact was unknown, of the wrong type or out of range; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class FactSpec:
    """How one fact is validated and normalised; ``convert`` raises ValueError with a reason."""

    kind: str
    convert: Callable[[Any], Any]


def _is_number(value: object) -> bool:
    # bool is a subclass of int in Python, but a "yes" is never a count.
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_range(value: float, low: float | None, high: float | None) -> None:
    if low is not None and value < low:
        raise ValueError(f"must be at least {low:g}, got {value:g}")
    if high is not None and value > high:
        raise ValueError(f"must be at most {high:g}, got {value:g}")


def integer(low: int | None = None, high: int | None = None) -> FactSpec:
    def convert(value: Any) -> int:
        if not _is_number(value) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError(f"must be a whole number, got {value!r}")
        _check_range(value, low, high)
        return int(value)

    return FactSpec("integer", convert)


def number(low: float | None = None) -> FactSpec:
    def convert(value: Any) -> float:
        if not _is_number(value) or value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"must be a finite number, got {value!r}")
        _check_range(value, low, None)
        return float(value)

    return FactSpec("number", convert)


def boolean() -> FactSpec:
    def convert(value: Any) -> bool:
        if not isinstance(value, bool):
            raise ValueError(f"must be true or false, got {value!r}")
        return value

    return FactSpec("boolean", convert)


def choice(options: tuple[str, ...]) -> FactSpec:
    def convert(value: Any) -> str:
        if value not in options or not isinstance(value, str):
            raise ValueError(f"must be one of {', '.join(options)}; got {value!r}")
        return value

    return FactSpec("choice", convert)


def text() -> FactSpec:
    def convert(value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(f"must be a string, got {value!r}")
        return value

    return FactSpec("text", convert)


def text_list() -> FactSpec:
    def convert(value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError("must be a list of strings")
        return tuple(value)

    return FactSpec("text_list", convert)
