"""Tests for the TABARI/PETRARCH verb dictionary parser."""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

import pytest

from tocsin.dictionaries.verbs_tabari import (
    PatternToken,
    dictionary_from_data,
    dictionary_to_data,
    parse_verb_file,
    regular_forms,
    split_code,
)
from tocsin.errors import DictionaryError

PETRARCH = Path("/work/shared/data/petrarch2")
CAMEO = PETRARCH / "CAMEO.verbpatterns.150430.txt"
VALIDATE = PETRARCH / "PETR.Validate.verbs.txt"

needs_source = pytest.mark.skipif(not CAMEO.exists(), reason="PETRARCH2 source files absent")

# the irregular lines of the CAMEO file, all read (or, for 8056, skipped) with a warning
CAMEO_WARNING_LINES = {2079, 2568, 4075, 4387, 5860, 8056, 8394, 8733, 9258, 10797, 10843,
                       11786, 12454}


@pytest.fixture(scope="module")
def cameo():
    return parse_verb_file(CAMEO)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "user.verbs.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _pattern(dictionary, line: int):
    return next(p for p in dictionary.patterns if p.line == line)


def _verb(dictionary, lemma: str, group: str | None = None):
    return next(v for v in dictionary.verbs if v.lemma == lemma and group in (None, v.group))


# ---------------------------------------------------------------------------- the CAMEO file


@needs_source
def test_verbs_tabari_cameo_parses_without_errors(cameo):
    assert len(cameo.groups) == 396
    assert len(cameo.verbs) == 1860  # verb lines
    assert len({v.lemma for v in cameo.verbs}) == 1817
    assert len(cameo.patterns) == 11010
    assert len(cameo.sets) == 38
    assert {w.line for w in cameo.warnings} == CAMEO_WARNING_LINES


@needs_source
def test_verbs_tabari_cameo_keeps_every_group_verb_and_pattern(cameo):
    lines = CAMEO.read_text(encoding="utf-8").splitlines()
    headers = [n for n, line in enumerate(lines, 1) if line.startswith("---")]
    pattern_lines = {n for n, line in enumerate(lines, 1)
                     if line.startswith("-") and not line.startswith("---")}
    assert [g.line for g in cameo.groups] == headers
    # one pattern line has no '*' at all and is skipped with a warning
    assert {p.line for p in cameo.patterns} == pattern_lines - {8056}
    # the file ends with an empty "--- WRAP [---] ---" header
    assert [g.name for g in cameo.groups if not g.verbs] == ["WRAP"]


@needs_source
def test_verbs_tabari_cameo_verbs(cameo):
    strike = _verb(cameo, "strike")
    assert strike.group == "PHYSICAL_CONFLICT" and strike.code == "190"
    assert "struck" in strike.forms and strike.irregular
    assert _verb(cameo, "attack").forms == ("attacks", "attacked", "attacking")
    fight_back = _verb(cameo, "fight back")
    assert fight_back.head == 0 and "fought back" in fight_back.forms
    assert _verb(cameo, "wage war").words == ("wage", "war")
    assert _verb(cameo, "re arrest").head == 1
    assert _verb(cameo, "accuse").code == "112" and _verb(cameo, "accuse").explicit
    assert _verb(cameo, "reconvene").code is None  # RECONVENE[---]
    assert _verb(cameo, "blow up").forms[1] == "blowing up"  # BLOWING_UP+ repaired
    assert _verb(cameo, "defend").code is None  # --- DEFEND ### has no code
    assert {v.group for v in cameo.verbs if v.lemma == "pull out"} == {"GO_SOMEWHERE", "RETREAT"}


@needs_source
def test_verbs_tabari_cameo_patterns(cameo):
    ceasefire = _pattern(cameo, 693)  # - * &CEASEFIRE [196]  # ABANDON
    assert ceasefire.group == "ABANDON" and ceasefire.verb == "abandon"
    assert ceasefire.after == (PatternToken("set", "CEASEFIRE"),) and ceasefire.code == "196"
    assert _pattern(cameo, 694).code is None  # - CREW * SHIP [---]
    meet = _pattern(cameo, 2244)  # - &AUXVERB2 * WITH LEADERS OF + [036:036]
    assert meet.code == "036:036" and meet.before == (PatternToken("set", "AUXVERB2"),)
    assert [t.to_text() for t in meet.after] == ["with", "leaders", "of", "+"]
    coup = _pattern(cameo, 2257)  # - COULD * &MILITARY_COUP [012]
    assert coup.after == (PatternToken("set", "MILITARY"), PatternToken("word", "coup",
                                                                        glued=True))
    will_not = _pattern(cameo, 2188)  # - WILL_NOT_* [125]
    assert will_not.verb_glued and [t.to_text() for t in will_not.before] == ["will", "=not"]
    formally = _pattern(cameo, 2169)  # - *_FORMALLY + [140]
    assert formally.after[0] == PatternToken("word", "formally", glued=True)
    prepar = _pattern(cameo, 1598)  # - PREPAR TO COUNTER * WITH AIR STRIKES [1384]
    assert prepar.before[0] == PatternToken("word", "prepar") and prepar.literal_count == 6
    annotated = _pattern(cameo, 2177)  # ... # OPPOSE <..>, OBJECT <..>, DEBATE <..>
    assert annotated.verbs == ("oppose", "object", "debate")


@needs_source
def test_verbs_tabari_cameo_sets(cameo):
    assert cameo.sets["AUXVERB2"].members == ("will", "is to", "would")  # &AUXVERB2_
    ceasefire = cameo.sets["CEASEFIRE"].members
    assert {"truce", "truces", "cease-fire", "cease fire"} <= set(ceasefire)
    assert "cash" in cameo.sets["CURRENCY"].members
    assert "cashs" not in cameo.sets["CURRENCY"].members  # +CASH_: no plural


@needs_source
def test_verbs_tabari_strict_rejects_irregular_lines():
    with pytest.raises(DictionaryError) as info:
        parse_verb_file(CAMEO, strict=True)
    assert info.value.line == min(CAMEO_WARNING_LINES)


@needs_source
def test_verbs_tabari_packaged_data_is_current(cameo):
    raw = resources.files("tocsin.data").joinpath("verbs.json.gz").read_bytes()
    data = json.loads(gzip.decompress(raw))
    fresh = dictionary_to_data(cameo, source=CAMEO.name)
    for key in ("sets", "groups", "verbs", "patterns", "warnings"):
        assert data[key] == json.loads(json.dumps(fresh[key])), key


# ---------------------------------------------------------------------------- other files


@needs_source
def test_verbs_tabari_validate_file_parses():
    d = parse_verb_file(VALIDATE)
    assert len(d.groups) == 261 and len(d.patterns) == 474
    assert {w.line for w in d.warnings} == {447, 688, 1025}
    assert _verb(d, "klm nop rst").head == 2 and _verb(d, "klm nop rst").code == "002"
    assert _verb(d, "break").forms == ("broke", "broken")
    accordsyn = set(d.sets["ACCORDSYN"].members)  # nested &TIETYPES and &CURRENCY
    assert {"military", "closer", "dollars", "swiss francs"} <= accordsyn
    assert any(p.code == "###" for p in d.patterns)  # [###] is a code, not a comment
    in_exact = next(p for p in d.patterns if p.text == "IN_ *")
    assert in_exact.before == (PatternToken("word", "in", exact=True),)
    assert not in_exact.verb_glued


def test_verbs_tabari_small_file(tmp_path):
    path = _write(tmp_path, """\
<!-- a comment
     over two lines -->
&WEAPONRY_
+ROCKET
+CRUISE_MISSILE

--- STRIKE_OUT [190] ---   # comment
ATTACK
SMITE {SMITES SMOTE SMITING} [180]
+LASH_OUT {+LASHES_OUT +LASHED_OUT}
- $ FIRED &WEAPONRY * TOWN_ [195]  # ATTACK <tocsin test>
- * NOTHING [---]  # SMITE
- % * WITH + [190:190]
""")
    d = parse_verb_file(path)
    assert d.warnings == []
    assert [v.lemma for v in d.verbs] == ["attack", "smite", "lash out"]
    assert _verb(d, "smite").code == "180" and _verb(d, "attack").code == "190"
    assert _verb(d, "lash out").forms == ("lashes out", "lashed out")
    assert d.sets["WEAPONRY"].members == ("rocket", "cruise missile")
    first, second, third = d.patterns
    assert first.verb == "attack" and first.code == "195"
    assert [t.to_text() for t in first.before] == ["$", "fired", "&WEAPONRY"]
    assert first.after == (PatternToken("word", "town", exact=True),)
    assert second.code is None and second.verb == "smite"
    assert third.code == "190:190" and third.verb == "attack" and third.literal_count == 1
    assert split_code(third.code) == ("190", ("190", "190"))


def test_verbs_tabari_data_round_trip(tmp_path):
    path = _write(tmp_path, "&S\n+A_B\n--- G [010] ---\nSAY {SAID}\n- X_* &S_C [011]\n")
    d = parse_verb_file(path)
    again = dictionary_from_data(json.loads(json.dumps(dictionary_to_data(d))), str(path))
    assert again == d


def test_verbs_tabari_known_sets(tmp_path):
    path = _write(tmp_path, "--- G [010] ---\nSAY\n- * &MILITARY [011]\n")
    with pytest.raises(DictionaryError) as info:
        parse_verb_file(path)
    assert info.value.line == 3
    assert parse_verb_file(path, known_sets={"MILITARY_"}).patterns[0].after[0].kind == "set"


def test_verbs_tabari_regular_forms():
    assert regular_forms("attack") == ("attacks", "attacked", "attacking")
    assert regular_forms("agree") == ("agrees", "agreed", "agreeing")
    assert regular_forms("seize") == ("seizes", "seized", "seizing")
    assert regular_forms("deny") == ("denies", "denied", "denying")


MALFORMED = [
    ("ATTACK\n", 1),  # a verb before any group
    ("--- G [190] ---\nATTACK\n\n- * BASE [19 0]\n", 4),  # bad code
    ("--- G [190] ---\nATTACK {ATTACKS\n", 2),  # unclosed forms
    ("--- G [190] ---\nATT@CK\n", 2),  # bad characters
    ("- * BASE [190]\n", 1),  # a pattern before any group
    ("--- G [190] ---\nATTACK\n- * &NOSUCHSET [190]\n", 3),  # undefined set
    ("&BAD NAME\n+X\n", 1),  # bad set name
    ("&EMPTY\n\n--- G [190] ---\nATTACK\n", 1),  # set without members
    ("--- G [190] ---\nATTACK\n- * [BASE] [190]\n", 3),  # brackets inside a pattern
    ("--- G [190] ---\nATTACK\n- * BASE [190] TOWN\n", 3),  # code not last
    ("--- G [190] ---\n+PULL_+OUT\n", 2),  # two '+'
    ("--- G [190] ---\n+FIGHT_BACK {+FOUGHT}\n", 2),  # form lacks the verb's words
    ("&A\n+&B\n&B\n+&A\n--- G [1] ---\nX\n", 4),  # a set containing itself
    ("--- G [190] ---\nATTACK\n- * BA__SE [190]\n", 3),  # stray '_'
]


@pytest.mark.parametrize(("text", "line"), MALFORMED)
def test_verbs_tabari_malformed_line_raises(tmp_path, text, line):
    path = _write(tmp_path, "# a user file\n" + text)
    with pytest.raises(DictionaryError) as info:
        parse_verb_file(path)
    assert info.value.line == line + 1
    assert info.value.path == str(path)


def test_verbs_tabari_missing_file(tmp_path):
    with pytest.raises(DictionaryError):
        parse_verb_file(tmp_path / "absent.txt")
