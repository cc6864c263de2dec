"""Tests for tocsin.ingest.cleaning: normalisation, repeated titles, boilerplate, unwrapping."""

from __future__ import annotations

import pytest

from tocsin.errors import DictionaryError
from tocsin.ingest.cleaning import boilerplate_patterns, clean_text, clean_title

TITLE = "Iraq summons US envoy over strikes"
BODY = "Iraq's foreign ministry summoned the American ambassador on Monday."


def test_cleaning_repeated_title_kept_once():
    text = f"{TITLE}\n\n{TITLE}\n\n\n{TITLE}\n\n{BODY}\n"
    assert clean_text(text) == f"{TITLE}\n{BODY}"


def test_cleaning_given_title_put_first_once():
    assert clean_text(BODY, TITLE) == f"{TITLE}\n{BODY}"
    assert clean_text(f"{TITLE}\n{TITLE}.\n{BODY}", TITLE) == f"{TITLE}\n{BODY}"
    assert clean_text(f"  {TITLE.upper()}  \n{BODY}", TITLE) == f"{TITLE}\n{BODY}"


def test_cleaning_title_with_site_name_counts_as_a_copy():
    assert clean_text(f"{TITLE} | Example News\n{TITLE}\n{BODY}", TITLE) == f"{TITLE}\n{BODY}"
    assert clean_text(f"{TITLE}\n{TITLE} - Example News\n{BODY}") == f"{TITLE}\n{BODY}"


def test_cleaning_lede_that_starts_like_the_title_is_kept():
    lede = f"{TITLE} after air strikes, officials said."
    assert clean_text(f"{TITLE}\n{lede}") == f"{TITLE}\n{lede}"
    assert clean_text(lede, TITLE) == f"{TITLE}\n{lede}"


def test_cleaning_title_repeated_far_down_is_kept():
    lines = [BODY.replace("Monday", f"day {i}") for i in range(10)]
    text = "\n".join([TITLE, *lines, TITLE])
    assert clean_text(text).count(TITLE) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Related news",
        "Related articles",
        "Read more",
        "Read more: Militia vows revenge",
        "Advertisement",
        "ADVERTISEMENT - Scroll to continue",
        "Share",
        "Share this article",
        "Share on Facebook",
        "Facebook Twitter WhatsApp Email",
        "Subscribe",
        "Subscribe to our newsletter",
        "Sign up for our daily newsletter",
        "Follow us on Twitter",
        "Follow Reuters on Twitter",
        "We use cookies to give you the best experience on our website.",
        "Accept all cookies",
        "© 2019 Example News. All rights reserved.",
        "Copyright 2020 Example Media",
        "All Rights Reserved",
        "[an error occurred while processing the directive]",
        "[an error occurred while processing this directive]",
        "https://www.example.com/world/strikes",
        "www.example.com",
        "***",
        "— | —",
        "Tags: Iran, Iraq, United States",
        "The post Iran warns US appeared first on Example Wire.",
    ],
)
def test_cleaning_drops_boilerplate_line(line):
    assert clean_text(f"{BODY}\n{line}\n{BODY.replace('Monday', 'Tuesday')}") == (
        f"{BODY}\n{BODY.replace('Monday', 'Tuesday')}"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran and Iraq share a long border and deep religious ties.",
        "Share prices in Tehran fell sharply after the strikes.",
        "The two countries share intelligence on Islamic State.",
        "Officials said they would follow the talks closely.",
        "Follow-up talks are planned for next week in Geneva.",
        "Protesters urged others to follow them to the embassy.",
        "Read the statement, the spokesman told reporters.",
        "The ministry said it would subscribe to the UN resolution.",
        "Iraq's parliament voted to expel US troops.",
        "More than 25 fighters were killed.",
        "Copyright law was not discussed.",
        "Advertisements for the rally appeared across Baghdad.",
    ],
)
def test_cleaning_keeps_real_sentences(sentence):
    assert clean_text(f"{BODY}\n{sentence}") == f"{BODY}\n{sentence}"


def test_cleaning_long_line_with_boilerplate_words_is_kept():
    line = "Share " + "and share alike, officials said of the oil revenue deal " * 5
    assert clean_text(line) == " ".join(line.split())


def test_cleaning_related_box_dropped_with_headlines_but_prose_after_kept():
    text = "\n".join(
        [
            BODY,
            "Related news",
            "Militia vows revenge for strikes",
            "Pentagon defends raids in Iraq and Syria",
            "The embassy remained closed on Tuesday, a spokesman said.",
        ]
    )
    assert clean_text(text) == f"{BODY}\nThe embassy remained closed on Tuesday, a spokesman said."


def test_cleaning_sample_trailer():
    text = (
        f"{TITLE}\n\n{BODY}\n\nRelated news\n\n[an error occurred while processing the directive]"
    )
    assert clean_text(text) == f"{TITLE}\n{BODY}"


def test_cleaning_normalises_characters_and_whitespace():
    text = (
        "\ufeffIraq\u2019s  minister\u00a0said \u201cno\u201d.\r\n"
        "Kata\u02bcib Hez\u00adbollah\u200b fighters\t\twere  killed \u2026\r\n\r\n\r\n"
        "\uff29\uff52\uff41\uff4e agreed.   "
    )
    assert clean_text(text) == (
        "Iraq's minister said \"no\".\nKata'ib Hezbollah fighters were killed ...\nIran agreed."
    )


def test_cleaning_keeps_zero_width_non_joiner_inside_persian_word():
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert clean_text(f"He said {persian}.") == f"He said {persian}."
    assert clean_text("Tehran\u200c said.") == "Tehran said."


def test_cleaning_paragraphs_separated_by_single_newline():
    assert clean_text("One.\n\n\n\nTwo.\n \n\t\nThree.") == "One.\nTwo.\nThree."


def test_cleaning_rejoins_hard_wrapped_paragraphs():
    text = (
        "Iraq condemns US strikes\n"
        "\n"
        "Iraq's caretaker prime minister condemned the American air\n"
        "strikes on Sunday as a violation of the country's\n"
        "sovereignty and said the government would review ties.\n"
        "\n"
        "Iran's foreign ministry also denounced the strikes, and\n"
        "the militia vowed to retaliate against US forces in Iraq.\n"
    )
    assert clean_text(text) == (
        "Iraq condemns US strikes\n"
        "Iraq's caretaker prime minister condemned the American air strikes on Sunday as a "
        "violation of the country's sovereignty and said the government would review ties.\n"
        "Iran's foreign ministry also denounced the strikes, and the militia vowed to "
        "retaliate against US forces in Iraq."
    )


def test_cleaning_does_not_join_lines_without_blank_line_paragraphs():
    text = "One short paragraph here.\nAnother short paragraph.\nA third one.\nAnd a fourth."
    assert clean_text(text) == text


def test_cleaning_empty_and_boilerplate_only_give_empty_text():
    assert clean_text("") == ""
    assert clean_text("Share\nAdvertisement\n\nRead more\n") == ""


def test_cleaning_clean_title():
    assert (
        clean_title("  Iran\u2019s  \u201csneak attack\u201d\n warning ")
        == 'Iran\'s "sneak attack" warning'
    )


def test_cleaning_boilerplate_file_loads_both_sections():
    patterns = boilerplate_patterns()
    assert patterns.is_boilerplate("Advertisement")
    assert patterns.is_trailer("Related news")
    assert not patterns.is_boilerplate("Related news")


def test_cleaning_bad_pattern_file_names_the_line(tmp_path):
    path = tmp_path / "boilerplate.txt"
    path.write_text("# comment\n[lines]\nshare\n(unclosed\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        boilerplate_patterns(path)
    assert info.value.line == 4
    path.write_text("[nonsense]\n", encoding="utf-8")
    with pytest.raises(DictionaryError):
        boilerplate_patterns(path)
