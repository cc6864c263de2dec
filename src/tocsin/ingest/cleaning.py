"""Clean the text of a scraped or pasted article before sentence splitting.

:func:`clean_text` does, in order:

1. character normalisation (:func:`normalize_chars`): NFKC; curly quotes, primes and
   guillemets to straight ``'`` and ``"``; zero-width characters, soft hyphens,
   direction marks and control characters removed (a zero-width joiner or non-joiner
   between two non-ASCII characters is kept: Persian and Indic spelling needs it);
2. whitespace: runs of spaces and tabs become one space, lines are stripped;
3. hard-wrapped paragraphs (plain text wrapped at a fixed width, paragraphs separated by
   blank lines) are re-joined into one line each;
4. blank lines are dropped, so paragraphs are separated by a single ``"\\n"``;
5. boilerplate lines are dropped: whole short lines matching a pattern in
   ``tocsin/data/boilerplate.txt`` ("Read more", "Advertisement", share and follow
   widgets, cookie banners, copyright lines, server-side-include errors, lines that are
   only a URL or only punctuation), and related-links boxes ("Related news" and the
   headlines under it);
6. a line repeated among the first lines (a scraped title printed two or three times)
   is kept once; copies of the title near the top ("Title | Site name" too) are removed,
   the title being the one given or else a headline-like first line; a given title is
   put once as the first line.

The patterns are data, loaded once per process (:func:`boilerplate_patterns`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tocsin.errors import DictionaryError

BOILERPLATE_PATH = Path(__file__).resolve().parent.parent / "data" / "boilerplate.txt"

#: Lines longer than this are prose, never tested against boilerplate patterns.
MAX_BOILERPLATE_LINE = 200
#: How many leading lines are searched for a repeated title.
TOP_LINES = 8
#: A headline is shorter than this (and does not end with a period).
MAX_TITLE_CHARS = 200
#: A related-links box ends at the first line at least this long or ending a sentence.
MAX_HEADLINE_LINE = 150

_QUOTES = str.maketrans(
    {
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark
        "\u201a": "'",  # single low-9 quotation mark
        "\u201b": "'",  # single high-reversed-9 quotation mark
        "\u2032": "'",  # prime
        "\u2039": "'",  # single left-pointing angle quotation mark
        "\u203a": "'",  # single right-pointing angle quotation mark
        "\u02bc": "'",  # modifier letter apostrophe (Kataʼib)
        "\u02bb": "'",  # modifier letter turned comma
        "\u00b4": "'",  # acute accent used as an apostrophe
        "`": "'",
        "\u201c": '"',  # left double quotation mark
        "\u201d": '"',  # right double quotation mark
        "\u201e": '"',  # double low-9 quotation mark
        "\u201f": '"',  # double high-reversed-9 quotation mark
        "\u2033": '"',  # double prime
        "\u00ab": '"',  # left-pointing double angle quotation mark
        "\u00bb": '"',  # right-pointing double angle quotation mark
    }
)
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# Zero-width space, word joiner, BOM, soft hyphen, Mongolian vowel separator, LRM/RLM,
# bidi embeddings and isolates, invisible operators, and C0/C1 controls except \t and \n.
_INVISIBLE = re.compile(
    "[\u200b\u2060\ufeff\u00ad\u180e\u200e\u200f\u202a-\u202e\u2061-\u2069"
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]"
)
# ZWJ/ZWNJ next to ASCII (or at an end) are debris; between two non-ASCII letters they spell.
_JOINERS = re.compile(r"(?<![^\x00-\x7f])[\u200c\u200d]+|[\u200c\u200d]+(?![^\x00-\x7f])")
_SPACES = re.compile(r"[^\S\n]+")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*$")
_KEY_CORE = re.compile(r"[^\W_](?:.*[^\W_])?")


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Compiled boilerplate patterns: single lines to drop, and related-links headings."""

    lines: re.Pattern[str]
    trailers: re.Pattern[str]

    def is_boilerplate(self, line: str) -> bool:
        """True if the whole ``line`` is a boilerplate line."""
        return len(line) <= MAX_BOILERPLATE_LINE and self.lines.fullmatch(line) is not None

    def is_trailer(self, line: str) -> bool:
        """True if ``line`` is the heading of a related-links box."""
        return len(line) <= MAX_BOILERPLATE_LINE and self.trailers.fullmatch(line) is not None


@functools.cache
def boilerplate_patterns(path: Path = BOILERPLATE_PATH) -> Boilerplate:
    """Load and compile the boilerplate patterns file (once per path and process).

    Raises :class:`~tocsin.errors.DictionaryError` naming the line of a pattern that does
    not compile or of an unknown section header.
    """
    sections: dict[str, list[str]] = {"lines": [], "trailers": []}
    current = "lines"
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            if header.group(1) not in sections:
                raise DictionaryError(str(path), number, f"unknown section {line}")
            current = header.group(1)
            continue
        try:
            re.compile(line)
        except re.error as exc:
            raise DictionaryError(str(path), number, f"bad regular expression: {exc}") from exc
        sections[current].append(line)
    return Boilerplate(
        lines=_alternation(sections["lines"]), trailers=_alternation(sections["trailers"])
    )


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    if not patterns:
        return re.compile(r"(?!)")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def normalize_chars(text: str) -> str:
    """NFKC-normalise ``text``, straighten quotes and remove invisible characters.

    Line breaks of every kind become ``"\\n"``; tabs stay (whitespace is collapsed later).
    """
    text = text.translate(_QUOTES)  # before NFKC, which would split the acute accent
    text = unicodedata.normalize("NFKC", text)
    text = _NEWLINES.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    if "\u200c" in text or "\u200d" in text:
        text = _JOINERS.sub("", text)
    return text


def clean_title(title: str) -> str:
    """Normalise a title the way :func:`clean_text` normalises lines: one line, one space."""
    return " ".join(normalize_chars(title).split())


def clean_text(text: str, title: str = "") -> str:
    """Return ``text`` cleaned as described in the module docstring.

    ``title``, when given, is cleaned with :func:`clean_title`, removed wherever it is
    repeated among the first lines, and put once as the first line. Without a title, a
    line repeated among the first lines is kept once (its first occurrence).
    """
    title = clean_title(title)
    lines = [line.strip() for line in _SPACES.sub(" ", normalize_chars(text)).split("\n")]
    lines = _unwrap(lines, title)
    lines = _drop_boilerplate([line for line in lines if line], boilerplate_patterns())
    lines = _drop_repeated_top(lines, title)
    if title:
        lines.insert(0, title)
    return "\n".join(lines)


def _key(line: str) -> str:
    """Comparison key: case-folded, without leading or trailing punctuation."""
    core = _KEY_CORE.search(line)
    return core.group().casefold() if core else ""


def _unwrap(lines: list[str], title: str) -> list[str]:
    """Re-join paragraphs of plain text that was hard-wrapped at a fixed width.

    Applies only to text that separates paragraphs with blank lines and whose lines are all
    at most 100 characters. Two consecutive lines of a paragraph are joined when the next
    line's first word would not have fitted on the previous one (the width being the
    longest line), which is exactly when a wrapping program breaks a line. The first line
    of the text and the title are never joined to what follows unless it continues in
    lower case: they are usually a headline.
    """
    filled = [line for line in lines if line]
    if len(filled) < 4 or len(filled) == len(lines):
        return lines
    width = max(len(line) for line in filled)
    if width > 100:
        return lines
    title_key = _key(title) if title else None
    out: list[str] = []
    previous = ""
    first_open = True  # out[-1] is still the text's first line, unjoined
    for line in lines:
        if previous and line and _is_wrap(previous, line, width):
            headline = first_open or _key(previous) == title_key
            if not headline or line[0].islower():
                joiner = "" if re.search(r"\w-$", out[-1]) else " "
                out[-1] = out[-1] + joiner + line
                previous = line
                first_open = False
                continue
        if first_open and line and any(out):
            first_open = False
        out.append(line)
        previous = line
    return out


def _is_wrap(previous: str, line: str, width: int) -> bool:
    first_word = line.split(" ", 1)[0]
    return len(previous) + 1 + len(first_word) > width


def _drop_boilerplate(lines: list[str], patterns: Boilerplate) -> list[str]:
    """Drop boilerplate lines and related-links boxes (heading plus headlines under it)."""
    out: list[str] = []
    in_box = False
    for line in lines:
        if patterns.is_trailer(line):
            in_box = True
            continue
        if in_box:
            if len(line) < MAX_HEADLINE_LINE and not _SENTENCE_END.search(line):
                continue
            in_box = False
        if not patterns.is_boilerplate(line):
            out.append(line)
    return out


def looks_like_title(line: str) -> bool:
    """True if ``line`` could be a headline: shorter than 200 characters, no final period."""
    return 0 < len(line) < MAX_TITLE_CHARS and not line.endswith(".")


def _drop_repeated_top(lines: list[str], title: str) -> list[str]:
    """Drop repeats among the first :data:`TOP_LINES` lines, and copies of the title there.

    Without a given title, a headline-like first line serves as the title. A copy is the
    same line (ignoring case and outer punctuation) or, for a headline-like line of 20+
    characters, one that extends or shortens the title ("Title | Site name").
    """
    if not title and lines and looks_like_title(lines[0]):
        return [lines[0], *_drop_repeated_top(lines[1:], lines[0])]
    title_key = _key(title) if title else ""
    seen: set[str] = set()
    out: list[str] = []
    for index, line in enumerate(lines):
        if index < TOP_LINES:
            key = _key(line)
            if key in seen or (title_key and _is_title_copy(line, key, title_key)):
                continue
            seen.add(key)
        out.append(line)
    return out


def _is_title_copy(line: str, key: str, title_key: str) -> bool:
    if key == title_key:
        return True
    if min(len(key), len(title_key)) < 20 or not looks_like_title(line):
        return False
    return key.startswith(title_key) or title_key.startswith(key)
