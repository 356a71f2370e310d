"""Speech acts of evaluation (events/speech.py, data/speech.yaml): feelings of disapproval said of oneself,
insults said of someone, namings the parser misreads, and concerns voiced in a whole article."""

import pytest
from handparse import context_for, make_doc, mention
from spacy.tokens import Doc

from eventscope.records import ActorMention


def accusations(coder, doc, mentions, plover="ACCUSE"):
    events = coder.code(context_for(doc, mentions))
    return [(e.source[0].name if e.source else None, e.target[0].name if e.target else None, e.event.cameo)
            for e in events if e.event.plover == plover]


def test_a_speaker_appalled_at_what_an_actor_did_disapproves_of_that_actor(coder):
    # "The minister said he was appalled that Ethiopia had filled the dam."
    doc = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('minister', 'minister', 'NOUN', 'NN', 'nsubj', 2),
        ('said', 'say', 'VERB', 'VBD', 'ROOT', 2),
        ('he', 'he', 'PRON', 'PRP', 'nsubj', 4),
        ('was', 'be', 'AUX', 'VBD', 'ccomp', 2),
        ('appalled', 'appal', 'VERB', 'VBN', 'acomp', 4),
        ('that', 'that', 'SCONJ', 'IN', 'mark', 9),
        ('Ethiopia', 'Ethiopia', 'PROPN', 'NNP', 'nsubj', 9),
        ('had', 'have', 'AUX', 'VBD', 'aux', 9),
        ('filled', 'fill', 'VERB', 'VBN', 'ccomp', 5),
        ('the', 'the', 'DET', 'DT', 'det', 11),
        ('dam', 'dam', 'NOUN', 'NN', 'dobj', 9),
        ('.', '.', 'PUNCT', '.', 'punct', 2),
    ])
    found = accusations(coder, doc, [mention(doc, 0, 2, "Egyptian minister", "EGY", "person"),
                                     mention(doc, 7, 8, "Ethiopia", "ETH")])
    # the speaker, named (not "he"), disapproves (CAMEO 110) of the one who acted
    assert found == [("Egyptian minister", "Ethiopia", "110")]


def test_disgust_at_an_actors_decision_judges_its_owner(coder):
    # "The bishops were disgusted by the council's decision."
    doc = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('bishops', 'bishop', 'NOUN', 'NNS', 'nsubjpass', 3),
        ('were', 'be', 'AUX', 'VBD', 'auxpass', 3),
        ('disgusted', 'disgust', 'VERB', 'VBN', 'ROOT', 3),
        ('by', 'by', 'ADP', 'IN', 'agent', 3),
        ('the', 'the', 'DET', 'DT', 'det', 6),
        ('council', 'council', 'NOUN', 'NN', 'poss', 8),
        ("'s", "'s", 'PART', 'POS', 'case', 6),
        ('decision', 'decision', 'NOUN', 'NN', 'pobj', 4),
        ('.', '.', 'PUNCT', '.', 'punct', 3),
    ])
    found = accusations(coder, doc, [mention(doc, 0, 2, "bishops", "PHL", "group"),
                                     mention(doc, 5, 7, "city council", "PHL", "group")])
    assert found == [("bishops", "city council", "110")]


def test_a_feeling_about_no_actor_is_no_act(coder):
    # "The minister was annoyed by the rain."
    doc = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('minister', 'minister', 'NOUN', 'NN', 'nsubjpass', 3),
        ('was', 'be', 'AUX', 'VBD', 'auxpass', 3),
        ('annoyed', 'annoy', 'VERB', 'VBN', 'ROOT', 3),
        ('by', 'by', 'ADP', 'IN', 'agent', 3),
        ('the', 'the', 'DET', 'DT', 'det', 6),
        ('rain', 'rain', 'NOUN', 'NN', 'pobj', 4),
        ('.', '.', 'PUNCT', '.', 'punct', 3),
    ])
    assert accusations(coder, doc, [mention(doc, 0, 2, "minister", "GRC", "person")]) == []


def test_alarm_at_a_happening_of_a_state_is_no_act(coder):
    # "Officials are alarmed by the collapse of the state."
    doc = make_doc([
        ('Officials', 'official', 'NOUN', 'NNS', 'nsubjpass', 2),
        ('are', 'be', 'AUX', 'VBP', 'auxpass', 2),
        ('alarmed', 'alarm', 'VERB', 'VBN', 'ROOT', 2),
        ('by', 'by', 'ADP', 'IN', 'agent', 2),
        ('the', 'the', 'DET', 'DT', 'det', 5),
        ('collapse', 'collapse', 'NOUN', 'NN', 'pobj', 3),
        ('of', 'of', 'ADP', 'IN', 'prep', 5),
        ('the', 'the', 'DET', 'DT', 'det', 8),
        ('state', 'state', 'NOUN', 'NN', 'pobj', 6),
        ('.', '.', 'PUNCT', '.', 'punct', 2),
    ])
    assert accusations(coder, doc, [mention(doc, 0, 1, "officials", "PER", "group"),
                                    mention(doc, 7, 9, "state", "BOL")]) == []


def test_an_insult_said_of_a_group_in_a_quote_criticises_it(coder):
    # '"They are thugs," the minister said of the rebels.'
    doc = make_doc([
        ('"', '"', 'PUNCT', '``', 'punct', 8),
        ('They', 'they', 'PRON', 'PRP', 'nsubj', 2),
        ('are', 'be', 'AUX', 'VBP', 'ccomp', 8),
        ('thugs', 'thug', 'NOUN', 'NNS', 'attr', 2),
        (',', ',', 'PUNCT', ',', 'punct', 8),
        ('"', '"', 'PUNCT', "''", 'punct', 8),
        ('the', 'the', 'DET', 'DT', 'det', 7),
        ('minister', 'minister', 'NOUN', 'NN', 'nsubj', 8),
        ('said', 'say', 'VERB', 'VBD', 'ROOT', 8),
        ('of', 'of', 'ADP', 'IN', 'prep', 8),
        ('the', 'the', 'DET', 'DT', 'det', 11),
        ('rebels', 'rebel', 'NOUN', 'NNS', 'pobj', 9),
        ('.', '.', 'PUNCT', '.', 'punct', 8),
    ])
    found = accusations(coder, doc, [mention(doc, 6, 8, "defence minister", "COL", "person"),
                                     mention(doc, 10, 12, "rebels", "COL", "group")])
    assert found == [("defence minister", "rebels", "111")]


def test_an_insulting_name_used_as_a_name_judges_no_one(coder):
    # "The thugs fled, the minister said."
    doc = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('thugs', 'thug', 'NOUN', 'NNS', 'nsubj', 2),
        ('fled', 'flee', 'VERB', 'VBD', 'ccomp', 6),
        (',', ',', 'PUNCT', ',', 'punct', 6),
        ('the', 'the', 'DET', 'DT', 'det', 5),
        ('minister', 'minister', 'NOUN', 'NN', 'nsubj', 6),
        ('said', 'say', 'VERB', 'VBD', 'ROOT', 6),
        ('.', '.', 'PUNCT', '.', 'punct', 6),
    ])
    assert accusations(coder, doc, [mention(doc, 0, 2, "thugs", "COL", "group"),
                                    mention(doc, 4, 6, "minister", "COL", "person")]) == []


def test_calling_a_law_a_disgrace_misparsed_as_a_nouns_clause_still_criticises_its_owner(coder):
    # "The premier called Hungary's law a disgrace." as the parser may read it: "called" a clause of
    # "premier", the law and the disgrace two complements
    doc = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('premier', 'premier', 'NOUN', 'NN', 'ROOT', 1),
        ('called', 'call', 'VERB', 'VBD', 'acl', 1),
        ('Hungary', 'Hungary', 'PROPN', 'NNP', 'poss', 5),
        ("'s", "'s", 'PART', 'POS', 'case', 3),
        ('law', 'law', 'NOUN', 'NN', 'oprd', 2),
        ('a', 'a', 'DET', 'DT', 'det', 7),
        ('disgrace', 'disgrace', 'NOUN', 'NN', 'oprd', 2),
        ('.', '.', 'PUNCT', '.', 'punct', 1),
    ])
    found = accusations(coder, doc, [mention(doc, 0, 2, "Dutch premier", "NLD", "person"),
                                     mention(doc, 3, 4, "Hungary", "HUN")])
    assert found == [("Dutch premier", "Hungary", "111")]


def test_a_speech_verb_inside_what_is_said_does_not_speak_its_own_words(coder):
    # "The minister said Pakistan had shown contempt for the deal." ("show" reports elsewhere: "data show")
    doc = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('minister', 'minister', 'NOUN', 'NN', 'nsubj', 2),
        ('said', 'say', 'VERB', 'VBD', 'ROOT', 2),
        ('Pakistan', 'Pakistan', 'PROPN', 'NNP', 'nsubj', 5),
        ('had', 'have', 'AUX', 'VBD', 'aux', 5),
        ('shown', 'show', 'VERB', 'VBN', 'ccomp', 2),
        ('contempt', 'contempt', 'NOUN', 'NN', 'dobj', 5),
        ('for', 'for', 'ADP', 'IN', 'prep', 6),
        ('the', 'the', 'DET', 'DT', 'det', 9),
        ('deal', 'deal', 'NOUN', 'NN', 'pobj', 7),
        ('.', '.', 'PUNCT', '.', 'punct', 2),
    ])
    found = accusations(coder, doc, [mention(doc, 0, 2, "Indian minister", "IND", "person"),
                                     mention(doc, 3, 4, "Pakistan", "PAK")])
    assert found == [("Indian minister", "Pakistan", "111")]


def test_the_worst_affected_judges_no_one(coder):
    # "The agency said the worst affected countries were Liberia and Guinea."
    doc = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('agency', 'agency', 'NOUN', 'NN', 'nsubj', 2),
        ('said', 'say', 'VERB', 'VBD', 'ROOT', 2),
        ('the', 'the', 'DET', 'DT', 'det', 6),
        ('worst', 'worst', 'ADV', 'RBS', 'advmod', 5),
        ('affected', 'affect', 'VERB', 'VBN', 'amod', 6),
        ('countries', 'country', 'NOUN', 'NNS', 'nsubj', 7),
        ('were', 'be', 'AUX', 'VBD', 'ccomp', 2),
        ('Liberia', 'Liberia', 'PROPN', 'NNP', 'attr', 7),
        ('and', 'and', 'CCONJ', 'CC', 'cc', 8),
        ('Guinea', 'Guinea', 'PROPN', 'NNP', 'conj', 8),
        ('.', '.', 'PUNCT', '.', 'punct', 2),
    ])
    assert accusations(coder, doc, [mention(doc, 0, 2, "health agency", "IGOWHO", "group"),
                                    mention(doc, 8, 9, "Liberia", "LBR"),
                                    mention(doc, 10, 11, "Guinea", "GIN")]) == []


def _concern_doc():
    # "Canada raised concerns about the detentions with Chinese officials."
    return make_doc([
        ('Canada', 'Canada', 'PROPN', 'NNP', 'nsubj', 1),
        ('raised', 'raise', 'VERB', 'VBD', 'ROOT', 1),
        ('concerns', 'concern', 'NOUN', 'NNS', 'dobj', 1),
        ('about', 'about', 'ADP', 'IN', 'prep', 2),
        ('the', 'the', 'DET', 'DT', 'det', 5),
        ('detentions', 'detention', 'NOUN', 'NNS', 'pobj', 3),
        ('with', 'with', 'ADP', 'IN', 'prep', 5),
        ('Chinese', 'chinese', 'ADJ', 'JJ', 'amod', 8),
        ('officials', 'official', 'NOUN', 'NNS', 'pobj', 6),
        ('.', '.', 'PUNCT', '.', 'punct', 1),
    ])


def test_a_concern_raised_with_an_actor_is_disapproval_in_a_whole_article(article_coder):
    doc = _concern_doc()
    found = accusations(article_coder, doc, [mention(doc, 0, 1, "Canada", "CAN"),
                                             mention(doc, 7, 9, "Chinese officials", "CHN", "group")])
    assert found == [("Canada", "Chinese officials", "110")]


def test_a_concern_raised_stays_a_comment_in_a_lone_sentence(coder):
    doc = _concern_doc()
    assert accusations(coder, doc, [mention(doc, 0, 1, "Canada", "CAN"),
                                    mention(doc, 7, 9, "Chinese officials", "CHN", "group")]) == []


def test_concern_for_someone_is_sympathy_not_disapproval(article_coder):
    # "Canada expressed concern for the health of the Chinese dissident."
    doc = make_doc([
        ('Canada', 'Canada', 'PROPN', 'NNP', 'nsubj', 1),
        ('expressed', 'express', 'VERB', 'VBD', 'ROOT', 1),
        ('concern', 'concern', 'NOUN', 'NN', 'dobj', 1),
        ('for', 'for', 'ADP', 'IN', 'prep', 2),
        ('the', 'the', 'DET', 'DT', 'det', 5),
        ('health', 'health', 'NOUN', 'NN', 'pobj', 3),
        ('of', 'of', 'ADP', 'IN', 'prep', 5),
        ('the', 'the', 'DET', 'DT', 'det', 9),
        ('Chinese', 'chinese', 'ADJ', 'JJ', 'amod', 9),
        ('dissident', 'dissident', 'NOUN', 'NN', 'pobj', 6),
        ('.', '.', 'PUNCT', '.', 'punct', 1),
    ])
    assert accusations(article_coder, doc, [mention(doc, 0, 1, "Canada", "CAN"),
                                            mention(doc, 7, 10, "Chinese dissident", "CHN", "person")]) == []


def official(doc, start, end, name, country, sector):
    """A mention of an office holder (political: the article around it is politics)."""
    plain = mention(doc, start, end, name, country, "person")
    return ActorMention(actor=plain.actor.model_copy(update={"sectors": [sector]}), token_start=start,
                        token_end=end, head=end - 1)


def test_the_first_sentence_of_a_quote_belongs_to_the_speaker_named_after_it(article_coder):
    # '"The junta is a disgrace. It betrayed us," the senator said.' (two sentences, one quote)
    one = make_doc([
        ('"', '"', 'PUNCT', '``', 'punct', 3),
        ('The', 'the', 'DET', 'DT', 'det', 2),
        ('junta', 'junta', 'NOUN', 'NN', 'nsubj', 3),
        ('is', 'be', 'AUX', 'VBZ', 'ROOT', 3),
        ('a', 'a', 'DET', 'DT', 'det', 5),
        ('disgrace', 'disgrace', 'NOUN', 'NN', 'attr', 3),
        ('.', '.', 'PUNCT', '.', 'punct', 3),
    ])
    two = make_doc([
        ('It', 'it', 'PRON', 'PRP', 'nsubj', 1),
        ('betrayed', 'betray', 'VERB', 'VBD', 'ccomp', 7),
        ('us', 'we', 'PRON', 'PRP', 'dobj', 1),
        (',', ',', 'PUNCT', ',', 'punct', 7),
        ('"', '"', 'PUNCT', "''", 'punct', 7),
        ('the', 'the', 'DET', 'DT', 'det', 6),
        ('senator', 'senator', 'NOUN', 'NN', 'nsubj', 7),
        ('said', 'say', 'VERB', 'VBD', 'ROOT', 7),
        ('.', '.', 'PUNCT', '.', 'punct', 7),
    ])
    doc = Doc.from_docs([one, two])
    found = accusations(article_coder, doc, [official(doc, 1, 3, "military junta", "MLI", "GOV"),
                                             official(doc, 12, 14, "senator", "USA", "LEG")])
    assert ("senator", "military junta", "111") in found


def test_an_item_the_parser_hangs_on_a_list_as_an_apposition_is_one_more_critic(article_coder):
    # "Farmers, truckers, even the police union are up in arms over the ministry's plan." with "even the police
    # union" read as an apposition of "truckers"
    doc = make_doc([
        ('Farmers', 'farmer', 'NOUN', 'NNS', 'nsubj', 8),
        (',', ',', 'PUNCT', ',', 'punct', 0),
        ('truckers', 'trucker', 'NOUN', 'NNS', 'conj', 0),
        (',', ',', 'PUNCT', ',', 'punct', 2),
        ('even', 'even', 'ADV', 'RB', 'advmod', 7),
        ('the', 'the', 'DET', 'DT', 'det', 7),
        ('police', 'police', 'NOUN', 'NN', 'compound', 7),
        ('union', 'union', 'NOUN', 'NN', 'appos', 2),
        ('are', 'be', 'AUX', 'VBP', 'ROOT', 8),
        ('up', 'up', 'ADV', 'RB', 'advmod', 8),
        ('in', 'in', 'ADP', 'IN', 'prep', 9),
        ('arms', 'arm', 'NOUN', 'NNS', 'pobj', 10),
        ('over', 'over', 'ADP', 'IN', 'prep', 8),
        ('the', 'the', 'DET', 'DT', 'det', 14),
        ('ministry', 'ministry', 'NOUN', 'NN', 'poss', 16),
        ("'s", "'s", 'PART', 'POS', 'case', 14),
        ('plan', 'plan', 'NOUN', 'NN', 'pobj', 12),
        ('.', '.', 'PUNCT', '.', 'punct', 8),
    ])
    events = article_coder.code(context_for(doc, [official(doc, 2, 3, "truckers", "FRA", "LAB"),
                                                  official(doc, 5, 8, "police union", "FRA", "LAB"),
                                                  official(doc, 13, 15, "ministry", "FRA", "GOV")]))
    critics = {s.name for e in events if e.event.plover == "ACCUSE" for s in e.source}
    assert {"truckers", "police union"} <= critics


def test_praise_of_an_actors_decision_praises_the_actor(coder):
    # "The envoy said Serbia's decision was a positive step."
    doc = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('envoy', 'envoy', 'NOUN', 'NN', 'nsubj', 2),
        ('said', 'say', 'VERB', 'VBD', 'ROOT', 2),
        ('Serbia', 'Serbia', 'PROPN', 'NNP', 'poss', 5),
        ("'s", "'s", 'PART', 'POS', 'case', 3),
        ('decision', 'decision', 'NOUN', 'NN', 'nsubj', 6),
        ('was', 'be', 'AUX', 'VBD', 'ccomp', 2),
        ('a', 'a', 'DET', 'DT', 'det', 9),
        ('positive', 'positive', 'ADJ', 'JJ', 'amod', 9),
        ('step', 'step', 'NOUN', 'NN', 'attr', 6),
        ('.', '.', 'PUNCT', '.', 'punct', 2),
    ])
    found = accusations(coder, doc, [mention(doc, 0, 2, "EU envoy", "IGOEU", "person"),
                                     mention(doc, 3, 4, "Serbia", "SRB")], plover="SUPPORT")
    assert found == [("EU envoy", "Serbia", "051")]


def test_a_word_that_judges_acts_said_of_no_act_judges_no_one(coder):
    # "The doctor said the minister had tested positive."
    doc = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('doctor', 'doctor', 'NOUN', 'NN', 'nsubj', 2),
        ('said', 'say', 'VERB', 'VBD', 'ROOT', 2),
        ('the', 'the', 'DET', 'DT', 'det', 4),
        ('minister', 'minister', 'NOUN', 'NN', 'nsubj', 6),
        ('had', 'have', 'AUX', 'VBD', 'aux', 6),
        ('tested', 'test', 'VERB', 'VBN', 'ccomp', 2),
        ('positive', 'positive', 'ADJ', 'JJ', 'oprd', 6),
        ('.', '.', 'PUNCT', '.', 'punct', 2),
    ])
    assert accusations(coder, doc, [mention(doc, 0, 2, "doctor", "KEN", "person"),
                                    mention(doc, 3, 5, "health minister", "KEN", "person")], plover="SUPPORT") == []


def test_acting_irresponsibly_is_criticism_of_the_one_acting(coder):
    # "The mayor said the police had acted irresponsibly."
    doc = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('mayor', 'mayor', 'NOUN', 'NN', 'nsubj', 2),
        ('said', 'say', 'VERB', 'VBD', 'ROOT', 2),
        ('the', 'the', 'DET', 'DT', 'det', 4),
        ('police', 'police', 'NOUN', 'NN', 'nsubj', 6),
        ('had', 'have', 'AUX', 'VBD', 'aux', 6),
        ('acted', 'act', 'VERB', 'VBN', 'ccomp', 2),
        ('irresponsibly', 'irresponsibly', 'ADV', 'RB', 'advmod', 6),
        ('.', '.', 'PUNCT', '.', 'punct', 2),
    ])
    found = accusations(coder, doc, [mention(doc, 0, 2, "mayor", "ZAF", "person"),
                                     mention(doc, 3, 5, "police", "ZAF", "group")])
    assert found == [("mayor", "police", "111")]


def _listed_doc(intro_verb: str):
    # "The premier also said:" (or "... also spoke:"), "-", "The junta had failed its people": a bulleted item
    intro = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('premier', 'premier', 'NOUN', 'NN', 'nsubj', 3),
        ('also', 'also', 'ADV', 'RB', 'advmod', 3),
        (intro_verb, 'say' if intro_verb == 'said' else 'speak', 'VERB', 'VBD', 'ROOT', 3),
        (':', ':', 'PUNCT', ':', 'punct', 3),
    ])
    bullet = make_doc([('-', '-', 'PUNCT', ':', 'ROOT', 0)])
    item = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('junta', 'junta', 'NOUN', 'NN', 'nsubj', 3),
        ('had', 'have', 'AUX', 'VBD', 'aux', 3),
        ('failed', 'fail', 'VERB', 'VBN', 'ROOT', 3),
        ('its', 'its', 'PRON', 'PRP$', 'poss', 5),
        ('people', 'people', 'NOUN', 'NNS', 'dobj', 3),
    ])
    return Doc.from_docs([intro, bullet, item])


@pytest.mark.parametrize("intro_verb", ["said", "spoke"])
def test_the_items_of_a_bulleted_list_are_what_the_speaker_introducing_it_said(article_coder, intro_verb):
    doc = _listed_doc(intro_verb)
    found = accusations(article_coder, doc, [official(doc, 0, 2, "premier", "FRA", "GOV"),
                                             official(doc, 6, 8, "junta", "MLI", "MIL")])
    assert (("premier", "junta", "111") in found) is (intro_verb == "said")


def _responsible_doc(duty: bool):
    # "The minister said the rebels were responsible." / "... the rebels were responsible for schools."
    rows = [
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('minister', 'minister', 'NOUN', 'NN', 'nsubj', 2),
        ('said', 'say', 'VERB', 'VBD', 'ROOT', 2),
        ('the', 'the', 'DET', 'DT', 'det', 4),
        ('rebels', 'rebel', 'NOUN', 'NNS', 'nsubj', 5),
        ('were', 'be', 'AUX', 'VBD', 'ccomp', 2),
        ('responsible', 'responsible', 'ADJ', 'JJ', 'acomp', 5),
    ]
    if duty:
        rows += [('for', 'for', 'ADP', 'IN', 'prep', 6), ('schools', 'school', 'NOUN', 'NNS', 'pobj', 7)]
    return make_doc(rows + [('.', '.', 'PUNCT', '.', 'punct', 2)])


@pytest.mark.parametrize("duty", [False, True])
def test_held_responsible_with_no_duty_named_is_blame(coder, duty):
    doc = _responsible_doc(duty)
    found = accusations(coder, doc, [mention(doc, 0, 2, "interior minister", "AFG", "person"),
                                     mention(doc, 3, 5, "rebels", "AFG", "group")])
    assert found == ([] if duty else [("interior minister", "rebels", "112")])


def test_calling_someone_a_foolish_man_is_criticism(coder):
    # "The senator called the ambassador a foolish man."
    doc = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('senator', 'senator', 'NOUN', 'NN', 'nsubj', 2),
        ('called', 'call', 'VERB', 'VBD', 'ROOT', 2),
        ('the', 'the', 'DET', 'DT', 'det', 4),
        ('ambassador', 'ambassador', 'NOUN', 'NN', 'dobj', 2),
        ('a', 'a', 'DET', 'DT', 'det', 7),
        ('foolish', 'foolish', 'ADJ', 'JJ', 'amod', 7),
        ('man', 'man', 'NOUN', 'NN', 'oprd', 2),
        ('.', '.', 'PUNCT', '.', 'punct', 2),
    ])
    found = accusations(coder, doc, [mention(doc, 0, 2, "senator", "USA", "person"),
                                     mention(doc, 3, 5, "ambassador", "GBR", "person")])
    assert found == [("senator", "ambassador", "111")]


def test_speaking_against_an_actor_is_criticism_whatever_the_quotes_between(article_coder):
    # 'The bishop spoke "bluntly" against the junta.'
    doc = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('bishop', 'bishop', 'NOUN', 'NN', 'nsubj', 2),
        ('spoke', 'speak', 'VERB', 'VBD', 'ROOT', 2),
        ('"', '"', 'PUNCT', '``', 'punct', 2),
        ('bluntly', 'bluntly', 'ADV', 'RB', 'advmod', 2),
        ('"', '"', 'PUNCT', "''", 'punct', 2),
        ('against', 'against', 'ADP', 'IN', 'prep', 2),
        ('the', 'the', 'DET', 'DT', 'det', 8),
        ('junta', 'junta', 'NOUN', 'NN', 'pobj', 6),
        ('.', '.', 'PUNCT', '.', 'punct', 2),
    ])
    found = accusations(article_coder, doc, [official(doc, 0, 2, "bishop", "MMR", "REL"),
                                             official(doc, 7, 9, "junta", "MMR", "MIL")])
    assert found == [("bishop", "junta", "111")]


@pytest.mark.parametrize("speakers", ["critics", "analysts"])
def test_what_critics_say_of_an_actor_is_criticism_what_analysts_say_is_not(article_coder, speakers):
    # "Critics say the government has muzzled the press." / "Analysts say ..."
    doc = make_doc([
        (speakers.capitalize(), speakers[:-1], 'NOUN', 'NNS', 'nsubj', 1),
        ('say', 'say', 'VERB', 'VBP', 'ROOT', 1),
        ('the', 'the', 'DET', 'DT', 'det', 3),
        ('government', 'government', 'NOUN', 'NN', 'nsubj', 5),
        ('has', 'have', 'AUX', 'VBZ', 'aux', 5),
        ('muzzled', 'muzzle', 'VERB', 'VBN', 'ccomp', 1),
        ('the', 'the', 'DET', 'DT', 'det', 7),
        ('press', 'press', 'NOUN', 'NN', 'dobj', 5),
        ('.', '.', 'PUNCT', '.', 'punct', 1),
    ])
    found = accusations(article_coder, doc, [official(doc, 2, 4, "government", "HUN", "GOV")])
    assert [target for _, target, _ in found] == (["government"] if speakers == "critics" else [])


def test_a_relative_pronoun_that_speaks_is_the_one_it_stands_for(coder):
    # "Senator Ruiz, who said the junta was corrupt, left."
    doc = make_doc([
        ('Senator', 'Senator', 'PROPN', 'NNP', 'compound', 1),
        ('Ruiz', 'Ruiz', 'PROPN', 'NNP', 'nsubj', 10),
        (',', ',', 'PUNCT', ',', 'punct', 1),
        ('who', 'who', 'PRON', 'WP', 'nsubj', 4),
        ('said', 'say', 'VERB', 'VBD', 'relcl', 1),
        ('the', 'the', 'DET', 'DT', 'det', 6),
        ('junta', 'junta', 'NOUN', 'NN', 'nsubj', 7),
        ('was', 'be', 'AUX', 'VBD', 'ccomp', 4),
        ('corrupt', 'corrupt', 'ADJ', 'JJ', 'acomp', 7),
        (',', ',', 'PUNCT', ',', 'punct', 1),
        ('left', 'leave', 'VERB', 'VBD', 'ROOT', 10),
        ('.', '.', 'PUNCT', '.', 'punct', 10),
    ])
    found = accusations(coder, doc, [mention(doc, 0, 2, "Senator Ruiz", "CHL", "person"),
                                     mention(doc, 5, 7, "junta", "MMR", "group")])
    assert found == [("Senator Ruiz", "junta", "111")]


def test_those_who_underwent_the_act_one_is_appalled_at_are_not_judged(article_coder):
    # "The bishops were appalled that students were beaten." (no one named as beating them)
    doc = make_doc([
        ('The', 'the', 'DET', 'DT', 'det', 1),
        ('bishops', 'bishop', 'NOUN', 'NNS', 'nsubj', 3),
        ('were', 'be', 'AUX', 'VBD', 'auxpass', 3),
        ('appalled', 'appal', 'VERB', 'VBN', 'ROOT', 3),
        ('that', 'that', 'SCONJ', 'IN', 'mark', 7),
        ('students', 'student', 'NOUN', 'NNS', 'nsubjpass', 7),
        ('were', 'be', 'AUX', 'VBD', 'auxpass', 7),
        ('beaten', 'beat', 'VERB', 'VBN', 'ccomp', 3),
        ('.', '.', 'PUNCT', '.', 'punct', 3),
    ])
    assert accusations(article_coder, doc, [official(doc, 0, 2, "bishops", "PHL", "REL"),
                                            official(doc, 5, 6, "students", "PHL", "EDU")]) == []
