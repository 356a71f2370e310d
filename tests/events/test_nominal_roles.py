"""Acts told by nouns and states: who is in custody, under siege or on a blacklist, whose abuses against whom,
whose arrest, who owns an act, who orders a release (hand-built parses, then real ones)."""

from pathlib import Path

import pytest
import yaml
from eventpicks import countries
from handparse import make_doc

from eventscope.events.matching import find_triggers
from eventscope.events.modality import modality_of
from eventscope.events.roles.heads import role_heads

N, V, AUX, ADP, DET, P = "NOUN", "VERB", "AUX", "ADP", "DET", "PUNCT"


def roles(patterns, rows, trigger, named=None):
    """Source and target head words of the event triggered at word `trigger`."""
    doc = make_doc(rows)
    match = next(m for m in find_triggers(doc[:], patterns) if m.token.text == trigger)
    heads = role_heads(match, patterns, named)
    return [t.text for t in heads.sources], [t.text for t in heads.targets]


def test_those_who_remain_in_custody_undergo_it(patterns):
    rows = [("Activists", "activist", N, "NNS", "nsubj", 1), ("remain", "remain", V, "VBP", "ROOT", 1),
            ("in", "in", ADP, "IN", "prep", 1), ("custody", "custody", N, "NN", "pobj", 2), (".", ".", P, ".", "punct", 1)]
    assert roles(patterns, rows, "custody") == ([], ["Activists"])


def test_taken_into_custody_the_object_undergoes_and_the_subject_holds(patterns):
    rows = [("Police", "police", N, "NNS", "nsubj", 1), ("took", "take", V, "VBD", "ROOT", 1),
            ("the", "the", DET, "DT", "det", 3), ("reporter", "reporter", N, "NN", "dobj", 1),
            ("into", "into", ADP, "IN", "prep", 1), ("custody", "custody", N, "NN", "pobj", 4), (".", ".", P, ".", "punct", 1)]
    assert roles(patterns, rows, "custody") == (["Police"], ["reporter"])


def test_a_town_under_siege_by_militants(patterns):
    # "The town is under siege by militants."
    rows = [("The", "the", DET, "DT", "det", 1), ("town", "town", N, "NN", "nsubj", 2), ("is", "be", AUX, "VBZ", "ROOT", 2),
            ("under", "under", ADP, "IN", "prep", 2), ("siege", "siege", N, "NN", "pobj", 3),
            ("by", "by", ADP, "IN", "prep", 2), ("militants", "militant", N, "NNS", "pobj", 5), (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "siege") == (["militants"], ["town"])


def test_a_state_on_a_blacklist_is_sanctioned_by_whose_list_it_is(patterns):
    # "Laos remains on Canada's terrorist list."
    rows = [("Laos", "Laos", "PROPN", "NNP", "nsubj", 1), ("remains", "remain", V, "VBZ", "ROOT", 1),
            ("on", "on", ADP, "IN", "prep", 1), ("Canada", "Canada", "PROPN", "NNP", "poss", 6),
            ("'s", "'s", "PART", "POS", "case", 3), ("terrorist", "terrorist", N, "NN", "compound", 6),
            ("list", "list", N, "NN", "pobj", 2), (".", ".", P, ".", "punct", 1)]
    assert roles(patterns, rows, "list") == (["Canada"], ["Laos"])


def test_a_head_first_phrase_finds_its_words_deeper_and_owns_them(patterns):
    # "Iraq hid weapons of mass destruction.": "mass" hangs on "destruction", below the preposition's object
    rows = [("Iraq", "Iraq", "PROPN", "NNP", "nsubj", 1), ("hid", "hide", V, "VBD", "ROOT", 1),
            ("weapons", "weapon", N, "NNS", "dobj", 1), ("of", "of", ADP, "IN", "prep", 2), ("mass", "mass", "ADJ", "JJ", "amod", 5),
            ("destruction", "destruction", N, "NN", "pobj", 3), (".", ".", P, ".", "punct", 1)]
    assert [m.cameo for m in find_triggers(make_doc(rows)[:], patterns)] == ["204"]
    # "The rebels announced a cessation of hostilities.": the hostilities are the phrase's, no fight of their own
    rows = [("The", "the", DET, "DT", "det", 1), ("rebels", "rebel", N, "NNS", "nsubj", 2), ("announced", "announce", V, "VBD", "ROOT", 2),
            ("a", "a", DET, "DT", "det", 4), ("cessation", "cessation", N, "NN", "dobj", 2), ("of", "of", ADP, "IN", "prep", 4),
            ("hostilities", "hostility", N, "NNS", "pobj", 5), (".", ".", P, ".", "punct", 2)]
    assert [m.cameo for m in find_triggers(make_doc(rows)[:], patterns)] == ["0871"]


def test_remaining_in_talks_is_no_state_undergone(patterns):
    # "Delegates remain in talks." : the delegates talk
    rows = [("Delegates", "delegate", N, "NNS", "nsubj", 1), ("remain", "remain", V, "VBP", "ROOT", 1),
            ("in", "in", ADP, "IN", "prep", 1), ("talks", "talk", N, "NNS", "pobj", 2), (".", ".", P, ".", "punct", 1)]
    assert roles(patterns, rows, "talks")[0] == ["Delegates"]


def test_atrocities_of_a_militia_against_villagers(patterns):
    # "Witnesses described the atrocities of the militia against villagers." (the parser hangs "against" on
    # the militia)
    rows = [("Witnesses", "witness", N, "NNS", "nsubj", 1), ("described", "describe", V, "VBD", "ROOT", 1),
            ("the", "the", DET, "DT", "det", 3), ("atrocities", "atrocity", N, "NNS", "dobj", 1),
            ("of", "of", ADP, "IN", "prep", 3), ("the", "the", DET, "DT", "det", 6), ("militia", "militia", N, "NN", "pobj", 4),
            ("against", "against", ADP, "IN", "prep", 6), ("villagers", "villager", N, "NNS", "pobj", 7),
            (".", ".", P, ".", "punct", 1)]
    assert roles(patterns, rows, "atrocities") == (["militia"], ["villagers"])


def test_abuses_against_people_are_violence_but_abuse_of_office_is_not(patterns):
    # "Guards committed abuses against inmates." / "The mayor's abuse of office"
    rows = [("Guards", "guard", N, "NNS", "nsubj", 1), ("committed", "commit", V, "VBD", "ROOT", 1),
            ("abuses", "abuse", N, "NNS", "dobj", 1), ("against", "against", ADP, "IN", "prep", 2),
            ("inmates", "inmate", N, "NNS", "pobj", 3), (".", ".", P, ".", "punct", 1)]
    doc = make_doc(rows)
    matches = find_triggers(doc[:], patterns)
    assert [m.cameo for m in matches] == ["1822"]
    assert roles(patterns, rows, "abuses") == (["Guards"], ["inmates"])
    # "committed atrocities" did them: no promise, no future
    assert modality_of(matches[0].token, patterns.modality).modality == "asserted"
    office = [("abuse", "abuse", N, "NN", "ROOT", 0), ("of", "of", ADP, "IN", "prep", 0), ("office", "office", N, "NN", "pobj", 1)]
    assert find_triggers(make_doc(office)[:], patterns) == []


def test_a_person_possessor_undergoes_an_arrest_done_by_someone_named(patterns):
    # "His removal by the council surprised observers."
    rows = [("His", "his", "PRON", "PRP$", "poss", 1), ("removal", "removal", N, "NN", "nsubj", 5),
            ("by", "by", ADP, "IN", "prep", 1), ("the", "the", DET, "DT", "det", 4), ("council", "council", N, "NN", "pobj", 2),
            ("surprised", "surprise", V, "VBD", "ROOT", 5), ("observers", "observer", N, "NNS", "dobj", 5),
            (".", ".", P, ".", "punct", 5)]
    assert roles(patterns, rows, "removal") == (["council"], ["His"])
    # "His arrest angered students.": no one named doing it, the noun only refers to the act
    rows = [("His", "his", "PRON", "PRP$", "poss", 1), ("arrest", "arrest", N, "NN", "nsubj", 2),
            ("angered", "anger", V, "VBD", "ROOT", 2), ("students", "student", N, "NNS", "dobj", 2), (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "arrest")[0] == []


def test_who_claims_an_attack_did_it(patterns):
    # "The insurgents claimed the attack."
    rows = [("The", "the", DET, "DT", "det", 1), ("insurgents", "insurgent", N, "NNS", "nsubj", 2),
            ("claimed", "claim", V, "VBD", "ROOT", 2), ("the", "the", DET, "DT", "det", 4), ("attack", "attack", N, "NN", "dobj", 2),
            (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "attack")[0] == ["insurgents"]


def test_who_faces_an_act_is_its_target_not_what_it_is_over(patterns):
    # "The junta faced criticism over its crackdown."
    rows = [("The", "the", DET, "DT", "det", 1), ("junta", "junta", N, "NN", "nsubj", 2), ("faced", "face", V, "VBD", "ROOT", 2),
            ("criticism", "criticism", N, "NN", "dobj", 2), ("over", "over", ADP, "IN", "prep", 3),
            ("its", "its", "PRON", "PRP$", "poss", 6), ("crackdown", "crackdown", N, "NN", "pobj", 4), (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "criticism")[1] == ["junta"]
    # "The minister received an invitation to the summit.": invited is who receives it, not the summit
    rows = [("The", "the", DET, "DT", "det", 1), ("minister", "minister", N, "NN", "nsubj", 2),
            ("received", "receive", V, "VBD", "ROOT", 2), ("an", "an", DET, "DT", "det", 4),
            ("invitation", "invitation", N, "NN", "dobj", 2), ("to", "to", ADP, "IN", "prep", 4), ("the", "the", DET, "DT", "det", 7),
            ("summit", "summit", N, "NN", "pobj", 5), (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "invitation")[1] == ["minister"]


def test_a_counting_noun_holds_the_doer_and_the_target_of_the_acts_it_counts(patterns):
    # "A wave of attacks by the militia against the town began.": the parser hangs both phrases on "wave"
    rows = [("A", "a", DET, "DT", "det", 1), ("wave", "wave", N, "NN", "nsubj", 10), ("of", "of", ADP, "IN", "prep", 1),
            ("attacks", "attack", N, "NNS", "pobj", 2), ("by", "by", ADP, "IN", "prep", 1), ("the", "the", DET, "DT", "det", 6),
            ("militia", "militia", N, "NN", "pobj", 4), ("against", "against", ADP, "IN", "prep", 1),
            ("the", "the", DET, "DT", "det", 9), ("town", "town", N, "NN", "pobj", 7), ("began", "begin", V, "VBD", "ROOT", 10),
            (".", ".", P, ".", "punct", 10)]
    assert roles(patterns, rows, "attacks") == (["militia"], ["town"])


def test_a_demand_is_made_of_the_subject_of_its_own_that_clause(patterns):
    # "Chile repeated its demand that Peru withdraw."
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("repeated", "repeat", V, "VBD", "ROOT", 1),
            ("its", "its", "PRON", "PRP$", "poss", 3), ("demand", "demand", N, "NN", "dobj", 1),
            ("that", "that", "SCONJ", "IN", "mark", 6), ("Peru", "Peru", "PROPN", "NNP", "nsubj", 6),
            ("withdraw", "withdraw", V, "VB", "acl", 3), (".", ".", P, ".", "punct", 1)]
    assert roles(patterns, rows, "demand")[1] == ["Peru"]


def test_a_place_released_from_is_no_source(patterns):
    # "The judge ordered the release of the nurse from prison."
    rows = [("The", "the", DET, "DT", "det", 1), ("judge", "judge", N, "NN", "nsubj", 2), ("ordered", "order", V, "VBD", "ROOT", 2),
            ("the", "the", DET, "DT", "det", 4), ("release", "release", N, "NN", "dobj", 2), ("of", "of", ADP, "IN", "prep", 4),
            ("the", "the", DET, "DT", "det", 7), ("nurse", "nurse", N, "NN", "pobj", 5), ("from", "from", ADP, "IN", "prep", 4),
            ("prison", "prison", N, "NN", "pobj", 8), (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "release") == (["judge"], ["nurse"])


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, plover, source, target",
    [
        ("Bolivian police took the opposition senator into custody.", "COERCE", ["BOL"], ["BOL"]),
        ("The Ugandan opposition leader remains under house arrest.", "COERCE", [], ["UGA"]),
        ("Mauritania remains on the European Union's terrorist list.", "SANCTION", ["IGO"], ["MRT"]),
        ("Norway's mediation between Colombia and the rebels resumed.", "CONSULT", ["NOR"], ["COL"]),
        ("Witnesses described the atrocities of the Ethiopian army against villagers in Tigray.", "ASSAULT",
         ["ETH"], ["ETH"]),
        ("A Peruvian judge ordered the release of the Chilean journalist from prison.", "RETREAT", ["PER"], ["CHL"]),
        # two who meet together: the second is the other party, not the place the meeting was searched out in
        ("The Chilean president and the Argentine foreign minister attended a summit in Lima, Peru.", "CONSULT",
         ["CHL"], ["ARG"]),
    ],
)
def test_nominal_roles_in_real_parses(pipeline_coder, text, plover, source, target):
    events = [e for e in pipeline_coder.code_text(text).events if e.event.plover == plover]
    assert events, text
    assert countries(events[0].source) == source
    assert target[0] in countries(events[0].target)


def test_one_acting_as_mediator_between_two_parties_mediates_between_them(patterns):
    # "Ghana acted as a mediator between Togo and Benin."
    rows = [("Ghana", "Ghana", "PROPN", "NNP", "nsubj", 1), ("acted", "act", V, "VBD", "ROOT", 1),
            ("as", "as", ADP, "IN", "prep", 1), ("a", "a", DET, "DT", "det", 4), ("mediator", "mediator", N, "NN", "pobj", 2),
            ("between", "between", ADP, "IN", "prep", 4), ("Togo", "Togo", "PROPN", "NNP", "pobj", 5),
            ("and", "and", "CCONJ", "CC", "cc", 6), ("Benin", "Benin", "PROPN", "NNP", "conj", 6), (".", ".", P, ".", "punct", 1)]
    assert roles(patterns, rows, "mediator") == (["Ghana"], ["Togo", "Benin"])
    # "The mediator said ...": the title alone names no mediation
    rows = [("The", "the", DET, "DT", "det", 1), ("mediator", "mediator", N, "NN", "nsubj", 2), ("said", "say", V, "VBD", "ROOT", 2),
            (".", ".", P, ".", "punct", 2)]
    assert find_triggers(make_doc(rows)[:], patterns) == []


def test_the_passive_subject_of_a_carrier_undergoes_the_act(patterns):
    # "Detainees were subjected to torture by guards."
    rows = [("Detainees", "detainee", N, "NNS", "nsubjpass", 2), ("were", "be", AUX, "VBD", "auxpass", 2),
            ("subjected", "subject", V, "VBN", "ROOT", 2), ("to", "to", ADP, "IN", "prep", 2), ("torture", "torture", N, "NN", "pobj", 3),
            ("by", "by", ADP, "IN", "agent", 2), ("guards", "guard", N, "NNS", "pobj", 5), (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "torture") == (["guards"], ["Detainees"])
    # "Bankers were slapped with sanctions by Canada.": "with" carries only for a passive carrier
    rows = [("Bankers", "banker", N, "NNS", "nsubjpass", 2), ("were", "be", AUX, "VBD", "auxpass", 2),
            ("slapped", "slap", V, "VBN", "ROOT", 2), ("with", "with", ADP, "IN", "prep", 2), ("sanctions", "sanction", N, "NNS", "pobj", 3),
            ("by", "by", ADP, "IN", "agent", 2), ("Canada", "Canada", "PROPN", "NNP", "pobj", 5), (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "sanctions") == (["Canada"], ["Bankers"])


def test_an_active_light_verb_does_not_carry_through_with(patterns):
    # "That had nothing to do with the boycott.": the boycott is only referred to
    rows = [("That", "that", "PRON", "DT", "nsubj", 1), ("had", "have", V, "VBD", "ROOT", 1), ("nothing", "nothing", "PRON", "NN", "dobj", 1),
            ("to", "to", "PART", "TO", "aux", 4), ("do", "do", V, "VB", "relcl", 2), ("with", "with", ADP, "IN", "prep", 4),
            ("the", "the", DET, "DT", "det", 7), ("boycott", "boycott", N, "NN", "pobj", 5), (".", ".", P, ".", "punct", 1)]
    match = next(m for m in find_triggers(make_doc(rows)[:], patterns) if m.token.text == "boycott")
    assert match.anchor.i == match.token.i


def _hyphened_act(first, first_lemma, first_pos, participle, participle_lemma, noun, noun_lemma, ent="O"):
    """"The <first>-<participle> <noun> began.", the parser's way: the first word hangs on the participle."""
    rows = [("The", "the", DET, "DT", "det", 4), (first, first_lemma, first_pos, "NNP", "npadvmod", 3),
            ("-", "-", P, "HYPH", "punct", 3), (participle, participle_lemma, V, "VBN", "amod", 4),
            (noun, noun_lemma, N, "NN", "nsubj", 5), ("began", "begin", V, "VBD", "ROOT", 5), (".", ".", P, ".", "punct", 5)]
    return rows, ["O", ent, "O", "O", "O", "O", "O"]


def test_the_one_named_before_a_hyphened_participle_of_leading_leads_the_act(patterns):
    # "The Saudi-led offensive began.", "The Qatari-brokered talks began.": the leader or broker does the act
    for participle, lemma, noun, noun_lemma in (("led", "lead", "offensive", "offensive"), ("brokered", "broker", "talks", "talk")):
        rows, ents = _hyphened_act("Saudi", "Saudi", "PROPN", participle, lemma, noun, noun_lemma, ent="B-NORP")
        doc = make_doc(rows, ents)
        match = next(m for m in find_triggers(doc[:], patterns) if m.token.text == noun)
        assert [t.text for t in role_heads(match, patterns).sources] == ["Saudi"]
    # a word for a body of people leads it as well: "The army-backed crackdown began."
    rows, ents = _hyphened_act("army", "army", N, "backed", "back", "crackdown", "crackdown")
    assert roles(patterns, rows, "crackdown")[0] == ["army"]


def test_a_hyphened_participle_after_no_actor_names_no_leader(patterns):
    # "The poorly-led offensive began.": how it was led, not by whom; "The Saudi-made offensive": no leading
    rows, _ = _hyphened_act("poorly", "poorly", "ADV", "led", "lead", "offensive", "offensive")
    assert roles(patterns, rows, "offensive")[0] == []
    rows, ents = _hyphened_act("Saudi", "Saudi", "PROPN", "made", "make", "offensive", "offensive", ent="B-NORP")
    doc = make_doc(rows, ents)
    match = next(m for m in find_triggers(doc[:], patterns) if m.token.text == "offensive")
    assert list(role_heads(match, patterns).sources) == []


LEADER_CASES = yaml.safe_load((Path(__file__).parent / "leader_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("case", LEADER_CASES, ids=[c["text"][:40] for c in LEADER_CASES])
def test_a_hyphened_leader_does_the_act_in_real_parses(pipeline_coder, case):
    events = [e for e in pipeline_coder.code_text(case["text"]).events if e.event.plover == case["plover"]]
    assert events, case["text"]
    code = case["source"]
    assert any(a.country == code or (a.code or "").startswith(code) for e in events for a in e.source), case["text"]


def test_a_hyphened_participle_is_no_act_but_the_one_named_before_it_leads_the_noun(patterns):
    # "The Iranian-backed offensive began.": the participle only names the offensive by its backer (session 25: no
    # backing of its own, matching._hyphened_modifier); the backer leads the offensive
    rows, ents = _hyphened_act("Iranian", "Iranian", "PROPN", "backed", "back", "offensive", "offensive", ent="B-NORP")
    doc = make_doc(rows, ents)
    assert "backed" not in [m.token.text for m in find_triggers(doc[:], patterns)]
    match = next(m for m in find_triggers(doc[:], patterns) if m.token.text == "offensive")
    assert [t.text for t in role_heads(match, patterns).sources] == ["Iranian"]
