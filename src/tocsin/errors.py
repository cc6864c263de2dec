"""Every exception tocsin raises, rooted at :class:`TocsinError`.

The tree::

    TocsinError
    ├── InputError                 an input cannot be read or is not an article (terminal)
    │   ├── EmptyInputError        empty file, or no text after cleaning
    │   ├── BinaryInputError       not text, HTML, JSONL, RSS or WARC
    │   ├── DecodeInputError       bytes that are not valid in any supported encoding
    │   ├── MalformedRecordError   a bad JSONL line or a truncated WARC record
    │   └── OversizeInputError     an article above the size limit
    ├── DictionaryError            a malformed line in an actor, agent or verb dictionary
    ├── StoreError                 the store cannot be opened, or its schema is too new
    ├── GoldFormatError            an evaluation file that is not a list of gold records
    └── ExportError                an export target that cannot be written or replaced

Ingest errors are *terminal* for the one input they name: the batch records them and goes
on. Each message names the input (with line or record number) and the reason.
"""

from __future__ import annotations


class TocsinError(Exception):
    """Base of all tocsin errors."""

    code = "E000"


class InputError(TocsinError):
    """An input cannot be turned into an article."""

    code = "E100"

    def __init__(self, origin: str, reason: str) -> None:
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")


class EmptyInputError(InputError):
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class DecodeInputError(InputError):
    code = "E103"


class MalformedRecordError(InputError):
    code = "E104"


class OversizeInputError(InputError):
    code = "E105"


class DictionaryError(TocsinError):
    """A dictionary file has a line tocsin cannot parse."""

    code = "E200"

    def __init__(self, path: str, line: int, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        super().__init__(f"{path}:{line}: {reason}")


class StoreError(TocsinError):
    code = "E300"


class GoldFormatError(TocsinError):
    code = "E400"


class ExportError(TocsinError):
    """An export target that cannot be written or must not be replaced."""

    code = "E500"
