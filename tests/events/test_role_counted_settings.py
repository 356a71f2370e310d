"""Who does a nominal act with an empty source where the clause names the doer (session 40, dyads40): an act counted
by a partitive noun in a phrase of setting ("after a fourth round of talks with X, Y said"), a setting phrase opened by
"following" (which the parser tags as a verb), a meeting on a go-between's act (not the go-between's), measures one
adds ("would not add new sanctions on X"), and an act owned in the passive ("the attack was claimed by X").
Hand-built parses of invented sentences (events/roles/nouns.py _other_party, _spell_counted, _in_setting, _owner)."""

from handparse import make_doc
from handparse import role_words as roles

N, PN, V, AUX, ADP, DET, P, ADJ, NUM = "NOUN", "PROPN", "VERB", "AUX", "ADP", "DET", "PUNCT", "ADJ", "NUM"


def _counted_talks(counter: str, verb: tuple[str, str]) -> list[tuple]:
    # "After a second {counter} of talks with Hamas , Qatar {verb} ."
    return [("After", "after", ADP, "IN", "prep", 12), ("a", "a", DET, "DT", "det", 3),
            ("second", "second", ADJ, "JJ", "amod", 3), (counter, counter, N, "NN", "pobj", 0),
            ("of", "of", ADP, "IN", "prep", 3), ("talks", "talk", N, "NNS", "pobj", 4),
            ("with", "with", ADP, "IN", "prep", 5), ("Hamas", "Hamas", PN, "NNP", "pobj", 6),
            (",", ",", P, ",", "punct", 12), ("the", "the", DET, "DT", "det", 11),
            ("Qatari", "Qatari", ADJ, "JJ", "amod", 11), ("government", "government", N, "NN", "nsubj", 12),
            (verb[0], verb[1], V, "VBD", "ROOT", 12), (".", ".", P, ".", "punct", 12)]


def test_talks_counted_by_a_round_in_a_setting_phrase_are_held_by_the_clause_subject(patterns):
    rows = _counted_talks("round", ("left", "leave"))
    ents = ["O"] * 7 + ["B-ORG", "O", "O", "B-NORP", "O", "O", "O"]
    assert roles(patterns, rows, "talks", ents, named={"Hamas"}) == (["government"], ["Hamas"])


def test_a_series_counts_them_too(patterns):
    rows = _counted_talks("series", ("resumed", "resume"))
    ents = ["O"] * 7 + ["B-ORG", "O", "O", "B-NORP", "O", "O", "O"]
    assert roles(patterns, rows, "talks", ents, named={"Hamas"})[0] == ["government"]


def test_a_meeting_counted_so_on_a_go_between_s_act_is_not_the_go_between_s(patterns):
    # "After a second round of talks in Doha , the Qatari government brokered a truce ." (no partner named: the
    # talks were the parties', the broker only eased them)
    rows = [("After", "after", ADP, "IN", "prep", 12), ("a", "a", DET, "DT", "det", 3),
            ("second", "second", ADJ, "JJ", "amod", 3), ("round", "round", N, "NN", "pobj", 0),
            ("of", "of", ADP, "IN", "prep", 3), ("talks", "talk", N, "NNS", "pobj", 4),
            ("in", "in", ADP, "IN", "prep", 5), ("Doha", "Doha", PN, "NNP", "pobj", 6),
            (",", ",", P, ",", "punct", 12), ("the", "the", DET, "DT", "det", 11),
            ("Qatari", "Qatari", ADJ, "JJ", "amod", 11), ("government", "government", N, "NN", "nsubj", 12),
            ("brokered", "broker", V, "VBD", "ROOT", 12), ("a", "a", DET, "DT", "det", 14),
            ("truce", "truce", N, "NN", "dobj", 12), (".", ".", P, ".", "punct", 12)]
    ents = ["O"] * 7 + ["B-GPE", "O", "O", "B-NORP", "O", "O", "O", "O", "O"]
    assert roles(patterns, rows, "talks", ents)[0] == []


def test_a_wave_of_arrests_with_no_partner_names_no_doer_from_the_clause(patterns):
    # "After a wave of arrests , the opposition called off the march ." (near miss: no with-phrase, no meeting)
    rows = [("After", "after", ADP, "IN", "prep", 8), ("a", "a", DET, "DT", "det", 2),
            ("wave", "wave", N, "NN", "pobj", 0), ("of", "of", ADP, "IN", "prep", 2),
            ("arrests", "arrest", N, "NNS", "pobj", 3), (",", ",", P, ",", "punct", 8),
            ("the", "the", DET, "DT", "det", 7), ("opposition", "opposition", N, "NN", "nsubj", 8),
            ("called", "call", V, "VBD", "ROOT", 8), ("off", "off", ADP, "RP", "prt", 8),
            ("the", "the", DET, "DT", "det", 11), ("march", "march", N, "NN", "dobj", 8), (".", ".", P, ".", "punct", 8)]
    assert roles(patterns, rows, "arrests")[0] == []


def test_negotiations_after_following_read_as_a_verb_are_held_by_the_clause_subject(patterns):
    # "Following negotiations with the unions , the ministry raised its offer ."
    rows = [("Following", "follow", V, "VBG", "prep", 8), ("negotiations", "negotiation", N, "NNS", "dobj", 0),
            ("with", "with", ADP, "IN", "prep", 1), ("the", "the", DET, "DT", "det", 4),
            ("unions", "union", N, "NNS", "pobj", 2), (",", ",", P, ",", "punct", 8),
            ("the", "the", DET, "DT", "det", 7), ("ministry", "ministry", N, "NN", "nsubj", 8),
            ("raised", "raise", V, "VBD", "ROOT", 8), ("its", "its", "PRON", "PRP$", "poss", 10),
            ("offer", "offer", N, "NN", "dobj", 8), (".", ".", P, ".", "punct", 8)]
    assert roles(patterns, rows, "negotiations", named={"unions", "ministry"}) == (["ministry"], ["unions"])


def test_a_verb_of_following_with_its_own_subject_is_no_setting(patterns):
    # "The ministry was following negotiations with the unions ." (near miss: "following" is the clause's verb)
    rows = [("The", "the", DET, "DT", "det", 1), ("ministry", "ministry", N, "NN", "nsubj", 3),
            ("was", "be", AUX, "VBD", "aux", 3), ("following", "follow", V, "VBG", "ROOT", 3),
            ("negotiations", "negotiation", N, "NNS", "dobj", 3), ("with", "with", ADP, "IN", "prep", 4),
            ("the", "the", DET, "DT", "det", 7), ("unions", "union", N, "NNS", "pobj", 5), (".", ".", P, ".", "punct", 3)]
    # (whatever else names its doer, not the setting rule: the verb is no preposition)
    from eventscope.events.roles.nouns import _in_setting
    doc = make_doc(rows)
    assert not _in_setting(doc[4], patterns)


def test_sanctions_a_state_adds_are_its_own(patterns):
    # "Canada will add new sanctions on Iranian banks ."
    rows = [("Canada", "Canada", PN, "NNP", "nsubj", 2), ("will", "will", AUX, "MD", "aux", 2),
            ("add", "add", V, "VB", "ROOT", 2), ("new", "new", ADJ, "JJ", "amod", 4),
            ("sanctions", "sanction", N, "NNS", "dobj", 2), ("on", "on", ADP, "IN", "prep", 4),
            ("Iranian", "Iranian", ADJ, "JJ", "amod", 7), ("banks", "bank", N, "NNS", "pobj", 5), (".", ".", P, ".", "punct", 2)]
    ents = ["B-GPE", "O", "O", "O", "O", "O", "B-NORP", "O", "O"]
    assert roles(patterns, rows, "sanctions", ents, named={"Canada"}) == (["Canada"], ["banks"])


def test_an_attack_claimed_in_the_passive_is_the_by_phrase_s(patterns):
    # "The bombing was claimed by the Tigers ."
    rows = [("The", "the", DET, "DT", "det", 1), ("bombing", "bombing", N, "NN", "nsubjpass", 3),
            ("was", "be", AUX, "VBD", "auxpass", 3), ("claimed", "claim", V, "VBN", "ROOT", 3),
            ("by", "by", ADP, "IN", "agent", 3), ("the", "the", DET, "DT", "det", 6),
            ("Tigers", "Tigers", PN, "NNPS", "pobj", 4), (".", ".", P, ".", "punct", 3)]
    ents = ["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"]
    assert roles(patterns, rows, "bombing", ents, named={"Tigers"})[0] == ["Tigers"]


def test_an_attack_reported_in_the_passive_is_not_the_reporter_s(patterns):
    # "The bombing was reported by the Times ." (near miss: reporting owns nothing)
    rows = [("The", "the", DET, "DT", "det", 1), ("bombing", "bombing", N, "NN", "nsubjpass", 3),
            ("was", "be", AUX, "VBD", "auxpass", 3), ("reported", "report", V, "VBN", "ROOT", 3),
            ("by", "by", ADP, "IN", "agent", 3), ("the", "the", DET, "DT", "det", 6),
            ("Times", "Times", PN, "NNP", "pobj", 4), (".", ".", P, ".", "punct", 3)]
    ents = ["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"]
    assert roles(patterns, rows, "bombing", ents, named={"Times"})[0] == []


def test_following_read_as_a_verb_with_no_partner_names_no_doer(patterns):
    # "The union hoped for more talks following the first negotiations ." (near miss: no with-phrase after the
    # "following" the parser read as a verb, so no meeting of the clause's subject)
    rows = [("The", "the", DET, "DT", "det", 1), ("union", "union", N, "NN", "nsubj", 2),
            ("hoped", "hope", V, "VBD", "ROOT", 2), ("for", "for", ADP, "IN", "prep", 2),
            ("more", "more", ADJ, "JJR", "amod", 5), ("talks", "talk", N, "NNS", "pobj", 3),
            ("following", "follow", V, "VBG", "prep", 2), ("the", "the", DET, "DT", "det", 9),
            ("first", "first", ADJ, "JJ", "amod", 9), ("negotiations", "negotiation", N, "NNS", "pobj", 6),
            (".", ".", P, ".", "punct", 2)]
    assert roles(patterns, rows, "negotiations", named={"union"})[0] == []
