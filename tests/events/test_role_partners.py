"""Whom a meeting or a judgement is aimed at, on invented sentences (session 16, roles2): the rest of a list the
parser broke after a phrase of several words ("the International Red Cross"), a with-phrase's people whose
from-phrase the parser hung on the act noun ("held meetings with executives from A and B"), targets at home kept
beside a target of no known country (coder._not_self), and a coup judged (an act noun, no party)."""

import pytest
from eventpicks import countries, only
from handparse import make_doc

from eventscope.events import EventCoder
from eventscope.events.roles.lists import _list_rest
from eventscope.events.roles.nouns import _origins, _partners_told_on_the_act
from eventscope.records import Actor


def test_a_list_item_of_several_words_after_the_first_comma_is_aimed_at_too():
    # "met envoys of Chile , the International Red Cross and farmers": the parser hangs "Cross" on the verb
    doc = make_doc([
        ("met", "meet", "VERB", "VBD", "ROOT", 0), ("envoys", "envoy", "NOUN", "NNS", "dobj", 0),
        ("of", "of", "ADP", "IN", "prep", 1), ("Chile", "Chile", "PROPN", "NNP", "pobj", 2),
        (",", ",", "PUNCT", ",", "punct", 0), ("the", "the", "DET", "DT", "det", 7),
        ("International", "International", "PROPN", "NNP", "compound", 7),
        ("Cross", "Cross", "PROPN", "NNP", "npadvmod", 0),
        ("and", "and", "CCONJ", "CC", "cc", 7), ("farmers", "farmer", "NOUN", "NNS", "conj", 7),
    ])
    assert [t.text for t in _list_rest(doc[1])] == ["Cross", "farmers"]


def test_a_clause_after_the_comma_is_no_list_item():
    # "met envoys of Chile , the talks ended": the words after the comma open a clause, not a list item
    doc = make_doc([
        ("met", "meet", "VERB", "VBD", "ROOT", 0), ("envoys", "envoy", "NOUN", "NNS", "dobj", 0),
        ("of", "of", "ADP", "IN", "prep", 1), ("Chile", "Chile", "PROPN", "NNP", "pobj", 2),
        (",", ",", "PUNCT", ",", "punct", 0), ("the", "the", "DET", "DT", "det", 6),
        ("talks", "talk", "NOUN", "NNS", "nsubj", 7), ("ended", "end", "VERB", "VBD", "conj", 0),
    ])
    assert _list_rest(doc[1]) == []


def _meetings_with_executives_from():
    # "held meetings with executives from Acme and Globex , representatives of the unions" with "from" and
    # "representatives" hung on "meetings"
    return make_doc([
        ("They", "they", "PRON", "PRP", "nsubj", 1), ("held", "hold", "VERB", "VBD", "ROOT", 1),
        ("meetings", "meeting", "NOUN", "NNS", "dobj", 1), ("with", "with", "ADP", "IN", "prep", 2),
        ("executives", "executive", "NOUN", "NNS", "pobj", 3), ("from", "from", "ADP", "IN", "prep", 2),
        ("Acme", "Acme", "PROPN", "NNP", "pobj", 5), ("and", "and", "CCONJ", "CC", "cc", 6),
        ("Globex", "Globex", "PROPN", "NNP", "conj", 6), (",", ",", "PUNCT", ",", "punct", 2),
        ("representatives", "representative", "NOUN", "NNS", "appos", 2), ("of", "of", "ADP", "IN", "prep", 10),
        ("the", "the", "DET", "DT", "det", 13), ("unions", "union", "NOUN", "NNS", "pobj", 11),
    ], ents=["O", "O", "O", "O", "O", "O", "B-ORG", "O", "B-ORG", "O", "O", "O", "O", "O"])


def test_the_from_phrase_of_a_meetings_people_names_whom_it_is_with_not_who_meets(patterns):
    doc = _meetings_with_executives_from()
    meetings, preps = doc[2], frozenset({"with", "to"})
    assert _origins(meetings, preps, patterns, None) == []
    found = _partners_told_on_the_act(meetings, [doc[4]], preps, patterns, None)
    assert [t.text for t in found] == ["Acme", "representatives"]


def test_a_from_phrase_not_after_the_partner_still_says_whose_act_it_is(patterns):
    # "criticism from Acme of the plan": no with-phrase before it, so Acme criticises
    doc = make_doc([
        ("criticism", "criticism", "NOUN", "NN", "ROOT", 0), ("from", "from", "ADP", "IN", "prep", 0),
        ("Acme", "Acme", "PROPN", "NNP", "pobj", 1), ("of", "of", "ADP", "IN", "prep", 0),
        ("the", "the", "DET", "DT", "det", 5), ("plan", "plan", "NOUN", "NN", "pobj", 3),
    ], ents=["O", "O", "B-ORG", "O", "O", "O"])
    assert [t.text for t in _origins(doc[0], frozenset({"of"}), patterns, None)] == ["Acme"]


def _actor(name: str, country: str | None, sectors: list[str], at: int) -> Actor:
    return Actor(text=name, start=at, end=at + len(name), name=name, country=country, sectors=sectors,
                 code=(country or "") + "".join(sectors))


def test_targets_at_home_stay_beside_one_of_no_known_country():
    minister = _actor("the minister", "AUS", ["GOV"], 0)
    broadcasters = _actor("broadcasters", "AUS", ["MED"], 20)
    union = _actor("the union", "AUS", ["LAB"], 40)
    unknown = _actor("Globex", None, [], 60)
    kept = EventCoder._not_self([minister], [broadcasters, union, unknown])
    assert [a.name for a in kept] == ["broadcasters", "the union", "Globex"]


def test_a_target_with_the_sources_own_code_yields_to_another():
    # "the foreign minister (guessed Russian) flew to Moscow for talks with Russian officials": the officials may be
    # the minister's own side; the place visited stays
    minister = _actor("the foreign minister", "RUS", ["GOV"], 0)
    officials = _actor("Russian officials", "RUS", ["GOV"], 40)
    moscow = _actor("Moscow", None, [], 20)
    assert [a.name for a in EventCoder._not_self([minister], [officials, moscow])] == ["Moscow"]


def test_a_foreign_target_still_drops_the_sources_own_country():
    # "Russia praised the partnership between Russia and China": aimed at China
    russia = _actor("Russia", "RUS", [], 0)
    russia_again = _actor("Russia again", "RUS", [], 30)
    china = _actor("China", "CHN", [], 50)
    assert [a.name for a in EventCoder._not_self([russia], [russia_again, china])] == ["China"]


@pytest.mark.slow
def test_a_domestic_meeting_with_a_list_broken_after_its_first_comma(article):
    event = only(article.code_text("The Kenyan minister met with representatives of Oxfam, the International Red Cross "
                              "and Amnesty International.").events, "CONSULT")
    assert {"the International Red Cross", "Amnesty International"} <= {a.text for a in event.target}


@pytest.mark.slow
def test_parties_praising_together_do_not_praise_each_other(article):
    # (triggers.yaml one_sided_codes: an endorsement by two is no joint act)
    event = only(article.code_text("France and Germany praised the new trade agreement.").events, "SUPPORT")
    assert sorted(countries(event.source)) == ["DEU", "FRA"]
    assert "DEU" not in countries(event.target)


@pytest.mark.slow
def test_parties_meeting_still_meet_each_other(article):
    event = only(article.code_text("France and Germany met in Paris on Monday.").events, "CONSULT")
    assert (countries(event.source), countries(event.target)) == (["FRA"], ["DEU"])


def _mediation(events):
    return [e for e in events if e.event.cameo == "045"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, parties",
    [
        # the act's parties are the subject of the verb it is an adjunct or the object of
        ("Officials of Chad and Sudan met in Doha for talks mediated by Qatar.", ["SDN", "TCD"]),
        ("Kenya and Somalia signed a deal brokered by Turkey.", ["KEN", "SOM"]),
        # or those it is between
        ("Envoys held talks between Ethiopia and Egypt mediated by the United States.", ["EGY", "ETH"]),
    ],
)
def test_a_go_between_acts_on_the_parties_of_the_act_it_eased(article, text, parties):
    # (roles.yaml mediation_codes: "talks mediated by Qatar" are not Qatar's target; those who talked are)
    found = _mediation(article.code_text(text).events)
    assert found, text
    assert countries(found[0].target) == parties
