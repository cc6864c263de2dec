"""Tests for tocsin.ingest.readers and formats: every format, bad input, dates and ids."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tocsin.ingest import make_article_id, parse_date, read_inputs
from tocsin.ingest.formats import detect_format
from tocsin.model import Article, IngestFailure, text_hash

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE = Path(__file__).resolve().parents[2] / "src/tocsin/data/examples/us-iraq-2019-12-31.txt"
# Noon UTC, so the mtime day is the same in every time zone's reading of the test.
MTIME = datetime(2021, 6, 15, 12, tzinfo=UTC).timestamp()

PARAGRAPH = (
    "American aircraft struck weapons depots of Kata'ib Hezbollah near al-Qaim on Sunday, "
    "the Pentagon said, after a rocket attack on a base near Kirkuk killed a contractor."
)


def page(title: str, paragraphs: int = 3) -> bytes:
    """A small HTML page that trafilatura extracts reliably."""
    body = "".join(f"<p>{PARAGRAPH} Paragraph {i} of {title}.</p>" for i in range(paragraphs))
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
        "</article></body></html>"
    ).encode()


def read(*inputs: str | os.PathLike, **kwargs) -> list[Article | IngestFailure]:
    return list(read_inputs(list(inputs), **kwargs))


def articles(results: list) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def failures(results: list) -> list[IngestFailure]:
    return [r for r in results if isinstance(r, IngestFailure)]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    os.utime(path, (MTIME, MTIME))
    return path


def good_file(tmp_path: Path) -> Path:
    return write(tmp_path / "good.txt", "Iraq condemns strikes\n\nIraq condemned the strikes.\n")


def make_warc(path: Path, records: list[tuple[str, str, bytes, str]], gz: bool = True) -> Path:
    """Write (url, content_type, body, status) response records, plus a request first."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for url, content_type, body, status in records:
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2019-12-31T10:00:00Z"},
            )
            writer.write_record(record)
    return path


def html_records(n: int) -> list[tuple[str, str, bytes, str]]:
    return [
        (f"https://news.example.com/a{i}", "text/html; charset=utf-8", page(f"Story {i}"), "200 OK")
        for i in range(1, n + 1)
    ]


# --- plain text, the real sample, the bundled example ----------------------------------------


def test_readers_plain_text_title_and_cleaning():
    [art] = read(FIXTURES / "scraped.txt")
    assert art.title == "Iraq summons US envoy over strikes on militia bases"
    lines = art.text.split("\n")
    assert lines[0] == art.title
    assert art.text.count(art.title) == 1
    assert "Share" not in lines and "Advertisement" not in lines
    assert "Related articles" not in art.text and "Militia vows revenge" not in art.text
    assert "©" not in art.text
    assert "Iraq's foreign ministry" in art.text  # curly apostrophe straightened
    assert any("share an interest" in line for line in lines)
    assert any("follow the matter" in line for line in lines)
    assert art.origin == str(FIXTURES / "scraped.txt")
    assert art.url == "" and art.source == ""


def test_readers_real_sample_title_once(shared):
    sample = shared / "samples" / "us-iran-2020-04-02.txt"
    if not sample.exists():
        pytest.skip("sample article not available")
    [art] = read(sample)
    title = "Donald Trump warns Iran is planning a 'sneak attack' on U.S"
    assert art.title == title
    assert art.text.startswith(title + "\n")
    assert art.text.count(title) == 1
    assert "Related news" not in art.text
    assert "[an error occurred" not in art.text
    assert art.text.rstrip().endswith("local security forces.")


def test_readers_bundled_example_reads_as_one_article():
    [art] = read(EXAMPLE)
    assert art.title.startswith("Militia supporters storm US embassy")
    assert "on Sunday" in art.text and "Kata'ib Hezbollah" in art.text
    assert len(art.text.split("\n")) >= 15


def test_readers_first_line_with_full_stop_is_not_a_title(tmp_path):
    path = write(tmp_path / "a.txt", "Iraq condemned the strikes.\nIran agreed.\n")
    [art] = read(path)
    assert art.title == ""
    assert art.text == "Iraq condemned the strikes.\nIran agreed."


# --- HTML ----------------------------------------------------------------------------------


def test_readers_html_metadata():
    [art] = read(FIXTURES / "page.html")
    assert art.title == "Strikes hit militia bases in Iraq and Syria"
    assert art.source == "Example News"
    assert art.url == "https://www.example.com/world/strikes-militia"
    assert art.date == date(2019, 12, 30) and not art.date_guessed
    assert art.text.startswith(art.title + "\n")
    assert art.text.count(art.title) == 1
    assert "Kata'ib Hezbollah" in art.text
    assert "Home" not in art.text and "All rights reserved" not in art.text


def test_readers_txt_holding_html_is_read_as_html():
    [art] = read(FIXTURES / "disguised.txt")
    assert art.title == "Protesters rally outside embassy"
    assert "<p>" not in art.text and "<html>" not in art.text
    assert "Thousands of protesters" in art.text


def test_readers_html_without_text_fails_and_batch_goes_on(tmp_path):
    empty_page = write(tmp_path / "nav.html", "<html><body><nav>Home</nav><script>x=1</script>")
    results = read(empty_page, good_file(tmp_path))
    [failure] = failures(results)
    assert failure.origin == str(empty_page)
    assert failure.reason.startswith("E101") and "no extractable text" in failure.reason
    assert len(articles(results)) == 1


# --- JSONL and JSON ------------------------------------------------------------------------


def test_readers_jsonl_bad_lines_fail_alone():
    path = FIXTURES / "articles.jsonl"
    results = read(path)
    good = articles(results)
    assert [a.origin for a in good] == [f"{path}:1", f"{path}:2", f"{path}:6"]
    first = good[0]
    assert (
        first.id == "wire-001"
        and first.source == "Wire"
        and first.title == "Iran condemns US strikes"
    )
    assert first.date == date(2019, 12, 30) and not first.date_guessed
    assert first.text.startswith("Iran condemns US strikes\nIran condemned")
    assert good[1].source == "wire.example"  # host of the url
    assert good[2].date == date(2020, 1, 1)  # RFC 2822 date of an html record
    assert "Iraqi lawmakers urged" in good[2].text
    bad = {f.origin: f.reason for f in failures(results)}
    assert set(bad) == {f"{path}:3", f"{path}:4"}
    assert bad[f"{path}:3"].startswith("E104 malformed JSON")
    assert bad[f"{path}:4"] == "E104 record has neither 'text' nor 'html'"


def test_readers_json_list_document(tmp_path):
    items = [{"id": 7, "text": "Iraq condemned the strikes."}, {"title": "no text"}]
    path = write(tmp_path / "batch.json", json.dumps(items, indent=2))
    results = read(path)
    assert [a.id for a in articles(results)] == ["7"]
    assert [f.origin for f in failures(results)] == [f"{path}#2"]


def test_readers_json_named_file_holding_jsonl(tmp_path):
    lines = '{"text": "Iran denied a role."}\n{"text": "Iraq summoned the envoy."}\n'
    results = read(write(tmp_path / "lines.json", lines))
    assert len(articles(results)) == 2 and not failures(results)


# --- RSS and Atom --------------------------------------------------------------------------


def test_readers_rss_entries():
    path = FIXTURES / "feed.rss"
    first, second = read(path)
    assert first.origin == f"{path}#1" and second.origin == f"{path}#2"
    assert first.source == "Example Wire World"
    assert first.url == "https://wire.example/paratroopers"
    assert first.title == "Pentagon sends paratroopers to the Middle East"
    assert first.date == date(2019, 12, 31) and not first.date_guessed
    assert "750 soldiers" in first.text  # content:encoded preferred over the summary
    assert "appeared first on" not in first.text
    assert second.text == (
        "Iran denies role in embassy protest\n"
        "Iran rejected American accusations that it organised the protest."
    )


def test_readers_atom_entry():
    [art] = read(FIXTURES / "feed.atom")
    assert art.source == "Example Atom Desk"
    assert art.url == "https://atom.example/withdraw"
    assert art.date == date(2020, 1, 1)
    assert "withdrew from the US embassy" in art.text


# --- WARC ----------------------------------------------------------------------------------


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_readers_warc_html_responses(tmp_path, gz):
    records = [
        *html_records(2),
        ("https://news.example.com/logo.png", "image/png", b"\x89PNG\r\n\x00\x00", "200 OK"),
        ("https://news.example.com/gone", "text/html", page("Gone"), "404 Not Found"),
    ]
    path = make_warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), records, gz=gz)
    results = read(path)
    first, second = articles(results)
    assert first.url == "https://news.example.com/a1" and first.origin == f"{path}#1"
    assert second.origin == f"{path}#2"
    assert first.source == "news.example.com"
    assert first.date == date(2019, 12, 31) and not first.date_guessed  # WARC-Date
    assert first.title == "Story 1" and "al-Qaim" in first.text
    [skipped] = failures(results)
    assert skipped.kind == "skipped" and skipped.origin == f"{path}#4"


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("cut", [40, 400, "header"])
def test_readers_truncated_warc_keeps_earlier_records(tmp_path, gz, cut):
    full = make_warc(tmp_path / "full.warc", html_records(3), gz=gz).read_bytes()
    if cut == "header":  # stop inside the third record's WARC headers
        marker = b"WARC/1" if not gz else b"\x1f\x8b"
        cut = len(full) - full.rindex(marker) - (30 if not gz else 12)
    path = write(tmp_path / ("cut.warc.gz" if gz else "cut.warc"), full[:-cut])
    results = read(path)
    assert [a.url for a in articles(results)] == [
        "https://news.example.com/a1",
        "https://news.example.com/a2",
    ]
    [failure] = failures(results)
    assert failure.origin == f"{path}#3"
    assert failure.reason.startswith("E104 truncated WARC")


def test_readers_warc_oversize_record_fails_alone(tmp_path):
    records = html_records(2)
    records.insert(1, ("https://news.example.com/big", "text/html", page("Big", 40), "200 OK"))
    path = make_warc(tmp_path / "big.warc.gz", records)
    results = read(path, max_bytes=3_000)
    assert [a.origin for a in articles(results)] == [f"{path}#1", f"{path}#3"]
    [failure] = failures(results)
    assert failure.origin == f"{path}#2" and failure.reason.startswith("E105")


# --- gzip, directories, stdin --------------------------------------------------------------


def test_readers_gzip_of_each_text_format(tmp_path):
    for name in ("scraped.txt", "page.html", "articles.jsonl", "feed.rss"):
        data = (FIXTURES / name).read_bytes()
        write(tmp_path / f"{name}.gz", gzip.compress(data))
        plain = read(FIXTURES / name)
        zipped = read(tmp_path / f"{name}.gz")
        assert [a.text for a in articles(zipped)] == [a.text for a in articles(plain)], name
        assert len(failures(zipped)) == len(failures(plain)), name


def test_readers_gzip_with_misleading_name_is_sniffed(tmp_path):
    path = write(tmp_path / "story.dat", gzip.compress(page("Sniffed story")))
    [art] = read(path)
    assert art.title == "Sniffed story"


def test_readers_truncated_gzip_fails_but_earlier_lines_stay(tmp_path):
    lines = "".join(
        json.dumps({"text": f"Line {i} of a report on strikes."}) + "\n" for i in range(400)
    )
    data = gzip.compress(lines.encode())
    path = write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2])
    results = read(path)
    assert len(articles(results)) > 10
    [failure] = failures(results)
    assert failure.origin.startswith(f"{path}:") and failure.reason.startswith("E104")
    text_path = write(
        tmp_path / "cut.txt.gz", gzip.compress(b"Iraq condemned the strikes. " * 50)[:-10]
    )
    [text_failure] = read(text_path)
    assert isinstance(text_failure, IngestFailure) and text_failure.origin == str(text_path)


def test_readers_directory_recursive_sorted_and_skips_hidden(tmp_path):
    shutil.copy(FIXTURES / "scraped.txt", tmp_path / "b.txt")
    write(tmp_path / "a" / "z.txt", "Iran denied a role.\n")
    write(tmp_path / "a" / "y.txt", "Iraq summoned the envoy.\n")
    write(tmp_path / ".hidden.txt", "Hidden text.\n")
    write(tmp_path / ".cache" / "c.txt", "Cached text.\n")
    origins = [r.origin for r in read(tmp_path)]
    assert origins == [
        str(tmp_path / "a" / "y.txt"),
        str(tmp_path / "a" / "z.txt"),
        str(tmp_path / "b.txt"),
    ]


def use_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_readers_stdin_plain_text(monkeypatch):
    use_stdin(monkeypatch, (FIXTURES / "scraped.txt").read_bytes())
    before = datetime.now(UTC).date()
    [art] = read("-")
    assert art.origin == "<stdin>" and art.title.startswith("Iraq summons")
    assert art.date_guessed and art.date in {before, datetime.now(UTC).date()}  # today


def test_readers_stdin_detects_jsonl(monkeypatch):
    use_stdin(monkeypatch, (FIXTURES / "articles.jsonl").read_bytes())
    results = read("-", date=date(2020, 1, 5))
    assert [a.origin for a in articles(results)] == ["<stdin>:1", "<stdin>:2", "<stdin>:6"]
    assert {f.origin for f in failures(results)} == {"<stdin>:3", "<stdin>:4"}


def test_readers_stdin_without_byte_buffer(monkeypatch):
    text = "Talks in Zürich “went well”, officials said. " * 3000  # longer than one read
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    [art] = read("-")
    assert art.text == " ".join(text.replace("“", '"').replace("”", '"').split())


def test_readers_single_path_instead_of_list():
    assert len(list(read_inputs(FIXTURES / "feed.rss"))) == 2


# --- bad input -----------------------------------------------------------------------------

CYRILLIC = "Президент заявил, что удары будут продолжены. ".encode("cp1251") * 5


@pytest.mark.parametrize(
    ("name", "data", "code", "words"),
    [
        ("empty.txt", b"", "E101", "empty"),
        ("blank.txt", b"  \n\n \t\n", "E101", "whitespace"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "E102", "binary"),
        ("controls.txt", bytes(range(1, 9)) * 100 + b"text", "E102", "binary"),
        ("cyrillic.txt", CYRILLIC, "E103", "not UTF-8"),
        ("broken.html", b"<html><body><p>caf\x81\x8d\x90 " * 50 + b"</p>", "E103", "undecodable"),
    ],
)
def test_readers_bad_file_fails_and_batch_goes_on(tmp_path, name, data, code, words):
    bad = write(tmp_path / name, data)
    results = read(bad, good_file(tmp_path))
    [failure] = failures(results)
    assert failure.origin == str(bad) and failure.kind == "failed"
    assert failure.reason.startswith(code) and words in failure.reason
    assert "\n" not in failure.reason
    assert [a.origin for a in articles(results)] == [str(tmp_path / "good.txt")]


def test_readers_missing_path_fails(tmp_path):
    missing = tmp_path / "nope.txt"
    results = read(missing, good_file(tmp_path))
    assert results[0] == IngestFailure(str(missing), "E100 no such file or directory")
    assert len(articles(results)) == 1


def test_readers_oversize_article_fails_with_its_size(tmp_path):
    big = write(tmp_path / "big.txt", "Iraq condemned the strikes. " * 100)
    results = read(big, good_file(tmp_path), max_bytes=1_000)
    [failure] = failures(results)
    assert failure.origin == str(big)
    assert failure.reason.startswith("E105") and "2,800 bytes" in failure.reason
    assert len(articles(results)) == 1


def test_readers_oversize_jsonl_line_fails_alone(tmp_path):
    lines = [{"text": "Iran denied a role."}, {"text": "x " * 5_000}, {"text": "Iraq objected."}]
    path = write(tmp_path / "a.jsonl", "\n".join(json.dumps(line) for line in lines))
    results = read(path, max_bytes=1_000)
    assert [a.origin for a in articles(results)] == [f"{path}:1", f"{path}:3"]
    [failure] = failures(results)
    assert failure.origin == f"{path}:2" and failure.reason.startswith("E105")


def test_readers_cp1252_and_bom_files_decode(tmp_path):
    cp = write(tmp_path / "cp.txt", "Talks in Zürich “went well”, officials said.".encode("cp1252"))
    bom = write(tmp_path / "bom.txt", b"\xef\xbb\xbfIraq condemned the strikes.")
    utf16 = write(tmp_path / "u16.txt", "Iraq condemned the strikes.".encode("utf-16"))
    first, second, third = read(cp, bom, utf16)
    assert first.text == 'Talks in Zürich "went well", officials said.'
    assert second.text == third.text == "Iraq condemned the strikes."


# --- dates and ids -------------------------------------------------------------------------


def test_readers_date_precedence(tmp_path):
    plain = good_file(tmp_path)
    dated = write(
        tmp_path / "d.jsonl", json.dumps({"text": "Iran denied it.", "date": "2019-12-31"})
    )
    art_plain, art_dated = read(plain, dated)
    assert (art_plain.date, art_plain.date_guessed) == (date(2021, 6, 15), True)  # mtime
    assert (art_dated.date, art_dated.date_guessed) == (date(2019, 12, 31), False)  # metadata
    explicit = date(2020, 1, 3)
    for art in read(plain, dated, FIXTURES / "page.html", date=explicit):
        assert (art.date, art.date_guessed) == (explicit, False)


def test_readers_unparseable_metadata_date_falls_back_to_mtime(tmp_path):
    path = write(tmp_path / "d.jsonl", json.dumps({"text": "Iran denied it.", "date": "soon"}))
    [art] = read(path)
    assert (art.date, art.date_guessed) == (date(2021, 6, 15), True)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-04-02", date(2020, 4, 2)),
        ("2020-04-02T23:30:00-05:00", date(2020, 4, 2)),
        ("2019-12-31T10:00:00Z", date(2019, 12, 31)),
        ("Thu, 02 Apr 2020 10:00:00 +0000", date(2020, 4, 2)),
        ("Thu, 02 Apr 2020 10:00:00 EST", date(2020, 4, 2)),
        ("April 2, 2020", date(2020, 4, 2)),
        ("Published: Thursday, 2 April 2020, 10:00", date(2020, 4, 2)),
        ("20200402", date(2020, 4, 2)),
        (datetime(2020, 4, 2, 8, 0), date(2020, 4, 2)),
        (date(2020, 4, 2), date(2020, 4, 2)),
        (1585828800, date(2020, 4, 2)),
        ("April 2020", None),
        ("3 hours ago", None),
        ("soon", None),
        ("", None),
        (None, None),
        (2020, None),
        ("1066-10-14", None),
    ],
)
def test_dates_parse_date(value, expected):
    assert parse_date(value) == expected


def test_readers_ids_are_stable(tmp_path):
    first = read(FIXTURES, tmp_path)
    second = read(FIXTURES, tmp_path)
    ids = [a.id for a in articles(first)]
    assert ids == [a.id for a in articles(second)]
    assert len(set(ids)) == len(ids)
    [plain] = read(good_file(tmp_path))
    assert plain.id == text_hash(plain.text)[:16]
    rss = articles(read(FIXTURES / "feed.rss"))[0]
    assert rss.id == make_article_id("https://wire.example/paratroopers#comments", "other text")
    assert make_article_id("HTTPS://Wire.Example/a", "x") == make_article_id(
        "https://wire.example/a", "y"
    )


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", b"\x1f\x8b\x08\x00", "gzip"),
        ("a.gz", b"WARC/1.0\r\nWARC-Type: warcinfo", "warc"),
        ("a.txt", b"<?xml version='1.0'?>\n<rss version='2.0'>", "feed"),
        ("a.xml", b'<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        ("a.txt", b"<!DOCTYPE html><html><body>", "html"),
        ("a", b"  <p>Iraq condemned the strikes.</p>", "html"),
        ("a.txt", b'{"text": "x", "html": "<html><body>"}', "jsonl"),
        ("a.json", b'{\n  "text": "x"\n}', "json"),
        ("a.txt", b'[{"text": "x"}]', "json"),
        ("a.jsonl", b"", "jsonl"),
        ("a.html", b"Iraq condemned the strikes.", "text"),
        ("a.txt", b"[Reuters] Iraq condemned the strikes.", "text"),
        ("dir.jsonl/story", b"Iraq condemned the strikes.", "text"),
    ],
)
def test_formats_detect_format(name, head, expected):
    assert detect_format(name, head) == expected
