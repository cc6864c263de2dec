"""Recognise what an input holds, decode it, and split it into raw documents.

This module knows the file formats; :mod:`tocsin.ingest.readers` turns what it finds into
:class:`~tocsin.model.Article` objects. A format is recognised from the content first and
the file name second (:func:`detect_format`): a ``.txt`` that holds HTML is HTML.

Each parser yields :class:`RawDoc` (an article before extraction and cleaning) or an
:class:`~tocsin.errors.InputError` *value* for a bad line or record, so that one bad
record never stops the rest of its file:

- :func:`read_jsonl`: one JSON object per line (``text`` or ``html``; optional ``id``,
  ``url``, ``title``, ``date``, ``source``); origin ``path:LINE``.
- :func:`read_json`: a ``.json`` document holding one such object or a list of them;
  origin ``path#N``. A ``.json`` file that is not one JSON document is read as JSONL.
- :func:`read_feed`: RSS or Atom through feedparser; origin ``path#ENTRY``.
- :func:`read_warc`: WARC through warcio, HTML ``response``/``resource`` records;
  origin ``path#RECORD`` (counting every record). warcio silently drops or shortens a
  truncated record, so this checks each record's length and the bytes left at the end.

Plain text and HTML files are one article each and need no parser here beyond
:func:`decode_bytes` and :func:`extract_page`.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, Literal
from urllib.parse import urlsplit

import feedparser
import lxml.html
import trafilatura
from lxml import etree
from warcio.archiveiterator import ArchiveIterator

from tocsin.errors import (
    BinaryInputError,
    DecodeInputError,
    EmptyInputError,
    InputError,
    MalformedRecordError,
    OversizeInputError,
)
from tocsin.model import IngestFailure

Format = Literal["gzip", "warc", "feed", "html", "json", "jsonl", "text"]

#: Bytes read ahead to recognise a format.
HEAD_SIZE = 64 * 1024
#: More than this share of control bytes (other than tab, newline, CR, FF) means binary.
MAX_CONTROL_RATIO = 0.05
#: cp1252 is accepted only if at most this share of characters are non-ASCII.
MAX_CP1252_NON_ASCII = 0.10

_GZIP_MAGIC = b"\x1f\x8b"
_FEED_ROOT = re.compile(
    r"(?:<\?xml[^>]*>|<!--.*?-->|<!doctype[^>]*>|\s)*<(?:rss|feed|rdf:rdf)[\s>]", re.DOTALL
)
_HTML_ANYWHERE = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]")
_HTML_START = re.compile(
    r"<(?:p|div|article|section|main|title|meta|h[1-6]|span|a|table|br|ul|header|nav|"
    r"script|style|link)[\s>/]"
)
_JSON_OBJECT_START = re.compile(r'\{\s*("|\}|$)')
_JSON_LIST_START = re.compile(r"\[\s*(\{|\]|$)")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_BLOCK_TAGS = frozenset(
    ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")
    + ("tr", "table", "section", "article", "header", "footer", "pre", "hr", "figure")
    + ("figcaption", "dd", "dt")
)


@dataclass(slots=True)
class RawDoc:
    """One article as found in its container, before HTML extraction and cleaning.

    ``date`` is metadata the container states (JSONL ``date``, feed ``published``) and
    wins over the HTML's own date; ``date_hint`` (WARC-Date, a crawl time) is used only
    when neither gives one.
    """

    origin: str
    text: str = ""
    html: str = ""
    title: str = ""
    url: str = ""
    source: str = ""
    date: Any = None
    date_hint: Any = None
    id: str = ""


Item = RawDoc | InputError | IngestFailure


@dataclass(frozen=True, slots=True)
class Page:
    """Main text and metadata that trafilatura extracted from one HTML page."""

    text: str
    title: str = ""
    url: str = ""
    sitename: str = ""
    date: str = ""


# --- bytes ----------------------------------------------------------------------------


def read_up_to(stream: BinaryIO, size: int) -> bytes:
    """Read ``size`` bytes, or fewer only at the end of the stream (pipes read short)."""
    parts: list[bytes] = []
    read_parts(stream, size, parts)
    return b"".join(parts)


def read_parts(stream: BinaryIO, size: int, parts: list[bytes]) -> None:
    """Append chunks read from ``stream`` to ``parts`` until ``size`` bytes or its end."""
    left = size
    while left > 0:
        chunk = stream.read(left)
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)


def oversize_reason(size: int, limit: int) -> str:
    """The one-line reason for an article above the size limit."""
    return f"article is {size:,} bytes, above max_bytes={limit:,}; raise max_bytes to read it"


# --- recognising and decoding -----------------------------------------------------------


def detect_format(name: str, head: bytes) -> Format:
    """Recognise the format of an input from its first bytes, then from its file name.

    Content wins: gzip magic, ``WARC/``, an RSS/Atom root element, a leading JSON object
    (JSONL; JSON for a ``.json`` name) or list of objects (JSON), HTML markup. Otherwise
    ``.jsonl``, ``.ndjson`` and ``.json`` names decide, and anything else is plain text.
    """
    if head.startswith(_GZIP_MAGIC):
        return "gzip"
    probe = head.lstrip(codecs.BOM_UTF8).lstrip()
    if probe.startswith(b"WARC/"):
        return "warc"
    start = probe[:4096].decode("latin-1").lower()
    base = os.path.basename(name).lower()
    suffix = base.rsplit(".", 1)[-1] if "." in base else ""
    if _FEED_ROOT.match(start):
        return "feed"
    if _JSON_OBJECT_START.match(start):  # before HTML: a record may hold an "html" field
        return "json" if suffix == "json" else "jsonl"
    if _JSON_LIST_START.match(start):
        return "json"
    if _HTML_ANYWHERE.search(start) or (start.startswith("<") and _HTML_START.search(start)):
        return "html"
    if suffix in ("jsonl", "ndjson"):
        return "jsonl"
    if suffix == "json":
        return "json"
    return "text"


def check_binary(data: bytes, origin: str) -> None:
    """Raise :class:`BinaryInputError` if ``data`` holds NUL bytes or many control bytes."""
    sample = data[:HEAD_SIZE]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if b"\x00" in sample:
        raise BinaryInputError(origin, "binary file (contains NUL bytes), not text")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls / len(sample) > MAX_CONTROL_RATIO:
        share = controls / len(sample)
        raise BinaryInputError(origin, f"binary file ({share:.0%} control bytes), not text")


def decode_bytes(data: bytes, origin: str, declared: str | None = None) -> str:
    """Decode ``data``: UTF-8 (BOM or not), UTF-16 with a BOM, the ``declared`` charset,
    then cp1252 if the result is plausible text. Raise an :class:`InputError` otherwise.

    Empty or whitespace-only data raises :class:`EmptyInputError`; binary data raises
    :class:`BinaryInputError`; bytes no encoding explains raise :class:`DecodeInputError`.
    """
    if not data:
        raise EmptyInputError(origin, "empty (0 bytes)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _non_empty(data.decode("utf-16"), origin)
        except UnicodeDecodeError as exc:
            raise DecodeInputError(origin, f"invalid UTF-16 despite its BOM: {exc.reason}") from exc
    check_binary(data, origin)
    try:
        return _non_empty(data.decode("utf-8-sig"), origin)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    declared = declared or _declared_charset(data[:4096])
    codec = _codec_name(declared) if declared else None
    if codec and codec not in ("utf-8", "cp1252"):
        try:
            return _non_empty(data.decode(codec), origin)
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible_cp1252(text):
        return _non_empty(text, origin)
    bad = data[utf8_error.start]
    raise DecodeInputError(
        origin,
        f"undecodable bytes: not UTF-8 (byte 0x{bad:02x} at offset {utf8_error.start}) "
        f"and not plausible {declared or 'cp1252'} text; re-encode the file as UTF-8",
    )


def _non_empty(text: str, origin: str) -> str:
    if not text.strip():
        raise EmptyInputError(origin, "holds only whitespace")
    return text


def _declared_charset(head: bytes) -> str | None:
    found = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return found.group(1).decode("ascii", "replace") if found else None


def _codec_name(charset: str) -> str | None:
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return None
    # Browsers read Latin-1 and ASCII labels as windows-1252 (WHATWG Encoding Standard).
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _plausible_cp1252(text: str) -> bool:
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if len(non_ascii) <= 3:
        return True
    if len(non_ascii) / len(text) > MAX_CP1252_NON_ASCII:
        return False
    # Accented letters and typographic punctuation, not a scatter of symbols and digits.
    wordlike = sum(1 for ch in non_ascii if unicodedata.category(ch)[0] in "LPZ")
    return wordlike >= len(non_ascii) / 2


def charset_of(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of an HTTP Content-Type header, if any."""
    found = _HEADER_CHARSET.search(content_type or "")
    return found.group(1) if found else None


def host_of(url: str) -> str:
    """The host name of ``url`` without a leading ``www.``; empty if there is none."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


# --- HTML -------------------------------------------------------------------------------

_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def extract_page(html: str, origin: str, url: str = "") -> Page:
    """Extract the main text and metadata of an HTML page with trafilatura.

    The date comes from markup only (meta tags, JSON-LD, ``<time>``, the URL), not from a
    search of the text. Raises :class:`EmptyInputError` when there is no main text.
    """
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # lxml and trafilatura raise assorted errors on broken pages
        raise MalformedRecordError(origin, f"HTML could not be parsed: {exc}") from exc
    text = getattr(doc, "text", None) or ""
    if not text.strip():
        raise EmptyInputError(origin, "HTML has no extractable text")
    return Page(
        text=text,
        title=doc.title or "",
        url=doc.url or "",
        sitename=doc.sitename or doc.hostname or "",
        date=doc.date or "",
    )


def fragment_to_text(fragment: str) -> str:
    """Turn an HTML fragment (a feed entry's content) into text, one block per line."""
    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for node in root.xpath("//script|//style"):
        node.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
    return str(root.text_content())


# --- JSONL and JSON ---------------------------------------------------------------------


def read_jsonl(stream: BinaryIO, origin: str, max_bytes: int) -> Iterator[RawDoc | InputError]:
    """Yield one :class:`RawDoc` per JSONL line, or an :class:`InputError` for a bad line.

    Blank lines are skipped. A line longer than twice ``max_bytes`` (plus 64 KiB for
    metadata) is not parsed at all: it is reported as oversize and skipped.
    """
    limit = 2 * max_bytes + 64 * 1024
    number = 0
    while True:
        number += 1
        where = f"{origin}:{number}"
        try:
            line = stream.readline(limit + 1)
            if len(line) > limit and not line.endswith(b"\n"):
                size = len(line) + _skip_line(stream)
                reason = f"line is {size:,} bytes, too long for max_bytes={max_bytes:,}"
                yield OversizeInputError(where, reason)
                continue
        except EOFError as exc:
            yield MalformedRecordError(where, f"line cut short: {exc}")
            return
        if not line:
            return
        if line.strip():
            yield _parse_json_line(line, where)


def _skip_line(stream: BinaryIO) -> int:
    skipped = 0
    while chunk := stream.readline(1024 * 1024):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _parse_json_line(line: bytes, where: str) -> RawDoc | InputError:
    try:
        obj = json.loads(line.decode("utf-8-sig").strip())
    except UnicodeDecodeError as exc:
        return DecodeInputError(where, f"line is not valid UTF-8 (byte offset {exc.start})")
    except json.JSONDecodeError as exc:
        return MalformedRecordError(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
    return record_from_object(obj, where)


def read_json(data: bytes, origin: str, max_bytes: int) -> Iterator[RawDoc | InputError]:
    """Yield the article(s) of a JSON document: one object, or a list of objects.

    Data that is not one JSON document (several objects, one per line) is read as JSONL.
    """
    try:
        obj = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        yield from read_jsonl(io.BytesIO(data), origin, max_bytes)
        return
    if isinstance(obj, list):
        for number, item in enumerate(obj, start=1):
            yield record_from_object(item, f"{origin}#{number}")
    else:
        yield record_from_object(obj, origin)


def record_from_object(obj: Any, origin: str) -> RawDoc | InputError:
    """Turn one decoded JSON record into a :class:`RawDoc`, or an error naming the problem."""
    if not isinstance(obj, dict):
        return MalformedRecordError(origin, f"record is a JSON {type(obj).__name__}, not an object")
    if "text" not in obj and "html" not in obj:
        return MalformedRecordError(origin, "record has neither 'text' nor 'html'")
    fields: dict[str, str] = {}
    for key in ("text", "html", "title", "url", "source"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return MalformedRecordError(origin, f"'{key}' is a {type(value).__name__}, not text")
        fields[key] = value or ""
    if not fields["text"].strip() and not fields["html"].strip():
        return EmptyInputError(origin, "record's 'text' and 'html' are empty")
    raw_id = obj.get("id")
    has_id = isinstance(raw_id, str | int) and not isinstance(raw_id, bool)
    record_id = str(raw_id) if has_id else ""
    text = fields["text"] if fields["text"].strip() else ""
    return RawDoc(
        origin=origin,
        text=text,
        html="" if text else fields["html"],
        title=fields["title"],
        url=fields["url"],
        source=fields["source"],
        date=obj.get("date"),
        id=record_id.strip(),
    )


# --- RSS and Atom -----------------------------------------------------------------------


def read_feed(data: bytes, origin: str) -> Iterator[RawDoc | InputError]:
    """Yield one :class:`RawDoc` per RSS/Atom entry (its content or summary as text)."""
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            yield MalformedRecordError(origin, f"not a readable RSS/Atom feed: {problem}")
        else:
            yield EmptyInputError(origin, "feed has no entries")
        return
    source = parsed.feed.get("title", "")
    for number, entry in enumerate(parsed.entries, start=1):
        yield RawDoc(
            origin=f"{origin}#{number}",
            text=fragment_to_text(_entry_html(entry)),
            title=entry.get("title", ""),
            url=entry.get("link", ""),
            source=source,
            date=_entry_date(entry),
        )


def _entry_html(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    if contents:
        return max(contents, key=len)
    return entry.get("summary", "") or ""


def _entry_date(entry: Any) -> Any:
    for key in ("published_parsed", "updated_parsed", "published", "updated"):
        if entry.get(key):
            return entry.get(key)
    return None


# --- WARC -------------------------------------------------------------------------------


_TRUNCATED = "truncated WARC record: the file ends inside it"


def read_warc(
    stream: BinaryIO, origin: str, max_bytes: int, truncated: Callable[[], bool] = bool
) -> Iterator[Item]:
    """Yield a :class:`RawDoc` per HTML response (or resource) record of a WARC file.

    Records that are not HTML pass silently; an HTML response with a non-2xx status is
    yielded as a *skipped* :class:`IngestFailure`. A truncated or unreadable record yields
    a :class:`MalformedRecordError`; articles already read are kept.
    ``truncated()`` tells whether a decompressor under ``stream`` met a truncated file; it
    must not raise :class:`EOFError` itself, which warcio would take for a clean end.
    """
    records = ArchiveIterator(stream)
    number = 0
    last_failed = False
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # warcio raises many types on corrupt input
            at_end = truncated() or not stream.read(1)
            reason = _TRUNCATED if at_end else f"unreadable WARC record: {exc}"
            yield MalformedRecordError(f"{origin}#{number + 1}", reason)
            return
        number += 1
        item = _warc_item(record, f"{origin}#{number}", max_bytes)
        last_failed = isinstance(item, MalformedRecordError)
        if item is not None:
            yield item
    leftover = records.fh.tell() - records.offset
    if last_failed:
        return
    if leftover > 0:
        yield MalformedRecordError(f"{origin}#{number + 1}", _TRUNCATED)
    elif truncated():
        reason = f"truncated WARC file: compressed data ends early after record {number}"
        yield MalformedRecordError(f"{origin}#{number + 1}", reason)


def _warc_item(record: Any, origin: str, max_bytes: int) -> Item | None:
    try:
        return _warc_record_item(record, origin, max_bytes)
    except InputError as exc:
        return exc
    except (EOFError, OSError, ValueError, zlib.error) as exc:  # chunked or gzip payloads
        return MalformedRecordError(origin, f"unreadable WARC record payload: {exc}")


def _warc_record_item(record: Any, origin: str, max_bytes: int) -> Item | None:
    if record.rec_type is None or record.length is None:  # Content-Length is mandatory
        raise MalformedRecordError(origin, "truncated WARC record: incomplete WARC headers")
    http = record.http_headers if record.rec_type == "response" else None
    if record.rec_type == "response" and http is not None:
        content_type = http.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        content_type = ""
    if "html" not in content_type.lower():
        _check_complete(record, origin)
        return None
    status = http.get_statuscode() if http is not None else "200"
    if not (status or "").startswith("2"):
        _check_complete(record, origin)
        return IngestFailure(origin, f"HTTP {status} response, not an article", kind="skipped")
    content = record.content_stream()
    payload = read_up_to(content, max_bytes + 1)
    size = len(payload)
    while chunk := content.read(1024 * 1024):
        size += len(chunk)
    _check_complete(record, origin)
    if size > max_bytes:
        raise OversizeInputError(origin, oversize_reason(size, max_bytes))
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    return RawDoc(
        origin=origin,
        html=decode_bytes(payload, origin, charset_of(content_type)),
        url=url,
        source=host_of(url),
        date_hint=record.rec_headers.get_header("WARC-Date"),
    )


def _check_complete(record: Any, origin: str) -> None:
    """Read the record to its end; raise if the file ended before its Content-Length."""
    raw = record.raw_stream
    while raw.read(1024 * 1024):
        pass
    missing = getattr(raw, "limit", 0)
    if missing > 0:
        raise MalformedRecordError(
            origin, f"truncated WARC record: {missing:,} of {record.length:,} bytes missing"
        )
