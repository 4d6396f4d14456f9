"""Parse untrusted XML with every entity/DTD feature refused (security.md §0 finding 2)."""

import logging
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from runcare.training.parsing.errors import ImportRejected

# gpxpy logs the whole document at DEBUG on errors: a GPS track must never reach the logs.
logging.getLogger("gpxpy").setLevel(logging.WARNING)

DTD_REJECTED = (
    "The file contains a document type declaration or entities, which activity files never "
    "need; it was not read."
)


def parse_xml(data: bytes, what: str) -> Element:
    """Return the root element; DTDs, entities and external references are rejected."""
    try:
        return SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ImportRejected(DTD_REJECTED) from None
    except (ParseError, ValueError, UnicodeError):
        raise ImportRejected(f"The {what} file is not well-formed XML.") from None


def local(tag: str) -> str:
    """Tag without its namespace: GPX 1.0/1.1 and TCX v1/v2 use different namespaces."""
    return tag.rpartition("}")[2]


def children(elem: Element, name: str) -> list[Element]:
    return [c for c in elem if local(c.tag) == name]


def child(elem: Element | None, name: str) -> Element | None:
    if elem is None:
        return None
    return next((c for c in elem if local(c.tag) == name), None)


def text_of(elem: Element | None, name: str) -> str | None:
    c = child(elem, name)
    return c.text.strip() if c is not None and c.text else None


def number(text: str | None) -> float | None:
    """A finite float, or None for missing/garbled values."""
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def descendants(elem: Element, name: str) -> list[Element]:
    return [e for e in elem.iter() if local(e.tag) == name]
