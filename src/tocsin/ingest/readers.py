"""Read articles from files, directories and stdin: the entry point of the ingest stage.

:func:`read_inputs` walks its inputs, recognises each file's format
(:mod:`tocsin.ingest.formats`), extracts and cleans the text
(:mod:`tocsin.ingest.cleaning`), dates it (:mod:`tocsin.ingest.dates`) and yields one
:class:`~tocsin.model.Article` per article. An input that cannot be read becomes one
:class:`~tocsin.model.IngestFailure` (reason ``"E10x ..."``, the code of the
:mod:`tocsin.errors` class) and the batch goes on: bad input never raises.

Article fields:

- ``id``: the record's own ``id`` (JSONL/JSON), else :func:`make_article_id`: 16 hex
  digits of the SHA-1 of the URL without its fragment, or of the cleaned text.
- ``origin``: the path, plus ``:LINE`` (JSONL) or ``#N`` (WARC record, feed entry, item
  of a JSON list); ``<stdin>`` for standard input.
- ``date``: the ``date`` argument; else the article's metadata (JSONL ``date``, feed
  ``published``, HTML meta tags, then WARC-Date); else the file's modification day (UTC;
  today for stdin) with ``date_guessed=True``.
- ``title``: given by the metadata; for plain text, the first line if it is shorter
  than 200 characters and does not end with a full stop.
- ``text``: the cleaned text, starting with the title.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, BinaryIO
from urllib.parse import urlsplit, urlunsplit

from tocsin.errors import EmptyInputError, InputError, MalformedRecordError, OversizeInputError
from tocsin.ingest import formats
from tocsin.ingest.cleaning import clean_text, clean_title, looks_like_title
from tocsin.ingest.dates import parse_date
from tocsin.model import Article, IngestFailure, text_hash

STDIN = "-"
STDIN_ORIGIN = "<stdin>"

Result = Article | IngestFailure


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Settings of one :func:`read_inputs` call, passed down explicitly."""

    date: date | None = None
    max_bytes: int = 5_000_000


def read_inputs(
    inputs: Iterable[str | os.PathLike],
    *,
    date: date | None = None,
    max_bytes: int = 5_000_000,
) -> Iterator[Article | IngestFailure]:
    """Yield every article found in ``inputs``, or an :class:`IngestFailure` per bad input.

    Each input is a file (plain text, HTML, JSONL/JSON, RSS/Atom, WARC, or any of these
    gzip-compressed), a directory (walked recursively in sorted order, hidden entries
    skipped) or ``"-"`` for stdin. ``date`` overrides every article's date.
    ``max_bytes`` is the largest article accepted (raw text or HTML, in bytes); a larger
    one fails with its size. A single path given instead of a list is read as one input.
    """
    if isinstance(inputs, str | bytes | os.PathLike):
        inputs = [inputs]  # type: ignore[list-item]
    options = ReadOptions(date=date, max_bytes=max_bytes)
    for item in inputs:
        name = os.fsdecode(item)
        if name == STDIN:
            yield from _read_stdin(options)
        else:
            yield from _read_path(name, options)


def make_article_id(url: str, text: str) -> str:
    """A stable article id: 16 hex digits of the SHA-1 of the URL, else of the text.

    The URL loses its fragment and its scheme and host are lower-cased; the text hash is
    :func:`tocsin.model.text_hash` (case and whitespace insensitive).
    """
    key = _normalize_url(url)
    if key:
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return text_hash(text)[:16]


def _normalize_url(url: str) -> str:
    url = url.strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, ""))


def _failure(exc: InputError) -> IngestFailure:
    return IngestFailure(origin=exc.origin, reason=f"{exc.code} {exc.reason}")


# --- where inputs come from -------------------------------------------------------------


def _read_stdin(options: ReadOptions) -> Iterator[Result]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text-only replacement, as some test harnesses install
        stream = _BytesOfText(sys.stdin)
    yield from _read_stream(stream, STDIN_ORIGIN, "", options, datetime.now(UTC).date())


class _BytesOfText:
    """Present a text stream as UTF-8 bytes, never more than asked for."""

    def __init__(self, text_stream: Any) -> None:
        self._text = text_stream
        self._pending = b""

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            data, self._pending = self._pending + self._text.read().encode("utf-8"), b""
            return data
        while len(self._pending) < size:
            chunk = self._text.read(size)
            if not chunk:
                break
            self._pending += chunk.encode("utf-8")
        data, self._pending = self._pending[:size], self._pending[size:]
        return data


def _read_path(name: str, options: ReadOptions) -> Iterator[Result]:
    try:
        info = os.stat(name)
    except FileNotFoundError:
        yield _failure(InputError(name, "no such file or directory"))
        return
    except OSError as exc:
        yield _failure(InputError(name, f"cannot read: {exc.strerror or exc}"))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _read_directory(name, options)
    else:
        yield from _read_file(name, info, options)


def _read_directory(directory: str, options: ReadOptions) -> Iterator[Result]:
    """Read every file under ``directory``, depth first in name order; skip hidden entries.

    Symbolic links to directories are not followed (no loops); links to files are read.
    """
    try:
        with os.scandir(directory) as scan:
            entries = sorted((e for e in scan if not e.name.startswith(".")), key=_entry_key)
    except OSError as exc:
        yield _failure(InputError(directory, f"cannot read: {exc.strerror or exc}"))
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _read_directory(entry.path, options)
                continue
            info = entry.stat()
        except OSError as exc:
            yield _failure(InputError(entry.path, f"cannot read: {exc.strerror or exc}"))
            continue
        if stat.S_ISREG(info.st_mode):
            yield from _read_file(entry.path, info, options)
        else:
            yield IngestFailure(entry.path, "not a regular file", kind="skipped")


def _entry_key(entry: os.DirEntry[str]) -> str:
    return entry.name


def _read_file(path: str, info: os.stat_result, options: ReadOptions) -> Iterator[Result]:
    mtime_day = datetime.fromtimestamp(info.st_mtime, tz=UTC).date()
    size = info.st_size if stat.S_ISREG(info.st_mode) else None
    try:
        with open(path, "rb") as handle:
            yield from _read_stream(handle, path, path, options, mtime_day, size)
    except OSError as exc:
        yield _failure(InputError(path, f"cannot read: {exc.strerror or exc}"))


# --- one stream -------------------------------------------------------------------------


def _read_stream(
    stream: BinaryIO,
    origin: str,
    name: str,
    options: ReadOptions,
    mtime_day: date,
    size: int | None = None,
    compressed: GunzipStream | None = None,
) -> Iterator[Result]:
    """Recognise the format of ``stream`` and yield its articles and failures."""
    head, stream = peek(stream)
    if not head:
        if compressed is not None and compressed.truncated:
            yield _failure(
                MalformedRecordError(origin, "truncated gzip file: nothing could be read")
            )
            return
        empty = "file is empty (0 bytes)" if compressed is None else "file is empty after gunzip"
        yield _failure(EmptyInputError(origin, empty))
        return
    kind = formats.detect_format(name, head)
    if kind == "gzip":
        inner = GunzipStream(stream)
        inner_name = name[:-3] if name.lower().endswith(".gz") else name
        yield from _read_stream(inner, origin, inner_name, options, mtime_day, None, inner)
        return
    if kind == "warc":
        truncated: Callable[[], bool] = bool
        if compressed is not None:
            compressed.strict = False  # warcio would take an EOFError for a clean end
            truncated = compressed.is_truncated
        docs: Iterable[formats.Item] = formats.read_warc(
            stream, origin, options.max_bytes, truncated
        )
    else:
        try:
            docs = _parse_text_format(kind, head, stream, origin, options, size)
        except InputError as exc:
            yield _failure(exc)
            return
        except EOFError as exc:
            yield _failure(MalformedRecordError(origin, f"truncated gzip file: {exc}"))
            return
    for doc in docs:
        yield _to_result(doc, options, mtime_day)


def _parse_text_format(
    kind: formats.Format,
    head: bytes,
    stream: BinaryIO,
    origin: str,
    options: ReadOptions,
    size: int | None,
) -> Iterable[formats.Item]:
    """Parse a text-based format; raise :class:`InputError` if the whole input is bad."""
    formats.check_binary(head, origin)
    if kind == "jsonl":
        return formats.read_jsonl(stream, origin, options.max_bytes)
    if kind in ("json", "feed"):
        data = stream.read()
        if kind == "json":
            return formats.read_json(data, origin, options.max_bytes)
        return formats.read_feed(data, origin)
    if size is not None and size > options.max_bytes:
        raise OversizeInputError(origin, formats.oversize_reason(size, options.max_bytes))
    data = read_all(stream, origin, options.max_bytes)
    text = formats.decode_bytes(data, origin)
    if kind == "html":
        return [formats.RawDoc(origin=origin, html=text)]
    return [formats.RawDoc(origin=origin, text=text)]


def _to_result(doc: formats.Item, options: ReadOptions, mtime_day: date) -> Result:
    if isinstance(doc, IngestFailure):
        return doc
    if isinstance(doc, InputError):
        return _failure(doc)
    try:
        return build_article(doc, options, mtime_day)
    except InputError as exc:
        return _failure(exc)


# --- streams ---------------------------------------------------------------------------


class PrefixedStream(io.RawIOBase):
    """A read-only stream that replays ``head`` and then continues with ``rest``.

    Lets a format be recognised from the first bytes of a pipe or a decompressor,
    neither of which can seek back.
    """

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class GunzipStream(io.RawIOBase):
    """Decompress gzip (one or many members) from ``raw`` as a read-only stream.

    When the compressed data stops inside a member, or a member is corrupt, ``truncated``
    becomes true. In ``strict`` mode reading past the good data then raises
    :class:`EOFError` (on every call); otherwise the stream simply ends.
    """

    CHUNK = 64 * 1024
    MAX_OUT = 1024 * 1024

    def __init__(self, raw: BinaryIO, *, strict: bool = True) -> None:
        self._raw = raw
        self.strict = strict
        self.truncated = False
        self._decompressor = zlib.decompressobj(wbits=31)
        self._in_member = False
        self._pending = b""
        self._out = memoryview(b"")
        self._eof = False

    def readable(self) -> bool:
        return True

    def is_truncated(self) -> bool:
        """True once the compressed data has been found to stop inside a member."""
        return self.truncated

    def readinto(self, buffer: Any) -> int:
        while not self._out and (self._pending or not self._eof):
            if self._pending:
                self._decompress_some()
                continue
            chunk = self._raw.read(self.CHUNK)
            if chunk:
                self._pending = chunk
            else:
                self._eof = True
                self.truncated = self.truncated or self._in_member
        if not self._out:
            if self.truncated and self.strict:
                raise EOFError("compressed data ends early (truncated or corrupt gzip file)")
            return 0
        n = min(len(buffer), len(self._out))
        buffer[:n] = self._out[:n]
        self._out = self._out[n:]
        return n

    def _decompress_some(self) -> None:
        if not self._in_member:
            if not self._pending.strip(b"\x00"):  # zero padding after the last member
                self._pending = b""
                return
            self._decompressor = zlib.decompressobj(wbits=31)
        try:
            out = self._decompressor.decompress(self._pending, self.MAX_OUT)
        except zlib.error:
            self.truncated, self._eof, self._pending, self._in_member = True, True, b"", False
            return
        if self._decompressor.eof:
            self._pending, self._in_member = self._decompressor.unused_data, False
        else:
            self._pending, self._in_member = self._decompressor.unconsumed_tail, True
        self._out = memoryview(out)


def peek(stream: BinaryIO, size: int = formats.HEAD_SIZE) -> tuple[bytes, io.BufferedReader]:
    """Return the first ``size`` bytes of ``stream`` and a stream that still starts with them.

    A truncated compressed stream gives what it could; its error comes again on reading on.
    """
    parts: list[bytes] = []
    with contextlib.suppress(EOFError):
        formats.read_parts(stream, size, parts)
    head = b"".join(parts)
    return head, io.BufferedReader(PrefixedStream(head, stream))


def read_all(stream: BinaryIO, origin: str, limit: int) -> bytes:
    """Read the whole stream, or raise :class:`OversizeInputError` naming its size."""
    data = formats.read_up_to(stream, limit + 1)
    if len(data) <= limit:
        return data
    size = len(data)
    while chunk := stream.read(1024 * 1024):
        size += len(chunk)
    raise OversizeInputError(origin, formats.oversize_reason(size, limit))


# --- building the article ---------------------------------------------------------------


def build_article(doc: formats.RawDoc, options: ReadOptions, fallback_day: date) -> Article:
    """Extract, clean, title, date and identify one raw document.

    Raises :class:`InputError` subclasses for an oversize article or one without text.
    """
    content = doc.html or doc.text
    size = len(content.encode("utf-8"))
    if size > options.max_bytes:
        raise OversizeInputError(doc.origin, formats.oversize_reason(size, options.max_bytes))
    title, url, source, dates = doc.title, doc.url.strip(), doc.source, [doc.date]
    if doc.html:
        page = formats.extract_page(doc.html, doc.origin, url)
        body = page.text
        title = title or page.title
        url = url or page.url
        source = source or page.sitename
        dates.append(page.date)
    else:
        body = doc.text
    dates.append(doc.date_hint)
    title = clean_title(title)
    text = clean_text(body, title)
    if not text:
        what = "HTML has no extractable text" if doc.html else "no text"
        raise EmptyInputError(doc.origin, f"{what} left after removing boilerplate")
    if not title:
        title = _title_from_text(text)
    article_date, guessed = _choose_date(options.date, dates, fallback_day)
    return Article(
        id=doc.id or make_article_id(url, text),
        text=text,
        title=title,
        url=url,
        source=clean_title(source) or formats.host_of(url),
        date=article_date,
        date_guessed=guessed,
        origin=doc.origin,
    )


def _title_from_text(text: str) -> str:
    first = text.split("\n", 1)[0]
    return first if looks_like_title(first) else ""


def _choose_date(explicit: date | None, candidates: list[Any], fallback: date) -> tuple[date, bool]:
    if explicit is not None:
        return explicit, False
    for value in candidates:
        found = parse_date(value)
        if found is not None:
            return found, False
    return fallback, True
