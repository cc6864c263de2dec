"""Tests for the TABARI/PETRARCH actor and agent dictionary reader."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tocsin.dictionaries.tabari import (
    CodeRole,
    parse_actor_file,
    parse_agent_file,
    parse_code_block,
    parse_dict_date,
    plural_forms,
)
from tocsin.errors import DictionaryError

PETRARCH = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "petrarch2"
VALIDATE_ACTORS = PETRARCH / "PETR.Validate.actors.txt"
VALIDATE_AGENTS = PETRARCH / "PETR.Validate.agents.txt"

needs_shared = pytest.mark.skipif(not VALIDATE_ACTORS.exists(),
                                  reason="../shared/data/petrarch2 is not present")


def _write(tmp_path: Path, text: str, name: str = "test.actors.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------- validate files


@needs_shared
def test_tabari_validate_actors_names_codes_and_dates() -> None:
    entries = {e.primary: e for e in parse_actor_file(VALIDATE_ACTORS)}
    assert len(entries) > 100
    gollum = entries["gollum"]
    assert gollum.names == ["gollum", "smeagol", "slinker", "stinker"]
    assert gollum.roles == [
        CodeRole("HOB", end=date(1995, 6, 1)),  # "[HOB < 950601]"
        CodeRole("HOBGOV", date(1995, 6, 1), date(1999, 8, 15)),  # "19950601 - 19990815"
        CodeRole("HOBREB", start=date(1999, 8, 16)),
    ]
    sam = entries["sam gamgee"]
    assert sam.roles[0] == CodeRole("HOB")  # the inline code is the default
    assert CodeRole("ORCHOB", date(2010, 1, 9), date(2010, 1, 12)) in sam.roles
    un = entries["united nations"]
    assert {"u.n.", "un", "security council"} <= set(un.names)
    assert un.roles == [CodeRole("UNO")]
    assert entries["boromir"].roles == [CodeRole("---")]
    assert entries["palestinian"].roles == [CodeRole("PSE")]  # "[pse]" is upper-cased


@needs_shared
def test_tabari_validate_actors_stems_and_stops() -> None:
    entries = {e.primary: e for e in parse_actor_file(VALIDATE_ACTORS)}
    assert "argentin" in entries["argentin"].stems  # "ARGENTIN  [ARG]": a TABARI stem
    assert "arnor" not in entries["arnor"].stems  # "ARNOR_  [ARN]": stopped
    assert entries["ent"].roles == [CodeRole("ENT")]  # code on the next line
    assert not any(e.primary == "nasgul" for e in entries.values())  # commented out


@needs_shared
def test_tabari_validate_agents_plurals_and_substitutions() -> None:
    agents = {a.names[0]: a for a in parse_agent_file(VALIDATE_AGENTS)}
    assert agents["ambassador"].names == ["ambassador", "ambassadors"]
    assert agents["ambassador"].code == "~GOV" and not agents["ambassador"].prefix
    assert agents["police"].names == ["police"]  # "POLICE {} [ ~COP]"
    assert agents["police"].code == "~COP"
    assert agents["golden goose"].names == ["golden goose", "golden geese"]
    assert agents["attorney general"].names == ["attorney general", "attorneys general"]
    assert agents["congressman"].names == ["congressman", "congressmen", "congresswoman",
                                           "congresswomen", "congressperson"]
    assert "ministries of silly walks" in agents["minister of silly walks"].names
    body = agents["human rights body"]
    assert body.prefix and body.agent_code == "NGO"
    assert agents["foreign minister"].agent_code == "GOVFRM"


@needs_shared
def test_tabari_phoenix_files_parse_with_few_bad_lines() -> None:
    errors: list[DictionaryError] = []
    countries = parse_actor_file(PETRARCH / "Phoenix.Countries.actors.txt", errors=errors)
    agents = parse_agent_file(PETRARCH / "Phoenix.agents.txt", errors=errors)
    assert len(countries) > 18000 and len(agents) > 2000
    assert sorted(e.line for e in errors) == [544, 1927, 14190, 15346]
    obama = {e.primary: e for e in countries}["barack obama"]
    assert CodeRole("USAGOV", start=date(2009, 1, 20)) in obama.roles


# ---------------------------------------------------------------------------- pieces


def test_tabari_dates_follow_petrarch_rules() -> None:
    assert parse_dict_date("170120") == date(2017, 1, 20)
    assert parse_dict_date("450120") == date(1945, 1, 20)  # yy > 30 is 19yy
    assert parse_dict_date("20170120") == date(2017, 1, 20)
    assert parse_dict_date("1920030320") == date(1920, 3, 3)  # only the first eight digits
    with pytest.raises(ValueError):
        parse_dict_date("171320")
    with pytest.raises(ValueError):
        parse_dict_date("17012")


def test_tabari_code_blocks() -> None:
    assert parse_code_block("USAGOV 170120-210120") == CodeRole(
        "USAGOV", date(2017, 1, 20), date(2021, 1, 20))
    assert parse_code_block("IRNGOV >130803") == CodeRole("IRNGOV", start=date(2013, 8, 3))
    assert parse_code_block("XXX <050101") == CodeRole("XXX", end=date(2005, 1, 1))
    assert parse_code_block(" EGYGOV > 140608 ") == CodeRole("EGYGOV", start=date(2014, 6, 8))
    assert parse_code_block("USAGOV 19820101") == CodeRole("USAGOV", start=date(1982, 1, 1))
    for bad in ("", "950601-990815", "AAA950601-990815", "USA 210101-170101", "USA >1x0101"):
        with pytest.raises(ValueError):
            parse_code_block(bad)


def test_tabari_plural_forms() -> None:
    assert plural_forms("soldier") == ["soldiers"]
    assert plural_forms("militia") == ["militias"]
    assert plural_forms("authority") == ["authorities"]
    assert plural_forms("attorney") == ["attorneys"]
    assert plural_forms("congress") == ["congresses"]
    assert plural_forms("gunman") == ["gunmen"]
    assert plural_forms("border guard") == ["border guards"]


# ---------------------------------------------------------------------------- actor files


def test_tabari_actor_file_formats(tmp_path: Path) -> None:
    path = _write(tmp_path, """# comment
<!-- a comment
   over two lines -->
IRAN_  [IRN]  # trailing comment
+IRANIAN_ +PERSIAN_
KATA'IB_HEZBOLLAH
+KATAIB HIZBALLAH
\t[IRQREB]
DONALD_TRUMP_
\t[USAGOV 170120-210120]
\t[USAGOV >250120]
\t[USAELI]
LEONID_BREZHNEV_
LEONID_ILYICH_BREZHNEV
\t[USRGOV 641014-821110]
JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]
""")
    entries = parse_actor_file(path)
    assert [e.primary for e in entries] == ["iran", "kata'ib hezbollah", "donald trump",
                                            "leonid brezhnev", "javier solana"]
    assert entries[0].names == ["iran", "iranian", "persian"]
    assert entries[0].line == 4 and entries[0].source == str(path)
    assert entries[1].names == ["kata'ib hezbollah", "kataib hizballah"]
    assert entries[2].roles[-1] == CodeRole("USAELI")
    assert entries[3].names == ["leonid brezhnev", "leonid ilyich brezhnev"]  # shared block
    assert len(entries[4].roles) == 2


@pytest.mark.parametrize(("text", "line"), [
    ("IRAN [IRN]\n[USA]\n\n[USA\n", 4),                   # unbalanced bracket
    ("[USA]\n", 1),                                      # code without a name
    ("+PERSIA\nIRAN [IRN]\n", 1),                        # synonym without a name
    ("IRAN\n+PERSIA\n\t[IRN 13x401]\n", 3),              # bad date
    ("GOLLUM\n\t[HOB]\n\t[950601-990815]\n", 3),         # date without a code
    ("IRAN\n\t[IRN 990101-950101]\n", 2),                # range ends before it starts
    ("IRAN [IRN] junk\n", 1),                            # text after the code block
    ("IRAN [IRN]\nIRAQ_\n+IRAQI\n", 2),                  # a name without any code
    ("IRAN [IRN]\n<!-- never closed\nIRAQ [IRQ]\n", 2),  # unterminated comment
    ("IRAN []\n", 1),                                    # empty code block
])
def test_tabari_malformed_actor_line_raises(tmp_path: Path, text: str, line: int) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(DictionaryError) as info:
        parse_actor_file(path)
    assert info.value.line == line
    assert info.value.path == str(path)


def test_tabari_actor_errors_can_be_collected(tmp_path: Path) -> None:
    path = _write(tmp_path, "[USA]\nIRAN [IRN]\nIRAQ [IRQ] junk\nSYRIA [SYR]\n")
    errors: list[DictionaryError] = []
    entries = parse_actor_file(path, errors=errors)
    assert [e.primary for e in entries] == ["iran", "syria"]
    assert [e.line for e in errors] == [1, 3]


def test_tabari_non_utf8_file_raises(tmp_path: Path) -> None:
    path = tmp_path / "latin1.actors.txt"
    path.write_bytes("M\xc9XICO [MEX]\n".encode("latin-1"))
    with pytest.raises(DictionaryError):
        parse_actor_file(path)


# ---------------------------------------------------------------------------- agent files


@pytest.mark.parametrize(("text", "line"), [
    ("SOLDIER [~MIL]\nTROOPS\n", 2),                       # no code
    ("SOLDIER [MIL]\n", 1),                                # code without ~
    ("DEPARTMENT [~ENV}\n", 1),                            # bad closing bracket
    ("SOLDIER {SOLDIERS [~MIL]\n", 1),                     # unclosed braces
    ("!PERSON! = MAN, MEN\nFIRE!PEOPLE! [~GOV]\n", 2),     # undefined substitution set
    ("SOLDIER [~MIL] [~GOV]\n", 1),                        # two codes
])
def test_tabari_malformed_agent_line_raises(tmp_path: Path, text: str, line: int) -> None:
    path = _write(tmp_path, text, "test.agents.txt")
    with pytest.raises(DictionaryError) as info:
        parse_agent_file(path)
    assert info.value.line == line


def test_tabari_agent_errors_can_be_collected(tmp_path: Path) -> None:
    path = _write(tmp_path, "SOLDIER [~MIL]\nTROOPS\nPOLICE {} [~COP]\n", "test.agents.txt")
    errors: list[DictionaryError] = []
    agents = parse_agent_file(path, errors=errors)
    assert [a.names for a in agents] == [["soldier", "soldiers"], ["police"]]
    assert [e.line for e in errors] == [2]
