"""Who acted and on whom: argument rules of tocsin.coding.arguments and the conventions
that fill sides the parse leaves open. Sentences are written for these tests."""

from __future__ import annotations

import pytest


def top(events):
    assert events, "expected an event"
    return events[0]


def codes(refs):
    return {r.code for r in refs if r.code}


def test_arguments_blamed_party_is_the_source(code):
    e = top(code("A car bomb killed nine people at a checkpoint in Kabul on Monday, the "
                 "interior ministry said, blaming the Taliban."))
    assert e.event == "ASSAULT"
    assert codes(e.actor) == {"AFG"}


def test_arguments_blame_on(code):
    e = top(code("Artillery shells hit a market in Donetsk, killing six people, and local "
                 "officials blamed the attack on Ukraine."))
    assert e.event == "ASSAULT"
    assert codes(e.actor) == {"UKR"}


def test_arguments_claimed_responsibility_in_another_clause(code):
    e = top(code("A suicide bomber struck a police academy in Quetta on Friday, killing 20 "
                 "cadets; the Pakistani Taliban later claimed responsibility."))
    assert codes(e.actor) == {"PAK"}


def test_arguments_named_attacker_is_not_replaced_by_the_blamed(code):
    e = top(code("Syrian troops shelled the town of Idlib, killing four, and the rebels "
                 "blamed Russia for the deaths."))
    assert codes(e.actor) == {"SYR"}


def test_arguments_transnational_group_takes_the_attack_country(code):
    e = top(code("Islamic State fighters attacked a police post near Kirkuk, killing three "
                 "officers."))
    assert e.event == "ASSAULT"
    assert codes(e.actor) == {"IRQ"}


def test_arguments_author_of_the_object_is_the_recipient(code):
    e = top(code("Japan condemned the missile launch by North Korea on Sunday."))
    assert e.event == "ACCUSE"
    assert codes(e.recipient) == {"PRK"}


def test_arguments_recipient_down_a_clause_chain(code):
    e = top(code("The rebels agreed to stop attacking Colombian soldiers."))
    assert e.event == "AGREE"
    assert codes(e.recipient) == {"COL"}


@pytest.mark.parametrize(("text", "recipient"), [
    # a purpose clause below the first clause names who is helped
    ("Norway promised to send engineers next month to help rebuild Haiti's schools.",
     {"HTI"}),
    # "neighbouring", parsed as a verb, does not hide the country it describes
    ("Uzbekistan agreed to send gas to neighbouring Tajikistan.", {"TJK"}),
])
def test_arguments_recipient_down_purpose_clauses(code, text, recipient):
    e = top(code(text))
    assert e.event == "AGREE"
    assert codes(e.recipient) == recipient


@pytest.mark.parametrize("text", [
    "Colombia's largest union threatened a national strike unless President Juan Manuel "
    "Santos's government withdrew the tax reform.",
    "Zambia's miners threatened to strike unless President Michael Sata raised wages.",
])
def test_arguments_threat_aimed_at_the_actors_own_named_government(code, text):
    e = top(code(text, "2013-05-01"))
    assert e.event == "THREATEN"
    assert {(r.code, r.sector) for r in e.recipient} <= {("COL", "GOV"), ("ZMB", "GOV")}
    assert e.recipient


@pytest.mark.parametrize(("text", "recipient"), [
    ("Belarus pledged to destroy its chemical weapons at a summit with President Bill "
     "Clinton on Tuesday.", {"USA"}),
    ("Libya agreed to scrap its nuclear programme after secret talks with British "
     "officials.", {"GBR"}),
])
def test_arguments_commitment_made_in_talks_is_to_the_partner(code, text, recipient):
    e = top(code(text, "2004-01-10"))
    assert e.event == "AGREE"
    assert codes(e.recipient) == recipient


def test_arguments_recipient_of_a_coordinated_giving_verb(code):
    e = top(code("Turkey sent a field hospital and pledged five million dollars to Nepal on "
                 "Monday."))
    assert e.event == "AID"
    assert codes(e.recipient) == {"NPL"}


@pytest.mark.parametrize(("text", "day", "actor"), [
    # the body or country the title names beats the dictionary's side for the person
    ("Arab League chief Amr Moussa condemned Israel on Saturday.", "2006-07-15", {"IGO"}),
    ("Saudi King Abdullah praised Egypt's army on Thursday.", "2013-07-04", {"SAU"}),
    ("NATO Secretary-General Jens Stoltenberg condemned Russia on Monday.", "2018-03-12",
     {"IGO"}),
    # ... but not a former post, nor an armed group's name
    ("Taliban commander Baitullah Mehsud threatened to attack Islamabad.", "2007-12-29",
     {"PAK"}),
])
def test_arguments_affiliation_in_a_title(code, text, day, actor):
    assert codes(top(code(text, day)).actor) == actor


def test_arguments_sahel_jihadists_and_the_rohingya_by_where_they_are(code):
    # JNIM acts in Mali, Burkina Faso and Niger: it takes the country of its attack
    e = top(code("JNIM fighters stormed an army post near Djibo in northern Burkina Faso, "
                 "killing 20 soldiers.", "2023-11-26"))
    assert codes(e.actor) == {"BFA"}
    # the Rohingya are Myanmar's people, in Bangladesh's camps too
    e = top(code("Thousands of Rohingya refugees rallied in Cox's Bazar on Sunday to demand "
                 "a safe return.", "2019-08-25"))
    assert codes(e.actor) == {"MMR"}


def test_arguments_passive_clause_names_the_threatened(code):
    e = top(code("Iran's defence minister warned that Israeli cities would be destroyed."))
    assert e.event == "THREATEN"
    assert codes(e.actor) == {"IRN"}
    assert codes(e.recipient) == {"ISR"}


def test_arguments_addressee_of_a_message_is_the_recipient(code):
    e = top(code("Turkey told Sweden it would block the membership bid."))
    assert codes(e.actor) == {"TUR"}
    assert codes(e.recipient) == {"SWE"}


def test_arguments_audience_of_a_report_is_not_the_recipient(code):
    e = top(code("Syrian soldiers tortured detainees in a prison in Aleppo, former inmates told "
                 "Amnesty International."))
    assert "NGO" not in codes(e.recipient)


def test_arguments_pronoun_takes_the_reporting_subject(code):
    e = top(code("Chile indicated it would cut ties with Nicaragua, a senior official said."))
    assert codes(e.actor) == {"CHL"}
    assert codes(e.recipient) == {"NIC"}


def test_arguments_coordinated_names_inside_a_phrase(code):
    e = top(code("The foreign ministers of Peru, Chile and Ecuador met President Lula in "
                 "Brasilia."))
    assert codes(e.actor) == {"PER", "CHL", "ECU"}


def test_arguments_naming_call_is_no_appeal(code):
    events = code("Russia began what it called a special operation in Ukraine, shelling "
                  "Ukrainian positions with artillery.")
    assert all(e.event != "REQUEST" for e in events)


def test_arguments_elders_are_a_civilian_side(code):
    e = top(code("Somali clan elders demanded that the Somali government release the "
                 "detained journalists."))
    assert e.event == "REQUEST"
    assert codes(e.actor) == {"SOM"}


def test_arguments_unnamed_object_is_of_the_actors_country(code):
    e = top(code("Kenyan prosecutors charged eleven people over the collapse of a dam."))
    assert e.event == "ACCUSE"
    assert codes(e.recipient) == {"KEN"}


def test_arguments_unnamed_attacker_takes_the_place_country(code):
    e = top(code("A roadside bomb near the town of Kandahar killed two Canadian soldiers on "
                 "Sunday."))
    assert e.event == "ASSAULT"
    assert codes(e.actor) == {"AFG"}
    assert codes(e.recipient) == {"CAN"}


def test_arguments_foreign_attack_on_unnamed_object_is_not_on_the_attacker(code):
    """An army's strike whose place has no known country names no recipient, rather than
    the attacker's own country."""
    e = top(code("Russian forces shelled Zaporizhzhia on Thursday, hitting a kindergarten."))
    assert e.event == "ASSAULT"
    assert "RUS" not in codes(e.recipient)


def test_arguments_a_possessive_pair_misparsed_as_a_modifier_names_both_sides(code):
    # parsed as "rebels" modified by "government and southern"
    e = code("Sudan's government and southern rebels reached agreement on sharing oil "
             "revenues.", "2004-01-07")[0]
    assert {(r.code, r.sector) for r in e.actor} == {("SDN", "GOV"), ("SDN", "REB")}


def test_arguments_country_taken_out_of_a_deal_is_not_the_recipient(code):
    e = top(code("Donald Trump pulled the United States out of the nuclear pact with Iran "
                 "on Tuesday.", "2018-05-08"))
    assert codes(e.actor) == {"USA"} and codes(e.recipient) == {"IRN"}


def test_arguments_place_of_the_phrase_gives_way_to_its_actor(code):
    e = top(code("Sudan's army rejected the deployment of African Union troops in Kordofan."))
    assert codes(e.recipient) == {"IGO"}
    # with no other name, the place still names the side ("shops in Kuwait and Jordan")
    e = top(code("Police in Kuwait and Jordan arrested dozens of smugglers on Monday."))
    assert codes(e.actor) == {"KWT", "JOR"}


def test_arguments_own_people_in_a_phrase_give_way_to_another_party(code):
    e = top(code("Hungary lodged a formal protest with Bucharest over the treatment of ethnic "
                 "Hungarians in Szeklerland."))
    assert codes(e.actor) == {"HUN"} and codes(e.recipient) == {"ROU"}


def test_arguments_parties_between_whom_an_offer_is_made(code):
    e = top(code("Algeria offered on Monday to mediate between Chad and Sudan in their border "
                 "dispute."))
    assert codes(e.actor) == {"DZA"} and codes(e.recipient) == {"TCD", "SDN"}
    e = top(code("Kenya offered to host talks in Nairobi between Ethiopia and Eritrea."))
    assert codes(e.recipient) == {"ETH", "ERI"}


def test_arguments_capital_naming_a_treaty_is_no_party(code):
    e = top(code("Pakistan ratified the Treaty of Rome on Monday."))
    assert "ITA" not in codes(e.recipient)
    e = top(code("Iran threatened to pull out of the Vienna accord."))
    assert "AUT" not in codes(e.recipient)
    e = top(code("Chile's senate voted to ratify the Rome Statute of the International "
                 "Criminal Court."))
    assert codes(e.recipient) == {"IGO"}
    e = top(code("Vienna threatened to pull out of the accord."))  # a capital for its state
    assert codes(e.actor) == {"AUT"}


def test_arguments_rebels_beside_a_government_at_a_venue_abroad_are_of_its_country(code):
    e = top(code("Colombia's government and the rebels agreed in Havana to exchange "
                 "prisoners next month."))
    assert codes(e.actor) == {"COL"}


def test_arguments_language_is_no_nationality_and_a_report_speaks_for_its_author(code):
    e = top(code("Russian-speaking pensioners rallied outside parliament in Tallinn against "
                 "a new language law."))
    assert codes(e.actor) == {"EST"}
    e = top(code("A report by Human Rights Watch accused Ethiopian forces of executing "
                 "civilians."))
    assert codes(e.actor) == {"NGO"}


def test_arguments_what_is_protested_names_the_target(code):
    e = top(code("A group of exiles are continuing a hunger strike in protest of the Burmese "
                 "government's refusal to free prisoners."))
    assert e.event == "PROTEST" and "MMR" in codes(e.recipient)


def test_arguments_forces_deployed_in_the_passive_are_the_actor(code):
    e = top(code("Hundreds of riot police were deployed across Nairobi on Monday ahead of "
                 "opposition protests."))
    assert e.event == "MOBILIZE"
    assert codes(e.actor) == {"KEN"} and e.actor[0].sector == "COP"
    assert codes(e.recipient) == {"KEN"}  # police deployed at home face its own people
    e = top(code("About 1,500 French soldiers were sent to Mali on Friday."))
    assert e.event == "MOBILIZE" and codes(e.actor) == {"FRA"}
    assert codes(e.recipient) == {"MLI"}


def test_arguments_forces_sent_home_are_no_deployment(code):
    assert not [e for e in code("The soldiers were sent home after the ceasefire.")
                if e.event == "MOBILIZE"]


def test_arguments_the_party_not_let_in_is_the_recipient(code):
    e = top(code("Belarus refused to let OSCE observers monitor the vote."))
    assert e.event == "REJECT" and codes(e.actor) == {"BLR"} and codes(e.recipient) == {"IGO"}


def test_arguments_the_first_country_to_act_is_the_actor(code):
    e = top(code("Costa Rica on Wednesday became the first country to formally recognise "
                 "Kosovo's independence."))
    assert e.event == "SUPPORT" and codes(e.actor) == {"CRI"} and codes(e.recipient) == {"XKX"}
    # in the present tense it describes who someone is: no act
    assert code("She is the first woman to lead the party since its founding.") == []


def test_arguments_a_side_named_beside_a_state_is_of_that_state(code):
    # the bloc that makes the appeal has no forces of its own in the conflict
    e = top(code("The United Nations urged the Ethiopian government and Tigrayan forces "
                 "to agree a truce."))
    assert e.event == "REQUEST" and codes(e.actor) == {"IGO"}
    assert codes(e.recipient) == {"ETH"}


def test_arguments_a_participle_with_an_object_is_the_subject_s_act(code):
    # parsed as "motorcycles (that were) killed": a participle with an object is active
    e = top(code("Boko Haram gunmen on motorcycles killed at least 30 farmers in an attack "
                 "on a village in Borno state, residents said."))
    assert e.event == "ASSAULT" and codes(e.actor) == {"NGA"}


@pytest.mark.parametrize("text, actor", [
    ("Dozens of fighters from Congo's largest militia group, the Mai-Mai Kata Katanga, "
     "handed in their rifles at a ceremony in Lubumbashi on Monday.", "COD"),
    ("Hundreds of fighters from Liberia's main rebel group, the LURD, handed in their "
     "weapons at a camp near Monrovia on Friday.", "LBR"),
])  # fmt: skip
def test_arguments_a_sentence_left_without_a_verb_has_its_participle_as_verb(code, text,
                                                                             actor):
    # the parser makes "Dozens" the root and "handed" a participle on the last noun
    e = top(code(text))
    assert e.event == "RETREAT" and codes(e.actor) == {actor}


def test_arguments_a_country_parsed_as_an_adverb_is_the_subject(code):
    e = top(code("Switzerland froze bank accounts belonging to the former Libyan leader's "
                 "family."))
    assert e.event == "SANCTION" and codes(e.actor) == {"CHE"}


def test_arguments_the_platform_a_missile_was_fired_from_is_the_actor(code):
    e = top(code("Missiles fired from a Russian warship hit a grain terminal in Odesa on "
                 "Tuesday, killing two workers."))
    assert e.event == "ASSAULT" and codes(e.actor) == {"RUS"} and codes(e.recipient) == {"UKR"}


def test_arguments_a_warning_about_one_s_own_response_targets_the_other_side(code):
    e = top(code("The Venezuelan president warned that Caracas would treat any landing of "
                 "American troops on its coast as an invasion."))
    assert e.event == "THREATEN" and codes(e.actor) == {"VEN"}
    assert codes(e.recipient) == {"USA"}


def test_arguments_a_rights_group_named_by_its_kind_is_an_ngo(code):
    events = code("Police in Harare are torturing detained activists, a human rights group "
                  "said on Tuesday.")
    # the group reports the detention; it detained no one
    assert all("NGO" not in codes(e.actor) for e in events)
    e = top(code("A human rights group accused the Ugandan army of torturing detainees."))
    assert e.event == "ACCUSE" and codes(e.actor) == {"NGO"} and codes(e.recipient) == {"UGA"}


def test_arguments_according_to_names_no_party(code):
    e = top(code("Soldiers fired on protesters in Conakry on Monday, killing at least 20 "
                 "people, according to doctors and rights groups."))
    assert e.event == "ASSAULT" and "NGO" not in codes(e.recipient)


def test_arguments_a_complaint_targets_the_accused_not_the_body_that_hears_it(code):
    e = top(code("Ukraine complained to the OSCE about Russian shelling of its border "
                 "villages."))
    assert e.event == "ACCUSE" and codes(e.actor) == {"UKR"} and codes(e.recipient) == {"RUS"}


def test_arguments_an_aircraft_without_a_flag_is_not_the_attacker_s(code):
    e = top(code("Iran's Revolutionary Guards shot down the airliner with a missile."))
    assert e.event == "ASSAULT" and codes(e.actor) == {"IRN"}
    assert "IRN" not in codes(e.recipient)


def test_arguments_coordinated_verbs_share_their_object(code):
    e = top(code("Rioters looted and burned much of Kano's old market on Tuesday."))
    assert e.event == "PROTEST" and codes(e.actor) == {"NGA"}


def test_arguments_an_object_pronoun_is_the_reporting_clause_s_subject(code):
    e = next(e for e in code("The Ugandan opposition leader arrived in Oslo on Friday "
                             "after Norway granted him asylum.") if e.event == "AID")
    assert codes(e.actor) == {"NOR"} and codes(e.recipient) == {"UGA"}


def test_arguments_the_helped_party_of_a_help_clause_is_the_recipient(code):
    e = top(code("Ghana will send 800 soldiers to help Liberia's interim government secure "
                 "Monrovia, the defence minister said.", "2003-09-01"))
    assert codes(e.actor) == {"GHA"} and codes(e.recipient) == {"LBR"}


def test_arguments_the_author_of_a_rejected_offer_is_the_recipient(code):
    e = top(code("North Korea rejected a package of aid offered by Japan and South Korea "
                 "in return for a freeze of its nuclear programme.", "2003-09-01"))
    assert e.event == "REJECT" and codes(e.recipient) == {"JPN", "KOR"}


def test_arguments_a_group_coded_only_by_region_takes_the_country_it_acts_in(code):
    # Phoenix codes the Al-Saiqa militia by region (MEA) only
    e = top(code("Al-Saiqa guerrillas handed over their heavy weapons to the army in the "
                 "Lebanese town of Zahle on Friday.", "1991-05-03"))
    assert codes(e.actor) == {"LBN"}


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # the World Court is the International Court of Justice
    ("The World Court ordered Uganda to pay reparations to Congo.", {"IGO"}, {"UGA"}),
    # the platform a missile was fired from is its side
    ("A missile fired from an Israeli drone hit a car in Gaza City, killing two militants.",
     {"ISR"}, None),
    # forces massed against the country named by their border or by what they answer
    ("Ethiopia put its troops along the Eritrean border on full alert on Tuesday.",
     {"ETH"}, {"ERI"}),
    ("Thailand rushed 500 soldiers to the disputed temple on Friday after Cambodian troops "
     "crossed the border.", {"THA"}, {"KHM"}),
    # ... or by the rivalry they are part of, or the message they send
    ("Armenia called up its reservists on Sunday amid rising tensions with Azerbaijan over "
     "the enclave.", {"ARM"}, {"AZE"}),
    ("Britain is sending two destroyers to the Gulf, the defence secretary said, in what he "
     "called a firm message to Tehran.", {"GBR"}, {"IRN"}),
    ("Cuba ordered the deployment of its militias across the island in response to U.S. "
     "threats.", {"CUB"}, {"USA"}),
    ("Bolivia moved troops closer to its boundary with Chile on Monday.", {"BOL"}, {"CHL"}),
])
def test_arguments_the_world_court_platforms_and_borders(code, text, actor,
                                                                recipient):
    e = top(code(text, "2008-07-16"))
    assert codes(e.actor) == actor
    if recipient is not None:
        assert codes(e.recipient) == recipient


def _parsed(words, heads, deps, tags, ents=()):
    """A sentence with a given parse: the parser's misreadings, reproduced exactly."""
    from spacy.tokens import Doc, Span

    from tocsin.nlp.pipeline import load_pipeline
    pos = [{"NNP": "PROPN", "NN": "NOUN", "NNS": "NOUN", "DT": "DET", "IN": "ADP",
            "TO": "PART", "RP": "ADP"}.get(t, "VERB" if t.startswith("VB") else "PUNCT")
           for t in tags]
    doc = Doc(load_pipeline().vocab, words=words, heads=heads, deps=deps, tags=tags,
              pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, i, i + 1, label=label) for i, label in ents]
    return doc


def test_arguments_subjects_the_parser_misreads():
    from tocsin.coding.arguments import subject_of

    # "Meeting in Lusaka, the ministers agreed": the participle parsed as the subject
    doc = _parsed(["Meeting", "in", "Lusaka", ",", "the", "ministers", "agreed", "."],
                  [6, 0, 1, 0, 5, 0, 6, 6],
                  ["nsubj", "prep", "pobj", "punct", "det", "appos", "ROOT", "punct"],
                  ["VBG", "IN", "NNP", ",", "DT", "NNS", "VBD", "."])
    assert subject_of(doc[6])[0].text == "ministers"
    # "Belarus turned down an offer by the EU": the "by" phrase parsed as an agent
    doc = _parsed(["Belarus", "turned", "down", "an", "offer", "by", "the", "EU", "."],
                  [1, 1, 1, 4, 1, 1, 7, 5, 1],
                  ["nsubj", "ROOT", "prt", "det", "dobj", "agent", "det", "pobj", "punct"],
                  ["NNP", "VBD", "RP", "DT", "NN", "IN", "DT", "NNP", "."])
    assert subject_of(doc[1]) == (doc[0], False)
    # "Tuvalu agreed to take in refugees, officials said": the country parsed as an adverb
    doc = _parsed(["Tuvalu", "agreed", "to", "take", "refugees", ",", "officials", "said",
                   "."], [1, 7, 3, 1, 3, 7, 7, 7, 7],
                  ["advmod", "ccomp", "aux", "xcomp", "dobj", "punct", "nsubj", "ROOT",
                   "punct"], ["NNP", "VBD", "TO", "VB", "NNS", ",", "NNS", "VBD", "."],
                  ents=[(0, "GPE")])
    assert subject_of(doc[1])[0].text == "Tuvalu"


def test_arguments_a_list_of_names_parsed_as_an_apposition_stays_in_the_phrase():
    from tocsin.coding.arguments import _np_tokens

    # "The leaders of Chad, Niger, Mali and Benin met": "Niger" parsed as an apposition
    # of "Chad", the rest as its conjuncts
    doc = _parsed(["The", "leaders", "of", "Chad", ",", "Niger", ",", "Mali", "and", "Benin",
                   "met", "."], [1, 10, 1, 2, 3, 3, 5, 5, 7, 7, 10, 10],
                  ["det", "nsubj", "prep", "pobj", "punct", "appos", "punct", "conj", "cc",
                   "conj", "ROOT", "punct"],
                  ["DT", "NNS", "IN", "NNP", ",", "NNP", ",", "NNP", "CC", "NNP", "VBD", "."])
    names = {t.text for t in _np_tokens(doc[1])}
    assert {"Chad", "Niger", "Mali", "Benin"} <= names


def test_arguments_a_person_the_dictionaries_do_not_place_still_has_a_recipient(code):
    # the recipient named in the verb's own phrases is found when the subject is a person
    # or a body without a country code, not only when it has one
    e = top(code("Jesse Jackson called for sanctions against Haiti's military rulers on "
                 "Monday."))
    assert e.event == "ACCUSE" and codes(e.recipient) == {"HTI"}


def test_arguments_the_country_named_as_the_other_side_is_not_the_actor_s(code):
    # the sentence's one country fills an uncoded actor, unless it is named, bare, as the
    # other side; a domestic target ("Uganda's law") still makes the actor Ugandan
    e = top(code("The rebels spoke out against France on Thursday."))
    assert codes(e.recipient) == {"FRA"} and "FRA" not in codes(e.actor)
    e = top(code("Activists campaigned against Uganda's anti-gay law outside parliament."))
    assert codes(e.actor) == {"UGA"}


@pytest.mark.parametrize("text, actor, recipient", [
    ("Two Palestinian medics were killed on Sunday when an Israeli air strike hit their "
     "ambulance in Khan Younis.", "ISR", "PSE"),
    ("Four villagers were wounded as Kenyan police opened fire on a crowd in Garissa.",
     "KEN", "KEN"),
])
def test_arguments_agentless_death_takes_the_cause_from_its_when_clause(code, text, actor,
                                                                        recipient):
    e = top(code(text))
    assert e.event == "ASSAULT"
    assert codes(e.actor) == {actor}
    assert codes(e.recipient) == {recipient}


def test_arguments_attack_subject_with_a_by_agent_is_the_agents_act(code):
    e = top(code("A drone strike by the Saudi-led coalition hit a wedding party in Hajjah "
                 "province, killing 20 guests."))
    assert e.event == "ASSAULT"
    assert codes(e.actor) == {"SAU"}
    assert codes(e.recipient) == {"YEM"}


def test_arguments_attack_subject_is_not_placed_by_its_target(code):
    # the city the shelling hit names the victim, so the blamed party is the source
    e = top(code("Shelling of the Ukrainian city of Kharkiv killed nine people on Sunday, "
                 "Kyiv said, blaming Russian forces."))
    assert e.event == "ASSAULT"
    assert codes(e.actor) == {"RUS"}


def test_arguments_two_titled_names_joined_by_and_both_act(code):
    # the parser reads the two titled names as one phrase
    e = top(code("South Korean President Moon Jae-in and North Korean leader Kim Jong Un "
                 "pledged in Panmunjom on Friday to work for a peace treaty.", "2018-04-27"))
    assert codes(e.actor) == {"KOR", "PRK"}


@pytest.mark.parametrize(("text", "actor"), [
    # an armed group "backed" by a state is of the country it fights in
    ("A Syrian-backed militia shelled an Israeli army post in Lebanon on Monday.", "LBN"),
    ("Pro-Moscow separatists shelled government positions in eastern Moldova.", "MDA"),
])
def test_arguments_a_backed_armed_group_is_not_its_backer(code, text, actor):
    e = top(code(text, "2020-01-01"))
    assert codes(e.actor) == {actor}


def test_arguments_followers_of_a_named_leader_are_a_crowd(code):
    e = top(code("Thousands of followers of Moqtada al-Sadr stormed the Kuwaiti consulate in "
                 "Basra on Friday, burning its gate.", "2020-01-01"))
    assert e.event == "PROTEST"
    assert [(r.code, r.sector) for r in e.actor] == [("IRQ", "CVL")]


def test_arguments_the_subject_expected_to_act_acts(code):
    e = top(code("Chile's senate is expected to vote on Tuesday to withdraw the country's "
                 "ratification of the fisheries treaty.", "2020-01-01"))
    assert [(r.code, r.sector) for r in e.actor] == [("CHL", "LEG")]


def test_arguments_a_ruler_given_an_order_is_its_party_not_the_one_it_must_restore(code):
    e = top(code("West African leaders gave the junta in Conakry two weeks to reinstate "
                 "President Alpha Conde.", "2021-09-16"))
    assert [(r.code, r.sector) for r in e.recipient] == [("GIN", "GOV")]
    assert "Conde" not in " ".join(r.text for r in e.recipient)


def test_arguments_a_regions_leaders_meeting_together_are_its_bloc(code):
    e = top(code("West African leaders meeting in Accra on Sunday gave Mali's junta one month "
                 "to set an election date.", "2022-01-09"))
    assert codes(e.actor) == {"IGO"}
    assert codes(e.recipient) == {"MLI"}


@pytest.mark.parametrize("text, actors", [
    # the parser hangs the subject on the opening phrase's last noun, as an apposition ...
    ("After two weeks of negotiations in the Kenyan town of Naivasha, Sudan's government and "
     "the SPLA rebels reached a deal on Friday on sharing oil revenue.", {"SDN", "SSD"}),
    ("Following three days of talks in the Swiss city of Geneva, Iran's government and the "
     "European Union agreed on a framework for inspections.", {"IRN", "IGO"}),
    # ... with auxiliaries between it and the verb
    ("With the signing of a ceasefire accord in the Kenyan town of Machakos, the Sudanese "
     "government and the SPLA have agreed to open talks on power sharing.", {"SDN", "SSD"}),
])  # fmt: skip
def test_arguments_the_subject_after_an_opening_phrase(code, text, actors):
    e = top(code(text))
    assert e.event == "AGREE" and codes(e.actor) == actors
    assert not codes(e.recipient)  # the opening phrase's place is no party to the deal


@pytest.mark.parametrize("text, actors", [
    ("Two years after border clashes drove thousands of herders from their villages, Chad "
     "and Sudan agreed on Monday to reopen their embassies.", {"TCD", "SDN"}),
    ("Two decades after fighting drove thousands of families to flee across the Mekong "
     "River, Laos and Thailand agreed on Monday to reopen the bridge.", {"LAO", "THA"}),
    # (and the opening clause's distance in time does not make the deal an earlier event)
    ("Four years after ethnic clashes forced tens of thousands of villagers to flee across "
     "the Ruvuma River, Tanzania and Mozambique agreed on Friday to reopen their border.",
     {"TZA", "MOZ"}),
    ("Weeks after the war ended along the disputed frontier, Peru and Ecuador signed a "
     "treaty on Tuesday to settle the border.", {"PER", "ECU"}),
])  # fmt: skip
def test_arguments_the_subject_after_an_opening_clause(code, text, actors):
    # the subject is parsed as a conjunct of a noun inside the opening clause, the main
    # verb at times as a conjunct of that clause's verb
    e = top(code(text))
    assert e.event in ("AGREE", "SUPPORT") and codes(e.actor) == actors


def test_arguments_the_subject_after_an_opening_phrase_as_a_conjunct(code):
    # ... or as a conjunct of it
    e = top(code("At a ceremony in the town of Arusha, Burundi's government and the Hutu "
                 "rebels signed a ceasefire."))
    assert "BDI" in codes(e.actor)


@pytest.mark.parametrize("opening", ["", "The officials gave no further details on Monday. "])
def test_arguments_hyphenated_names_are_read_in_any_sentence_of_a_paragraph(code, opening):
    # the name's own tokens, not those at the same place in the paragraph's first sentence
    e = top(code(opening + "Russian-speaking students protested against the Latvian "
                 "government in Riga."))
    assert codes(e.actor) == {"LVA"}
    e = top(code(opening + "Salvadoran guerrillas blew up a bridge on the Pan-American "
                 "Highway near San Miguel."))
    assert codes(e.recipient) <= {"SLV"}


def test_arguments_partner_of_the_object_before_the_grounds(code):
    e = top(code("Bolivia cut diplomatic ties with Israel on Tuesday over its military "
                 "offensive in the Gaza Strip."))
    assert e.event == "SANCTION"
    assert codes(e.recipient) == {"ISR"}


def test_arguments_a_clause_with_with_is_no_partner(code):
    e = top(code("Nicaragua broke off diplomatic relations with Israel on Friday, with Vice "
                 "President Rosario Murillo accusing Israel's government of genocide."))
    assert e.event == "SANCTION"
    assert codes(e.recipient) == {"ISR"}


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Five soldiers were killed in an Israeli air strike on Gaza.", "ISR", "PSE"),
    ("Three guards were wounded in Iran's missile attack on bases in Syria.", "IRN", "SYR"),
])
def test_arguments_passive_death_in_an_attack_takes_the_attacks_owner(code, text, actor,
                                                                       recipient):
    e = top(code(text))
    assert e.event == "ASSAULT"
    assert codes(e.actor) == {actor}
    assert recipient in codes(e.recipient)


def test_arguments_no_one_hurt_leaves_the_attack(code):
    """ "No Americans were harmed": no harm, but the attack it names happened."""
    events = code("President Donald Trump said that no Americans had been harmed in Iran's "
                  "missile attack on bases in Iraq.", "2020-01-08")
    assert [(e.event, codes(e.actor), e.factuality) for e in events] == [
        ("ASSAULT", {"IRN"}, "asserted")]


def test_arguments_attack_misparsed_as_a_killed_noun_acts(code):
    """ "US airstrikes killed ..., sources said": parsed as "airstrikes [that were] killed",
    but an attack is killed by no one: the strikes' owner acts."""
    events = code("US airstrikes killed at least 25 fighters of Kata'ib Hezbollah in Iraq and "
                  "Syria on Sunday, Iraqi security and militia sources said.", "2019-12-29")
    assert [(e.event, codes(e.actor)) for e in events] == [("ASSAULT", {"USA"})]
    assert "IRQ" in codes(events[0].recipient)


def test_arguments_unflagged_airliner_is_not_the_places(code):
    """An aircraft named without its flag is not the country where the sentence happens."""
    events = code("Hundreds of students protested in Tehran on Saturday evening after Iran "
                  "admitted shooting down the airliner.", "2020-01-11")
    attack = next(e for e in events if e.event == "ASSAULT")
    assert codes(attack.actor) == {"IRN"}
    assert "IRN" not in codes(attack.recipient)



def test_arguments_a_headline_victim_is_no_killer(code):
    """ "U.S. contractor killed", a headline's passive read as active, names no attack: no
    event of its own, and the contractor never acts."""
    events = code("Rockets slam into Iraqi base near Kirkuk; U.S. contractor killed",
                  "2019-12-27")
    assert not any("USA" in codes(e.actor) for e in events)
    events = code("Three soldiers killed in Taliban ambush", "2019-12-27")
    assert [(e.event, codes(e.actor)) for e in events] == [("ASSAULT", {"AFG"})]
