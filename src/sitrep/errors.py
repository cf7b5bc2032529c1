"""The one exception tree of sitrep; the CLI and the API translate it at the edges.

    SitrepError
     ├── InputError          a file or document cannot be read (names the path and the problem)
     │    ├── EmptyInput
     │    ├── BinaryInput
     │    ├── DecodingError
     │    └── TooLarge
     ├── ParseError          a document could be read but not parsed (broken HTML, bad JSON, bad date)
     ├── StoreError          the DuckDB store cannot be opened, migrated or written
     ├── NotFound            an event, story or article id that is not in the store
     ├── GazetteerError      the gazetteer cannot be built, loaded or imported
     └── UsageError          options that do not fit together
"""

from __future__ import annotations

__all__ = [
    "BinaryInput",
    "DecodingError",
    "EmptyInput",
    "GazetteerError",
    "InputError",
    "NotFound",
    "ParseError",
    "SitrepError",
    "StoreError",
    "TooLarge",
    "UsageError",
]


class SitrepError(Exception):
    """Base of every error sitrep raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)
        self.reason = message


class InputError(SitrepError):
    """A file or document cannot be read."""

    exit_code = 2


class EmptyInput(InputError):
    """The file or document has no text."""


class BinaryInput(InputError):
    """The file is binary, not text."""


class DecodingError(InputError):
    """The bytes cannot be decoded in any supported encoding."""


class TooLarge(InputError):
    """The file is larger than the configured limit."""


class ParseError(SitrepError):
    """A document could be read but not parsed."""

    exit_code = 2


class StoreError(SitrepError):
    """The store cannot be opened, migrated or written."""

    exit_code = 3


class NotFound(SitrepError):
    """An id that is not in the store."""

    exit_code = 4


class GazetteerError(SitrepError):
    """The gazetteer cannot be built, loaded or imported."""

    exit_code = 3


class UsageError(SitrepError):
    """Options that do not fit together."""

    exit_code = 2
