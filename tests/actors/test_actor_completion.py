"""Countries from context (actors.completion) on hand-built parses of invented sentences: no model needed."""

from datetime import date

import pytest
import spacy
from actor_parse import event_draft, iob_tags, phrase_actor, spaces_between, tagged
from spacy.tokens import Doc

from eventscope.actors import ActorCompletion, ActorResolver, load_actor_dictionary
from eventscope.actors.completion.base import _StandingAside
from eventscope.context import DocumentContext, dominant, rank_countries
from eventscope.geo import EventLocator, load_gazetteer
from eventscope.records import Actor, Article, EventDraft, EventType, Span

VOCAB = spacy.blank("en").vocab


# "Rain fell ." (a sentence that names no one, to put distance between mentions)
RAIN = [("Rain", "NOUN", "nsubj", 1), ("fell", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]
# "Chile met Peru . Peru met Chile . Rain fell . Rain fell ." (an article about two countries, neither leading) and
# its four country names
TWO_COUNTRIES = [[("Chile", "PROPN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("Peru", "PROPN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)],
                 [("Peru", "PROPN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("Chile", "PROPN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)],
                 RAIN, RAIN]
TWO_COUNTRIES_NAMED = [(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE"), (6, 7, "GPE")]


@pytest.fixture(scope="module")
def stages():
    dictionary = load_actor_dictionary()
    return ActorResolver(dictionary), EventLocator(load_gazetteer()), dictionary


def parse(sentences, entities=()):
    """sentences: lists of (word, pos, dep, head offset within the sentence); entities: (start, end, label)."""
    words, pos, deps, heads, starts = [], [], [], [], []
    for sentence in sentences:
        base = len(words)
        for i, (word, tag, dep, head) in enumerate(sentence):
            words.append(word)
            pos.append(tag)
            deps.append(dep)
            heads.append(base + head)
            starts.append(i == 0)
    return Doc(VOCAB, words=words, spaces=spaces_between(words), pos=pos, deps=deps, heads=heads, sent_starts=starts,
               ents=iob_tags(len(words), entities), lemmas=[w.lower() for w in words])


def _context(stages, doc, article_country=True):
    """The document's context with its mentions completed, and the completion stage that did it."""
    resolver, locator, dictionary = stages
    context = DocumentContext.build(doc, Article(id="a", text=doc.text, published=date(2024, 5, 16)))
    context.mentions = resolver.resolve(doc, context.published)
    locator.place_mentions(context)
    context.countries = rank_countries(context)
    context.dominant_country = dominant(context.countries)
    completion = ActorCompletion(dictionary, article_country=article_country)
    context.mentions = completion.complete(context)
    return context, completion


def complete(stages, doc, article_country=True):
    context, _ = _context(stages, doc, article_country)
    return {m.actor.text: (m.actor.code, m.actor.reason.rpartition("country from ")[2]) for m in context.mentions}


def test_a_place_in_the_noun_phrase_gives_the_country(stages):
    # "Police in Lima detained protesters ."
    doc = parse([[("Police", "NOUN", "nsubj", 3), ("in", "ADP", "prep", 0), ("Lima", "PROPN", "pobj", 1),
                  ("detained", "VERB", "ROOT", 3), ("protesters", "NOUN", "dobj", 3), (".", "PUNCT", "punct", 3)]],
                entities=[(2, 3, "GPE")])
    found = complete(stages, doc)
    assert found["Police"] == ("PERCOP", "noun phrase")
    assert found["protesters"] == ("PERPRO", "sentence place")


def test_the_dateline_gives_the_country_when_the_article_is_about_it(stages):
    # "QUITO -- Soldiers left ."
    doc = parse([[("QUITO", "PROPN", "npadvmod", 3), ("--", "PUNCT", "punct", 3), ("Soldiers", "NOUN", "nsubj", 3),
                  ("left", "VERB", "ROOT", 3), (".", "PUNCT", "punct", 3)]])
    assert complete(stages, doc)["Soldiers"] == ("ECUMIL", "dateline")


def test_the_article_country_is_the_last_rule_and_can_be_switched_off(stages):
    # "Chile protested . Officials met ."
    doc = parse([[("Chile", "PROPN", "nsubj", 1), ("protested", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)],
                 [("Officials", "NOUN", "nsubj", 1), ("met", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]])
    assert complete(stages, doc)["Officials"] == ("CHLGOV", "article country")
    assert complete(stages, doc, article_country=False)["Officials"][0] == "GOV"


def test_a_group_of_no_single_state_is_coded_by_where_it_acts(stages):
    # "Daesh attacked Mosul ."
    doc = parse([[("Daesh", "PROPN", "nsubj", 1), ("attacked", "VERB", "ROOT", 1), ("Mosul", "PROPN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)]], entities=[(2, 3, "GPE")])
    assert complete(stages, doc)["Daesh"] == ("IRQREB", "sentence place")


def test_a_mention_that_refers_back_takes_its_antecedents_completed_code(stages):
    # "The senator Ann Ruiz spoke in Lima . She left ."
    doc = parse([[("The", "DET", "det", 2), ("senator", "NOUN", "compound", 3), ("Ann", "PROPN", "compound", 3),
                  ("Ruiz", "PROPN", "nsubj", 4), ("spoke", "VERB", "ROOT", 4), ("in", "ADP", "prep", 4),
                  ("Lima", "PROPN", "pobj", 5), (".", "PUNCT", "punct", 4)],
                 [("She", "PRON", "nsubj", 1), ("left", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]],
                entities=[(2, 4, "PERSON"), (6, 7, "GPE")])
    found = complete(stages, doc)
    assert found["The senator Ann Ruiz"] == ("PERLEG", "sentence place")
    assert found["She"][0] == "PERLEG"


def test_an_abbreviated_title_and_a_party_label_make_a_legislator_and_a_bare_surname_refers_back(stages):
    # "Sen. Ann Ruiz ( R - Ohio ) spoke . Ruiz left ." with the tagger calling the second "Ruiz" an ORG
    doc = parse([[("Sen.", "PROPN", "compound", 2), ("Ann", "PROPN", "compound", 2), ("Ruiz", "PROPN", "nsubj", 7),
                  ("(", "PUNCT", "punct", 2), ("R", "PROPN", "compound", 6), ("-", "PUNCT", "punct", 6),
                  ("Ohio", "PROPN", "appos", 2), ("spoke", "VERB", "ROOT", 7), (".", "PUNCT", "punct", 7)],
                 [("Ruiz", "PROPN", "nsubj", 1), ("left", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]],
                entities=[(1, 3, "PERSON"), (9, 10, "ORG")])
    resolver, locator, dictionary = stages
    context = DocumentContext.build(doc, Article(id="a", text=doc.text))
    context.mentions = resolver.resolve(doc, None)
    completed = ActorCompletion(dictionary).complete(context)
    senator, later = completed[0].actor, completed[-1].actor
    assert (senator.text, senator.code, senator.kind) == ("Sen. Ann Ruiz", "USALEG", "person")
    assert senator.reason.endswith("country from party label")
    assert (later.text, later.code, later.reason) == ("Ruiz", "USALEG", "coreference: surname -> Ann Ruiz")


def test_the_two_sides_refer_to_the_last_two_countries_and_the_country_to_the_last_state(stages):
    # "Peru met Chile . The two sides agreed . The country protested ."
    doc = parse([[("Peru", "PROPN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("Chile", "PROPN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)],
                 [("The", "DET", "det", 2), ("two", "NUM", "nummod", 2), ("sides", "NOUN", "nsubj", 3),
                  ("agreed", "VERB", "ROOT", 3), (".", "PUNCT", "punct", 3)],
                 [("The", "DET", "det", 1), ("country", "NOUN", "nsubj", 2), ("protested", "VERB", "ROOT", 2),
                  (".", "PUNCT", "punct", 2)]])
    resolver, locator, dictionary = stages
    context = DocumentContext.build(doc, Article(id="a", text=doc.text))
    context.mentions = resolver.resolve(doc, None)
    completed = ActorCompletion(dictionary).complete(context)
    sides = [m.actor for m in completed if m.actor.text == "The two sides"]
    assert [(a.code, a.reason) for a in sides] == [("PER", "coreference: 'the two sides' -> Peru"),
                                                   ("CHL", "coreference: 'the two sides' -> Chile")]
    country = next(m.actor for m in completed if m.actor.text == "The country")
    assert country.code == "CHL"  # the last state named (no country dominates this text)


def test_without_an_entity_tagger_titles_and_organisation_words_find_names(stages):
    # "Gov. Ann Ruiz met the Kivu Farmers Union . Ruiz left ." parsed with no NER at all
    doc = parse([[("Gov.", "PROPN", "compound", 2), ("Ann", "PROPN", "compound", 2), ("Ruiz", "PROPN", "nsubj", 3),
                  ("met", "VERB", "ROOT", 3), ("the", "DET", "det", 7), ("Kivu", "PROPN", "compound", 7),
                  ("Farmers", "PROPN", "compound", 7), ("Union", "PROPN", "dobj", 3), (".", "PUNCT", "punct", 3)],
                 [("Ruiz", "PROPN", "nsubj", 1), ("left", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]])
    doc = Doc(VOCAB, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
              pos=[t.pos_ for t in doc], deps=[t.dep_ for t in doc], heads=[t.head.i for t in doc],
              sent_starts=[t.is_sent_start for t in doc])  # no entity annotation
    resolver, locator, dictionary = stages
    context = DocumentContext.build(doc, Article(id="a", text=doc.text))
    context.mentions = resolver.resolve(doc, None)
    found = {m.actor.text: (m.actor.kind, m.actor.sectors, m.actor.reason)
             for m in ActorCompletion(dictionary).complete(context)}
    assert found["Gov. Ann Ruiz"][:2] == ("person", ["GOV"])
    assert found["the Kivu Farmers Union"][0] == "organization"
    assert found["Ruiz"][2] == "coreference: surname -> Ann Ruiz"



def test_a_role_phrase_no_dictionary_names_takes_the_country_of_its_context(stages):
    # "Workers sued a club in Lima ." -- "a club" is no mention; the place in its phrase gives the country
    doc = parse([[("Workers", "NOUN", "nsubj", 1), ("sued", "VERB", "ROOT", 1), ("a", "DET", "det", 3),
                  ("club", "NOUN", "dobj", 1), ("in", "ADP", "prep", 3), ("Lima", "PROPN", "pobj", 4),
                  (".", "PUNCT", "punct", 1)]], entities=[(5, 6, "GPE")])
    context, completion = _context(stages, doc)
    trigger = Span(text="sued", start=8, end=12)
    draft = EventDraft(article_id="a", sentence_index=0,
                       event=EventType(cameo="115", cameo_root="11", quad_class=3, goldstein=-2.0),
                       trigger=trigger, trigger_token=1, source=[], target=[phrase_actor(doc, "a club in Lima")],
                       modality="asserted", attribution=[], evidence=Span(text=doc.text, start=0, end=len(doc.text)),
                       confidence=1.0)
    completion.complete_roles(context, [draft])
    assert (draft.target[0].code, draft.target[0].reason) == ("PER", "unresolved phrase; country from noun phrase")


def test_its_in_the_noun_phrase_gives_the_country_of_what_it_refers_to(stages):
    # "Peru killed its people in Bogota ." -- "its" is Peru's, not the place named nearest
    doc = parse([[("Peru", "PROPN", "nsubj", 1), ("killed", "VERB", "ROOT", 1), ("its", "PRON", "poss", 3),
                  ("people", "NOUN", "dobj", 1), ("in", "ADP", "prep", 1), ("Bogota", "PROPN", "pobj", 4),
                  (".", "PUNCT", "punct", 1)]], entities=[(0, 1, "GPE"), (5, 6, "GPE")])
    found = complete(stages, doc)
    assert found["people"] == ("PERCVL", "noun phrase"), found


def test_the_country_is_a_state_of_the_last_two_sentences_else_the_article_country(stages):
    # "Chile voted . Chile voted . Chile voted . Peru voted . Officials met . Officials met . The country left ."
    voted = [[(name, "PROPN", "nsubj", 1), ("voted", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]
             for name in ("Chile", "Chile", "Chile", "Peru")]
    met = [[("Officials", "NOUN", "nsubj", 1), ("met", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]] * 2
    left = [[("The", "DET", "det", 1), ("country", "NOUN", "nsubj", 2), ("left", "VERB", "ROOT", 2),
             (".", "PUNCT", "punct", 2)]]
    context, _ = _context(stages, parse(voted + met + left, entities=[(0, 1, "GPE"), (3, 4, "GPE"), (6, 7, "GPE"),
                                                                       (9, 10, "GPE")]))
    assert context.dominant_country == "CHL"
    country = next(m.actor for m in context.mentions if m.actor.text == "The country")
    assert country.code == "CHL"  # Peru was named three sentences before: the article's country
    context, _ = _context(stages, parse(voted + left, entities=[(0, 1, "GPE"), (3, 4, "GPE"), (6, 7, "GPE"),
                                                                 (9, 10, "GPE")]))
    country = next(m.actor for m in context.mentions if m.actor.text == "The country")
    assert country.code == "PER"  # named in the sentence before


def test_a_group_said_to_be_foreign_takes_no_country_from_where_it_is(stages):
    # "Foreign journalists in Lima met officials ." : journalists in Peru, not Peruvian ones
    doc = parse([[("Foreign", "ADJ", "amod", 1), ("journalists", "NOUN", "nsubj", 4), ("in", "ADP", "prep", 1),
                  ("Lima", "PROPN", "pobj", 2), ("met", "VERB", "ROOT", 4), ("officials", "NOUN", "dobj", 4),
                  (".", "PUNCT", "punct", 4)]], entities=[(3, 4, "GPE")])
    found = complete(stages, doc)
    assert found["Foreign journalists"][0] == "MED"
    assert found["officials"] == ("PERGOV", "sentence place")


def test_people_who_are_not_of_where_they_are_take_no_country_from_it(stages):
    # "Police in Amman detained refugees and diplomats ." : the police are Jordan's, the others not by where they are
    doc = parse([[("Police", "NOUN", "nsubj", 3), ("in", "ADP", "prep", 0), ("Amman", "PROPN", "pobj", 1),
                  ("detained", "VERB", "ROOT", 3), ("refugees", "NOUN", "dobj", 3), ("and", "CCONJ", "cc", 4),
                  ("diplomats", "NOUN", "conj", 4), (".", "PUNCT", "punct", 3)]], entities=[(2, 3, "GPE")])
    doc[4].lemma_, doc[6].lemma_ = "refugee", "diplomat"
    found = complete(stages, doc)
    assert found["Police"][0] == "JORCOP", found
    assert found["refugees"][0] == "REF" and found["diplomats"][0] == "GOV"


def test_people_who_are_not_of_where_they_are_keep_the_country_of_their_own_words(stages):
    # "Refugees from Chile and dozens of migrants marched in Lima ." : whence the refugees come; the migrants none
    doc = parse([[("Refugees", "NOUN", "nsubj", 7), ("from", "ADP", "prep", 0), ("Chile", "PROPN", "pobj", 1),
                  ("and", "CCONJ", "cc", 0), ("dozens", "NOUN", "conj", 0), ("of", "ADP", "prep", 4),
                  ("migrants", "NOUN", "pobj", 5), ("marched", "VERB", "ROOT", 7), ("in", "ADP", "prep", 7),
                  ("Lima", "PROPN", "pobj", 8), (".", "PUNCT", "punct", 7)]],
                entities=[(2, 3, "GPE"), (9, 10, "GPE")])
    doc[0].lemma_, doc[6].lemma_, doc[6].tag_ = "refugee", "migrant", "NNS"  # ("of" counts a plural noun)
    context, completion = _context(stages, doc)
    found = {m.actor.text: m.actor.code for m in context.mentions}
    assert found["Refugees"] == "CHLREF" and found["migrants"] == "CVL"
    assert completion._outsiders(doc[4])  # "dozens of migrants": the noun "of" counts


def test_in_an_article_of_several_countries_the_actor_named_just_before_gives_the_country(stages):
    # "Chile protested . Peru voted . Officials met ."
    doc = parse([[("Chile", "PROPN", "nsubj", 1), ("protested", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)],
                 [("Peru", "PROPN", "nsubj", 1), ("voted", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)],
                 [("Officials", "NOUN", "nsubj", 1), ("met", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]],
                entities=[(0, 1, "GPE"), (3, 4, "GPE")])
    assert complete(stages, doc)["Officials"] == ("PERGOV", "recent actor")


def test_far_from_any_actor_in_an_article_about_two_countries_the_one_named_most(stages):
    # "Chile met Peru . Peru met Chile . Rain fell . Rain fell . Officials met ." -- neither country leads
    # enough to be the article's, and none is named near the officials: the first of the two ranked
    doc = parse([*TWO_COUNTRIES,
                 [("Officials", "NOUN", "nsubj", 1), ("met", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]],
                entities=TWO_COUNTRIES_NAMED)
    assert complete(stages, doc)["Officials"] == ("CHLGOV", "top country")
    assert complete(stages, doc, article_country=False)["Officials"][0] == "GOV"


def test_where_the_people_of_a_noun_come_from_is_no_place_for_the_others_in_the_sentence(stages):
    # "Bolivia mourned . Bolivia voted . Besides tourists from Chile and Peru , police died ."
    doc = parse([[("Bolivia", "PROPN", "nsubj", 1), ("mourned", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)],
                 [("Bolivia", "PROPN", "nsubj", 1), ("voted", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)],
                 [("Besides", "ADP", "prep", 8), ("tourists", "NOUN", "pobj", 0), ("from", "ADP", "prep", 1),
                  ("Chile", "PROPN", "pobj", 2), ("and", "CCONJ", "cc", 3), ("Peru", "PROPN", "conj", 3),
                  (",", "PUNCT", "punct", 8), ("police", "NOUN", "nsubj", 8), ("died", "VERB", "ROOT", 8),
                  (".", "PUNCT", "punct", 8)]],
                entities=[(0, 1, "GPE"), (3, 4, "GPE"), (9, 10, "GPE"), (11, 12, "GPE")])
    assert complete(stages, doc)["police"] == ("BOLCOP", "article country")


def test_the_rebels_are_the_rebels_named_before_with_their_country(stages):
    # "Peru hosted talks . Chilean rebels left . The rebels returned ." -- not Peru, the article's country
    doc = parse([[("Peru", "PROPN", "nsubj", 1), ("hosted", "VERB", "ROOT", 1), ("talks", "NOUN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)],
                 [("Chilean", "ADJ", "amod", 1), ("rebels", "NOUN", "nsubj", 2), ("left", "VERB", "ROOT", 2),
                  (".", "PUNCT", "punct", 2)],
                 [("The", "DET", "det", 1), ("rebels", "NOUN", "nsubj", 2), ("returned", "VERB", "ROOT", 2),
                  (".", "PUNCT", "punct", 2)]], entities=[(0, 1, "GPE"), (4, 5, "NORP")])
    found = complete(stages, doc)
    assert found["The rebels"] == ("CHLREB", "same noun before"), found


def test_a_group_of_no_single_state_takes_no_country_from_the_actor_named_before_it(stages):
    # "Chile met Peru . Islamic State attacked ." -- coded by where it acts, not by whom it is named after
    doc = parse([[("Chile", "PROPN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("Peru", "PROPN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)],
                 [("Islamic", "PROPN", "compound", 1), ("State", "PROPN", "nsubj", 2), ("attacked", "VERB", "ROOT", 2),
                  (".", "PUNCT", "punct", 2)]], entities=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 6, "ORG")])
    found = complete(stages, doc)
    assert found["Islamic State"][0].startswith("IMG"), found


def test_a_person_is_coded_by_the_apposition_to_the_name(stages):
    # "Tom Ode , a spokesman for Oxfam , spoke in Lima . He left . Ana Diaz , a Kenyan poet , spoke in Lima ."
    doc = parse([[("Tom", "PROPN", "compound", 1), ("Ode", "PROPN", "nsubj", 8), (",", "PUNCT", "punct", 1),
                  ("a", "DET", "det", 4), ("spokesman", "NOUN", "appos", 1), ("for", "ADP", "prep", 4),
                  ("Oxfam", "PROPN", "pobj", 5), (",", "PUNCT", "punct", 1), ("spoke", "VERB", "ROOT", 8),
                  ("in", "ADP", "prep", 8), ("Lima", "PROPN", "pobj", 9), (".", "PUNCT", "punct", 8)],
                 [("He", "PRON", "nsubj", 1), ("left", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)],
                 [("Ana", "PROPN", "compound", 1), ("Diaz", "PROPN", "nsubj", 7), (",", "PUNCT", "punct", 1),
                  ("a", "DET", "det", 5), ("Kenyan", "ADJ", "amod", 5), ("poet", "NOUN", "appos", 1),
                  (",", "PUNCT", "punct", 1), ("spoke", "VERB", "ROOT", 7), ("in", "ADP", "prep", 7),
                  ("Lima", "PROPN", "pobj", 8), (".", "PUNCT", "punct", 7)]],
                entities=[(0, 2, "PERSON"), (6, 7, "ORG"), (10, 11, "GPE"), (15, 17, "PERSON"), (19, 20, "NORP"),
                          (24, 25, "GPE")])
    found = complete(stages, doc)
    # the organisation he speaks for, not the place where he spoke
    assert found["Tom Ode"][0] == "NGOOXF"
    assert found["He"][0] == "NGOOXF"
    assert found["a spokesman"][0] == "NGOOXF"
    # a nationality in the apposition, not the place where she spoke
    assert found["Ana Diaz"] == ("KEN", "apposition")


def test_a_short_name_in_brackets_after_an_organisation_is_that_organisation(stages):
    # "Chile 's Port Safety Board ( PSB ) met . The PSB inspector left ."
    doc = parse([[("Chile", "PROPN", "poss", 4), ("'s", "PART", "case", 0), ("Port", "PROPN", "compound", 4),
                  ("Safety", "PROPN", "compound", 4), ("Board", "PROPN", "nsubj", 8), ("(", "PUNCT", "punct", 4),
                  ("PSB", "PROPN", "appos", 4), (")", "PUNCT", "punct", 4), ("met", "VERB", "ROOT", 8),
                  (".", "PUNCT", "punct", 8)],
                 [("The", "DET", "det", 2), ("PSB", "PROPN", "compound", 2), ("inspector", "NOUN", "nsubj", 3),
                  ("left", "VERB", "ROOT", 3), (".", "PUNCT", "punct", 3)]],
                entities=[(0, 1, "GPE"), (2, 5, "ORG"), (6, 7, "ORG"), (11, 12, "ORG")])
    doc[1].tag_ = "POS"  # the possessive marker names the board's owner
    resolver, locator, dictionary = stages
    context = DocumentContext.build(doc, Article(id="a", text=doc.text))
    context.mentions = resolver.resolve(doc, None)
    completed = {m.actor.text + str(m.token_start): m.actor for m in ActorCompletion(dictionary).complete(context)}
    assert completed["PSB6"].code == "CHL"
    assert completed["PSB11"].reason == "coreference: acronym -> Port Safety Board"
    assert completed["PSB11"].code == "CHL"


def test_a_country_named_as_a_party_to_the_act_is_not_where_the_others_are(stages):
    # "Bishops thanked Chile ." : Chile is thanked; it says nothing of whose the bishops are
    doc = parse([[("Bishops", "NOUN", "nsubj", 1), ("thanked", "VERB", "ROOT", 1), ("Chile", "PROPN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)]], entities=[(2, 3, "GPE")])
    assert complete(stages, doc, article_country=False)["Bishops"][0] == "REL"
    # "Bishops in Lima thanked Chile ." : where they are still says
    doc = parse([[("Bishops", "NOUN", "nsubj", 3), ("in", "ADP", "prep", 0), ("Lima", "PROPN", "pobj", 1),
                  ("thanked", "VERB", "ROOT", 3), ("Chile", "PROPN", "dobj", 3), (".", "PUNCT", "punct", 3)]],
                entities=[(2, 3, "GPE"), (4, 5, "GPE")])
    assert complete(stages, doc, article_country=False)["Bishops"][0] == "PERREL"


def test_common_words_beside_acting_countries_are_no_source_of_their_own(stages):
    # "Ships and Acme from Chile attacked ." -- the coder gave "Ships" and "Acme" as words, Chile as a country
    doc = parse([[("Ships", "NOUN", "nsubj", 5), ("and", "CCONJ", "cc", 0), ("Acme", "PROPN", "conj", 0),
                  ("from", "ADP", "prep", 2), ("Chile", "PROPN", "pobj", 3), ("attacked", "VERB", "ROOT", 5),
                  (".", "PUNCT", "punct", 5)]], entities=[(4, 5, "GPE")])
    context, completion = _context(stages, doc)
    chile = next(m.actor for m in context.mentions if m.actor.text == "Chile")
    draft = EventDraft(article_id="a", sentence_index=0,
                       event=EventType(cameo="190", cameo_root="19", quad_class=4, goldstein=-10.0),
                       trigger=Span(text="attacked", start=doc[5].idx, end=doc[5].idx + 8), trigger_token=5,
                       source=[phrase_actor(doc, "Ships"), phrase_actor(doc, "Acme"), chile], target=[],
                       modality="asserted", attribution=[], evidence=Span(text=doc.text, start=0, end=len(doc.text)),
                       confidence=1.0)
    completion.complete_roles(context, [draft])
    # the name no dictionary knows stays a party; the common noun goes
    assert [a.text for a in draft.source] == ["Acme", "Chile"]



def test_an_act_aimed_at_no_one_named_is_aimed_at_the_sources_country(stages):
    # "Chilean unions objected ." -- an objection with no one named is aimed at Chile's own actors (its government,
    # when anyone but the government speaks)
    doc = parse([[("Chilean", "ADJ", "amod", 1), ("unions", "NOUN", "nsubj", 2), ("objected", "VERB", "ROOT", 2),
                  (".", "PUNCT", "punct", 2)]], entities=[(0, 1, "NORP")])
    context, completion = _context(stages, doc)
    unions = [m.actor for m in context.mentions if m.actor.country == "CHL"]
    objection = event_draft(doc, "111", 2, unions)
    completion.implied_targets(context, [objection])
    assert [(a.code, a.text, a.name, a.reason) for a in objection.target] == [
        ("CHLGOV", "objected", "[implied: Chile]", "implied target; country from source")]


def test_a_whole_state_s_act_aimed_at_no_one_named_is_aimed_at_another_party_or_none(stages):
    # "Peru voted . Chile objected . Chile pledged ." -- a state as a whole aims at another party named near the
    # act (session 24), not at its own country; a pledge may be aimed at no one
    sentences = [[(state, "PROPN", "nsubj", 1), (verb, "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]
                 for state, verb in (("Peru", "voted"), ("Chile", "objected"), ("Chile", "pledged"))]
    doc = parse(sentences, entities=[(0, 1, "GPE"), (3, 4, "GPE"), (6, 7, "GPE")])
    context, completion = _context(stages, doc)
    chile = [m.actor for m in context.mentions if m.actor.text == "Chile"]
    objection, pledge = event_draft(doc, "111", 4, chile[:1]), event_draft(doc, "030", 7, chile[1:])
    completion.implied_targets(context, [objection, pledge])
    assert [(a.code, a.text, a.name, a.reason) for a in objection.target] == [
        ("PER", "objected", "[implied: Peru]", "implied target; country from other party")]
    assert pledge.target == []
    # with no other party named in its sentence or the one before, its own country ("Accra said the violence was
    # shameful")
    doc = parse(sentences[1:2], entities=[(0, 1, "GPE")])
    context, completion = _context(stages, doc)
    objection = event_draft(doc, "111", 1, [m.actor for m in context.mentions])
    completion.implied_targets(context, [objection])
    assert [(a.code, a.reason) for a in objection.target] == [("CHL", "implied target; country from source")]


def test_help_aimed_at_no_one_named_goes_where_it_happens_not_where_the_helpers_come_from(stages):
    # "Ships from Chile searched in Peru ."
    doc = parse([[("Ships", "NOUN", "nsubj", 3), ("from", "ADP", "prep", 0), ("Chile", "PROPN", "pobj", 1),
                  ("searched", "VERB", "ROOT", 3), ("in", "ADP", "prep", 3), ("Peru", "PROPN", "pobj", 4),
                  (".", "PUNCT", "punct", 3)]], entities=[(2, 3, "GPE"), (5, 6, "GPE")])
    context, completion = _context(stages, doc)
    draft = event_draft(doc, "073", 3, [phrase_actor(doc, "Ships from Chile")])
    completion.implied_targets(context, [draft])
    assert [(a.code, a.reason.partition(";")[0]) for a in draft.target] == [("PER", "implied target")]
    # the places inside the helpers' phrase say where they come from: with no other place, the article's country
    doc = parse([[("Ships", "NOUN", "nsubj", 3), ("from", "ADP", "prep", 0), ("Chile", "PROPN", "pobj", 1),
                  ("searched", "VERB", "ROOT", 3), (".", "PUNCT", "punct", 3)]], entities=[(2, 3, "GPE")])
    context, completion = _context(stages, doc)
    draft = event_draft(doc, "073", 3, [phrase_actor(doc, "Ships from Chile")])
    completion.implied_targets(context, [draft])
    assert [(a.code, a.reason) for a in draft.target] == [("CHL", "implied target; country from article country")]


def test_both_sides_are_not_the_subject_that_speaks_of_them_but_may_be_those_of_the_clause_before(stages):
    # "Peru met Chile . Bolivia and Ecuador urged both sides to talk ."
    doc = parse([[("Peru", "PROPN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("Chile", "PROPN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)],
                 [("Bolivia", "PROPN", "nsubj", 3), ("and", "CCONJ", "cc", 0), ("Ecuador", "PROPN", "conj", 0),
                  ("urged", "VERB", "ROOT", 3), ("both", "DET", "det", 5), ("sides", "NOUN", "dobj", 3),
                  ("to", "PART", "aux", 7), ("talk", "VERB", "xcomp", 3), (".", "PUNCT", "punct", 3)]])
    resolver, locator, dictionary = stages
    context = DocumentContext.build(doc, Article(id="a", text=doc.text))
    context.mentions = resolver.resolve(doc, None)
    completed = ActorCompletion(dictionary).complete(context)
    assert sorted(m.actor.code for m in completed if m.actor.text == "both sides") == ["CHL", "PER"]
    # "Bolivia and Ecuador met , and both sides agreed .": a clause of its own, so they are its two sides
    doc = parse([[("Bolivia", "PROPN", "nsubj", 3), ("and", "CCONJ", "cc", 0), ("Ecuador", "PROPN", "conj", 0),
                  ("met", "VERB", "ROOT", 3), (",", "PUNCT", "punct", 3), ("and", "CCONJ", "cc", 3),
                  ("both", "DET", "det", 7), ("sides", "NOUN", "nsubj", 8), ("agreed", "VERB", "conj", 3),
                  (".", "PUNCT", "punct", 3)]])
    context = DocumentContext.build(doc, Article(id="a", text=doc.text))
    context.mentions = resolver.resolve(doc, None)
    completed = ActorCompletion(dictionary).complete(context)
    assert sorted(m.actor.code for m in completed if m.actor.text == "both sides") == ["BOL", "ECU"]


def test_a_country_guessed_from_where_an_actor_stands_is_not_its_own():
    from eventscope.actors.completion.words import says_its_country

    def actor(reason, country_from=None):
        return Actor(text="x", start=0, end=1, name="x", country="PER", reason=reason, country_from=country_from)

    assert says_its_country(actor("country name 'Peru'"))
    assert says_its_country(actor("sector word 'police'; country from noun phrase", "noun phrase"))
    assert not says_its_country(actor("sector word 'police'; country from dateline", "dateline"))
    # a later note does not hide how the country was found
    assert not says_its_country(actor("ner: PERSON; country from sentence place; office from apposition 'the mayor'",
                                      "sentence place"))
    assert not says_its_country(actor("implied target; country from source", "source"))


def test_a_country_word_describing_a_thing_is_no_actor_others_stand_near(stages):
    # "Peru voted . Chile said the Bolivian bill failed . Officials objected ." -- the officials stand near Chile,
    # not near the bill's country
    doc = parse([[("Peru", "PROPN", "nsubj", 1), ("voted", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)],
                 [("Chile", "PROPN", "nsubj", 1), ("said", "VERB", "ROOT", 1), ("the", "DET", "det", 4),
                  ("Bolivian", "ADJ", "amod", 4), ("bill", "NOUN", "nsubj", 5), ("failed", "VERB", "ccomp", 1),
                  (".", "PUNCT", "punct", 1)],
                 [("Officials", "NOUN", "nsubj", 1), ("objected", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]],
                entities=[(0, 1, "GPE"), (3, 4, "GPE"), (6, 7, "NORP")])
    context, _ = _context(stages, doc)
    assert context.dominant_country is None
    found = complete(stages, doc)
    assert found["Officials"] == ("CHLGOV", "recent actor"), found


def test_a_group_noun_finds_its_group_however_far_back_a_state_body_only_near(stages):
    # "Chilean farmers protested . Chilean officials met . Peru voted (x4) . The farmers marched . The officials left ."
    peru = [[("Peru", "PROPN", "nsubj", 1), ("voted", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]] * 4
    doc = parse([[("Chilean", "ADJ", "amod", 1), ("farmers", "NOUN", "nsubj", 2), ("protested", "VERB", "ROOT", 2),
                  (".", "PUNCT", "punct", 2)],
                 [("Chilean", "ADJ", "amod", 1), ("officials", "NOUN", "nsubj", 2), ("met", "VERB", "ROOT", 2),
                  (".", "PUNCT", "punct", 2)]] + peru +
                [[("The", "DET", "det", 1), ("farmers", "NOUN", "nsubj", 2), ("marched", "VERB", "ROOT", 2),
                  (".", "PUNCT", "punct", 2)],
                 [("The", "DET", "det", 1), ("officials", "NOUN", "nsubj", 2), ("left", "VERB", "ROOT", 2),
                  (".", "PUNCT", "punct", 2)]],
                entities=[(0, 1, "NORP"), (4, 5, "NORP"), (8, 9, "GPE"), (11, 12, "GPE"), (14, 15, "GPE"), (17, 18, "GPE")])
    found = complete(stages, doc)
    assert found["The farmers"][0].startswith("CHL") and found["The farmers"][1] == "same noun before", found
    assert not found["The officials"][0].startswith("CHL"), found


def test_beside_a_known_actor_acted_on_words_no_dictionary_names_are_no_target(stages):
    # "Chile attacked a camp near Peru ." -- with Peru known, "a camp" is where it was done, no second target
    doc = parse([[("Chile", "PROPN", "nsubj", 1), ("attacked", "VERB", "ROOT", 1), ("a", "DET", "det", 3),
                  ("camp", "NOUN", "dobj", 1), ("near", "ADP", "prep", 3), ("Peru", "PROPN", "pobj", 4),
                  (".", "PUNCT", "punct", 1)]], entities=[(0, 1, "GPE"), (5, 6, "GPE")])
    context, completion = _context(stages, doc)
    chile, peru = (next(m.actor for m in context.mentions if m.actor.text == name) for name in ("Chile", "Peru"))
    draft = event_draft(doc, "190", 1, [chile])
    draft.target[:] = [phrase_actor(doc, "a camp"), peru]
    completion.complete_roles(context, [draft])
    assert [a.code for a in draft.target] == ["PER"]
    # alone, the words stay and take the country of their context
    draft = event_draft(doc, "190", 1, [chile])
    draft.target[:] = [phrase_actor(doc, "a camp")]
    completion.complete_roles(context, [draft])
    assert [a.text for a in draft.target] == ["a camp"] and draft.target[0].country


def test_an_implied_target_of_words_is_the_government_or_the_legislature_by_who_speaks(stages):
    # "Editors objected . The cabinet demanded . Chile objected ." -- a newspaper's objection with no one named is
    # aimed at its government, a government's demand at its legislature, a whole state's objection at no sector
    doc = parse([[("Chile", "PROPN", "nsubj", 1), (verb, "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]
                 for verb in ("objected", "demanded", "objected")], entities=[(0, 1, "GPE"), (3, 4, "GPE"), (6, 7, "GPE")])
    context, completion = _context(stages, doc)
    chile = [m.actor for m in context.mentions if m.actor.text == "Chile"]
    editors = Actor(**{**chile[0].__dict__, "sectors": ["JRN"], "code": "CHLMED"})
    cabinet = Actor(**{**chile[1].__dict__, "sectors": ["GOV"], "code": "CHLGOV"})
    senators = Actor(**{**chile[0].__dict__, "sectors": ["LEG"], "code": "CHLLEG"})
    drafts = [event_draft(doc, "111", 1, [editors]), event_draft(doc, "102", 4, [cabinet]), event_draft(doc, "111", 7, chile[2:]),
              event_draft(doc, "111", 4, [cabinet]), event_draft(doc, "120", 1, [senators])]
    completion.implied_targets(context, drafts)
    # (the cabinet's objection, session 21, is aimed at another government at home; legislators' rejection is the
    # government's)
    assert [[a.code for a in d.target] for d in drafts] == [["CHLGOV"], ["CHLLEG"], ["CHL"], ["CHLGOV"], ["CHLGOV"]]



def test_a_thing_acted_on_stands_for_its_owner_and_people_hit_by_force_are_civilians(stages):
    _, _, dictionary = stages
    completion = ActorCompletion(dictionary)
    # "Chile vetoed the bills ." -- the bills are the legislature's
    doc = tagged(VOCAB, ["Chile", "vetoed", "the", "bills", "."], ["NNP", "VBD", "DT", "NNS", "."],
                  ["Chile", "veto", "the", "bill", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"])
    context = DocumentContext.build(doc, Article(id="a", text=doc.text))
    bills = Actor(**{**phrase_actor(doc, "the bills").__dict__, "country": "CHL", "code": "CHL"})
    veto = event_draft(doc, "129", 1, [])
    veto.target = [bills]
    # "Gunmen killed farmers ." -- people killed, named by a plural noun no sector word names, are civilians;
    # "Gunmen killed the mayors ." keeps the mayors' own sector
    doc2 = tagged(VOCAB, ["Gunmen", "killed", "farmers", "."], ["NNS", "VBD", "NNS", "."],
                   ["gunman", "kill", "farmer", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"])
    context2 = DocumentContext.build(doc2, Article(id="b", text=doc2.text))
    farmers = Actor(**{**phrase_actor(doc2, "farmers").__dict__, "country": "PER", "code": "PER"})
    killing = event_draft(doc2, "1823", 1, [])
    killing.target = [farmers]
    # the same farmers only criticised: words say nothing of whom they are
    criticism = event_draft(doc2, "111", 1, [])
    criticism.target = [farmers]
    completion.target_sectors(context, [veto])
    completion.target_sectors(context2, [killing, criticism])
    assert [a.code for a in veto.target] == ["CHLLEG"]
    assert [a.code for a in killing.target] == ["PERCVL"]
    assert [a.code for a in criticism.target] == ["PER"]


def test_a_chain_of_of_complements_names_whose_body_it_is(stages):
    # "In Lima , the ministry of health of Kenya thanked donors ."
    doc = parse([[("In", "ADP", "prep", 9), ("Lima", "PROPN", "pobj", 0), (",", "PUNCT", "punct", 9),
                  ("the", "DET", "det", 4), ("ministry", "NOUN", "nsubj", 9), ("of", "ADP", "prep", 4),
                  ("health", "NOUN", "pobj", 5), ("of", "ADP", "prep", 6), ("Kenya", "PROPN", "pobj", 7),
                  ("thanked", "VERB", "ROOT", 9), ("donors", "NOUN", "dobj", 9), (".", "PUNCT", "punct", 9)]],
                entities=[(1, 2, "GPE"), (8, 9, "GPE")])
    assert complete(stages, doc)["the ministry"] == ("KENGOV", "noun phrase")


def test_a_noun_phrase_in_apposition_either_way_round_names_an_organisations_country(stages):
    # "In Lima , the Kenyan firm Zobrix sued Qemtal , a Ghanaian company ."
    doc = parse([[("In", "ADP", "prep", 7), ("Lima", "PROPN", "pobj", 0), (",", "PUNCT", "punct", 7),
                  ("the", "DET", "det", 5), ("Kenyan", "ADJ", "amod", 5), ("firm", "NOUN", "nsubj", 7),
                  ("Zobrix", "PROPN", "appos", 5), ("sued", "VERB", "ROOT", 7), ("Qemtal", "PROPN", "dobj", 7),
                  (",", "PUNCT", "punct", 8), ("a", "DET", "det", 12), ("Ghanaian", "ADJ", "amod", 12),
                  ("company", "NOUN", "appos", 8), (".", "PUNCT", "punct", 7)]],
                entities=[(1, 2, "GPE"), (4, 5, "NORP"), (6, 7, "ORG"), (8, 9, "ORG"), (11, 12, "NORP")])
    found = complete(stages, doc)
    assert found["Zobrix"] == ("KEN", "noun phrase")
    # (session 25) the body's word in apposition gives an organisation of no known sector its sector too
    assert found["Qemtal"][0] == "GHABUS" and found["Qemtal"][1].startswith("noun phrase")


def test_a_title_in_apposition_to_a_name_is_that_persons_not_a_reference_back(stages):
    # "The Chilean prime minister met Ana Ruiz , the prime minister of the Peruvian government ."
    doc = parse([[("The", "DET", "det", 3), ("Chilean", "ADJ", "amod", 3), ("prime", "ADJ", "amod", 3),
                  ("minister", "NOUN", "nsubj", 4), ("met", "VERB", "ROOT", 4), ("Ana", "PROPN", "compound", 6),
                  ("Ruiz", "PROPN", "dobj", 4), (",", "PUNCT", "punct", 6), ("the", "DET", "det", 10),
                  ("prime", "ADJ", "amod", 10), ("minister", "NOUN", "appos", 6), ("of", "ADP", "prep", 10),
                  ("the", "DET", "det", 14), ("Peruvian", "ADJ", "amod", 14), ("government", "NOUN", "pobj", 11),
                  (".", "PUNCT", "punct", 4)]],
                entities=[(1, 2, "NORP"), (5, 7, "PERSON"), (13, 14, "NORP")])
    found = complete(stages, doc)
    assert found["The Chilean prime minister"][0] == "CHLGOV"
    assert found["Ana Ruiz"][0] == "PERGOV"
    assert found["the prime minister"][0] == "PERGOV"


def test_a_group_loyal_to_someone_takes_their_country(stages):
    # "In Lima , fighters loyal to the Kenyan president attacked a camp ."
    doc = parse([[("In", "ADP", "prep", 9), ("Lima", "PROPN", "pobj", 0), (",", "PUNCT", "punct", 9),
                  ("fighters", "NOUN", "nsubj", 9), ("loyal", "ADJ", "amod", 3), ("to", "ADP", "prep", 4),
                  ("the", "DET", "det", 8), ("Kenyan", "ADJ", "amod", 8), ("president", "NOUN", "pobj", 5),
                  ("attacked", "VERB", "ROOT", 9), ("a", "DET", "det", 11), ("camp", "NOUN", "dobj", 9),
                  (".", "PUNCT", "punct", 9)]],
                entities=[(1, 2, "GPE"), (7, 8, "NORP")])
    assert complete(stages, doc)["fighters"] == ("KENREB", "noun phrase")


def test_a_referring_phrase_in_title_case_opens_a_name(stages):
    # "Hamas met donors . The Movement for Change marched ."
    doc = parse([[("Hamas", "PROPN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("donors", "NOUN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)],
                 [("The", "DET", "det", 1), ("Movement", "PROPN", "nsubj", 4), ("for", "ADP", "prep", 1),
                  ("Change", "PROPN", "pobj", 2), ("marched", "VERB", "ROOT", 4), (".", "PUNCT", "punct", 4)]],
                entities=[(0, 1, "ORG"), (4, 8, "ORG")])
    found = complete(stages, doc)
    assert found["Hamas"][0] == "PSEREBHMS"
    assert all(code != "PSEREBHMS" for text, (code, _) in found.items() if "Movement" in text)


def test_a_seat_of_power_acted_on_as_a_place_is_its_state(stages):
    # "Chile cancelled a visit to the White House ." -- the resolver leaves a seat after "visit to" as a place
    doc = parse([[("Chile", "PROPN", "nsubj", 1), ("cancelled", "VERB", "ROOT", 1), ("a", "DET", "det", 3),
                  ("visit", "NOUN", "dobj", 1), ("to", "ADP", "prep", 3), ("the", "DET", "det", 7),
                  ("White", "PROPN", "compound", 7), ("House", "PROPN", "pobj", 4), (".", "PUNCT", "punct", 1)]],
                entities=[(0, 1, "GPE"), (5, 8, "ORG")])
    context, completion = _context(stages, doc)
    assert not any(m.actor.text.endswith("House") for m in context.mentions)
    chile = next(m.actor for m in context.mentions if m.actor.text == "Chile")
    draft = event_draft(doc, "042", 3, [chile])
    draft.target = [phrase_actor(doc, "the White House")]
    completion.complete_roles(context, [draft])
    assert draft.target[0].code == "USA"  # a plain seat is the state as a whole (CODEBOOK: "the Kremlin" is RUS)


def test_the_kingdom_refers_to_a_state_named_before_but_the_kingdom_of_a_country_is_that_country(stages):
    # "Spain protested . The kingdom left . Chile met donors . The kingdom of Norway protested ."
    doc = parse([[("Spain", "PROPN", "nsubj", 1), ("protested", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)],
                 [("The", "DET", "det", 1), ("kingdom", "NOUN", "nsubj", 2), ("left", "VERB", "ROOT", 2),
                  (".", "PUNCT", "punct", 2)],
                 [("Chile", "PROPN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("donors", "NOUN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)],
                 [("The", "DET", "det", 1), ("kingdom", "NOUN", "nsubj", 4), ("of", "ADP", "prep", 1),
                  ("Norway", "PROPN", "pobj", 2), ("protested", "VERB", "ROOT", 4), (".", "PUNCT", "punct", 4)]],
                entities=[(0, 1, "GPE"), (7, 8, "GPE"), (14, 15, "GPE")])
    context, _ = _context(stages, doc)
    codes = [(m.actor.text, m.actor.code) for m in context.mentions]
    assert ("The kingdom", "ESP") in codes
    assert ("Norway", "NOR") in codes
    assert all(code != "CHL" for text, code in codes if text.startswith("The kingdom"))


def test_an_office_word_that_opens_with_foreign_takes_the_country_of_its_context(stages):
    # "Chile protested . The foreign minister left ." : "foreign" is the office's word, not a group's
    doc = parse([[("Chile", "PROPN", "nsubj", 1), ("protested", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)],
                 [("The", "DET", "det", 2), ("foreign", "ADJ", "amod", 2), ("minister", "NOUN", "nsubj", 3),
                  ("left", "VERB", "ROOT", 3), (".", "PUNCT", "punct", 3)]],
                entities=[(0, 1, "GPE")])
    assert complete(stages, doc)["The foreign minister"] == ("CHLGOV", "article country")


def test_conjuncts_share_the_countries_of_their_coordination(stages):
    # "Peru 's president and foreign minister met the envoy and ambassador of Chile ."
    doc = parse([[("Peru", "PROPN", "poss", 2), ("'s", "PART", "case", 0), ("president", "NOUN", "nsubj", 6),
                  ("and", "CCONJ", "cc", 2), ("foreign", "ADJ", "amod", 5), ("minister", "NOUN", "conj", 2),
                  ("met", "VERB", "ROOT", 6), ("the", "DET", "det", 8), ("envoy", "NOUN", "dobj", 6),
                  ("and", "CCONJ", "cc", 8), ("ambassador", "NOUN", "conj", 8), ("of", "ADP", "prep", 10),
                  ("Chile", "PROPN", "pobj", 11), (".", "PUNCT", "punct", 6)]],
                entities=[(0, 1, "GPE"), (12, 13, "GPE")])
    found = complete(stages, doc)
    assert found["foreign minister"] == ("PERGOV", "noun phrase")
    assert found["the envoy"] == ("CHLGOV", "noun phrase")


def test_a_later_conjunct_with_its_own_determiner_shares_nothing(stages):
    # "Peru 's envoy and the ambassador met ." : two phrases, each its own
    doc = parse([[("Peru", "PROPN", "poss", 2), ("'s", "PART", "case", 0), ("envoy", "NOUN", "nsubj", 6),
                  ("and", "CCONJ", "cc", 2), ("the", "DET", "det", 5), ("ambassador", "NOUN", "conj", 2),
                  ("met", "VERB", "ROOT", 6), (".", "PUNCT", "punct", 6)]],
                entities=[(0, 1, "GPE")])
    assert complete(stages, doc)["the ambassador"][1] != "noun phrase"


def test_a_place_a_state_body_goes_to_or_speaks_of_is_not_its_own(stages):
    peru = [("Peru", "PROPN", "nsubj", 1), ("protested", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]
    # "Peru protested . Peru protested . Soldiers travel to Chile ."
    doc = parse([peru, peru,
                 [("Soldiers", "NOUN", "nsubj", 1), ("travel", "VERB", "ROOT", 1), ("to", "ADP", "prep", 1),
                  ("Chile", "PROPN", "pobj", 2), (".", "PUNCT", "punct", 1)]],
                entities=[(0, 1, "GPE"), (3, 4, "GPE"), (9, 10, "GPE")])
    found = complete(stages, doc)
    assert found["Soldiers"][0] == "PERMIL" and found["Soldiers"][1] != "sentence place"
    # "Peru protested . Peru protested . The minister said envoys stayed in Chile ."
    doc = parse([peru, peru,
                 [("The", "DET", "det", 1), ("minister", "NOUN", "nsubj", 2), ("said", "VERB", "ROOT", 2),
                  ("envoys", "NOUN", "nsubj", 4), ("stayed", "VERB", "ccomp", 2), ("in", "ADP", "prep", 4),
                  ("Chile", "PROPN", "pobj", 5), (".", "PUNCT", "punct", 2)]],
                entities=[(0, 1, "GPE"), (3, 4, "GPE"), (12, 13, "GPE")])
    found = complete(stages, doc)
    assert found["The minister"][0] == "PERGOV" and found["The minister"][1] != "sentence place"
    assert found["envoys"] == ("CHLGOV", "sentence place")  # where they are, in their own clause


def test_police_and_a_body_met_where_it_is_take_the_sentence_place(stages):
    # "Peru protested . Peru protested . Police travel to Chile . Officials met in Chile ."
    peru = [("Peru", "PROPN", "nsubj", 1), ("protested", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]
    doc = parse([peru, peru,
                 [("Police", "NOUN", "nsubj", 1), ("travel", "VERB", "ROOT", 1), ("to", "ADP", "prep", 1),
                  ("Chile", "PROPN", "pobj", 2), (".", "PUNCT", "punct", 1)],
                 [("Officials", "NOUN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("in", "ADP", "prep", 1),
                  ("Chile", "PROPN", "pobj", 2), (".", "PUNCT", "punct", 1)]],
                entities=[(0, 1, "GPE"), (3, 4, "GPE"), (9, 10, "GPE"), (14, 15, "GPE")])
    found = complete(stages, doc)
    assert found["Police"] == ("CHLCOP", "sentence place")
    assert found["Officials"] == ("CHLGOV", "sentence place")


def _pair_codes(stages, doc, words):
    resolver, _, dictionary = stages
    context = DocumentContext.build(doc, Article(id="a", text=doc.text))
    context.mentions = resolver.resolve(doc, None)
    completed = ActorCompletion(dictionary).complete(context)
    return sorted(m.actor.code for m in completed if m.actor.text == words)


def _visit_then(second):
    # "The Peruvian president visited Chile . <second>"
    return parse([[("The", "DET", "det", 2), ("Peruvian", "ADJ", "amod", 2), ("president", "NOUN", "nsubj", 3),
                   ("visited", "VERB", "ROOT", 3), ("Chile", "PROPN", "dobj", 3), (".", "PUNCT", "punct", 3)],
                  second])


def test_a_pair_of_leaders_is_a_person_and_a_states_government(stages):
    # "... The two leaders met .": one person named, the other party a state: its government
    doc = _visit_then([("The", "DET", "det", 2), ("two", "NUM", "nummod", 2), ("leaders", "NOUN", "nsubj", 3),
                       ("met", "VERB", "ROOT", 3), (".", "PUNCT", "punct", 3)])
    assert _pair_codes(stages, doc, "The two leaders") == ["CHLGOV", "PERGOV"]
    # "... Both sides agreed .": the sides keep the state as named
    doc = _visit_then([("Both", "DET", "det", 1), ("sides", "NOUN", "nsubj", 2), ("agreed", "VERB", "ROOT", 2),
                       (".", "PUNCT", "punct", 2)])
    assert _pair_codes(stages, doc, "Both sides") == ["CHL", "PERGOV"]


def test_the_pair_and_the_two_alone_are_two_people_and_only_as_a_subject(stages):
    # "The Peruvian president met the Chilean president . The pair agreed ."
    first = [("The", "DET", "det", 2), ("Peruvian", "ADJ", "amod", 2), ("president", "NOUN", "nsubj", 3),
             ("met", "VERB", "ROOT", 3), ("the", "DET", "det", 6), ("Chilean", "ADJ", "amod", 6),
             ("president", "NOUN", "dobj", 3), (".", "PUNCT", "punct", 3)]
    doc = parse([first, [("The", "DET", "det", 1), ("pair", "NOUN", "nsubj", 2), ("agreed", "VERB", "ROOT", 2),
                         (".", "PUNCT", "punct", 2)]])
    assert _pair_codes(stages, doc, "The pair") == ["CHLGOV", "PERGOV"]
    # "... The two bills passed .": a number before a noun counts things
    doc = parse([first, [("The", "DET", "det", 2), ("two", "NUM", "nummod", 2), ("bills", "NOUN", "nsubj", 3),
                         ("passed", "VERB", "ROOT", 3), (".", "PUNCT", "punct", 3)]])
    assert _pair_codes(stages, doc, "The two") == []
    # "Peru met Chile . The two agreed .": "the two" alone is two people, not two states
    doc = parse([[("Peru", "PROPN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("Chile", "PROPN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)],
                 [("The", "DET", "det", 1), ("two", "NUM", "nsubj", 2), ("agreed", "VERB", "ROOT", 2),
                  (".", "PUNCT", "punct", 2)]])
    assert _pair_codes(stages, doc, "The two") == []


def test_the_neighbours_are_two_states_only_right_after_both_were_named(stages):
    neighbours = [("The", "DET", "det", 1), ("neighbours", "NOUN", "nsubj", 2), ("agreed", "VERB", "ROOT", 2),
                  (".", "PUNCT", "punct", 2)]
    # "Peru met Chile . The neighbours agreed ."
    doc = parse([[("Peru", "PROPN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("Chile", "PROPN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)], neighbours])
    assert _pair_codes(stages, doc, "The neighbours") == ["CHL", "PER"]
    # "Peru met Chile . Rain fell . Rain fell . The neighbours agreed .": too far back for a plural in general
    doc = parse([[("Peru", "PROPN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("Chile", "PROPN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)], RAIN, RAIN, neighbours])
    assert "CHL" not in _pair_codes(stages, doc, "The neighbours")


def test_a_person_who_travels_to_another_countrys_city_makes_a_pair_with_its_government(stages):
    # "The Peruvian president flew to Quito . The two leaders met ."
    travel = [("The", "DET", "det", 2), ("Peruvian", "ADJ", "amod", 2), ("president", "NOUN", "nsubj", 3),
              ("flew", "VERB", "ROOT", 3), ("to", "ADP", "prep", 3), ("Quito", "PROPN", "pobj", 4),
              (".", "PUNCT", "punct", 3)]
    met = [("The", "DET", "det", 2), ("two", "NUM", "nummod", 2), ("leaders", "NOUN", "nsubj", 3),
           ("met", "VERB", "ROOT", 3), (".", "PUNCT", "punct", 3)]
    context, _ = _context(stages, parse([travel, met], [(5, 6, "GPE")]))
    assert sorted(m.actor.code for m in context.mentions if m.actor.text == "The two leaders") == ["ECUGOV", "PERGOV"]
    # "The Peruvian president spoke in Quito . The two leaders met .": speaking somewhere is no visit to its state
    spoke = [*travel[:3], ("spoke", "VERB", "ROOT", 3), ("in", "ADP", "prep", 3), *travel[5:]]
    context, _ = _context(stages, parse([spoke, met], [(5, 6, "GPE")]))
    assert not [m for m in context.mentions if m.actor.text == "The two leaders"]


def test_the_bloc_and_the_alliance_are_the_international_body_named_before(stages):
    # "The European Union imposed sanctions . Lithuania urged the bloc to act . NATO met . Poland asked the alliance ."
    doc = parse([[("The", "DET", "det", 2), ("European", "PROPN", "compound", 2), ("Union", "PROPN", "nsubj", 3),
                  ("imposed", "VERB", "ROOT", 3), ("sanctions", "NOUN", "dobj", 3), (".", "PUNCT", "punct", 3)],
                 [("Lithuania", "PROPN", "nsubj", 1), ("urged", "VERB", "ROOT", 1), ("the", "DET", "det", 3),
                  ("bloc", "NOUN", "dobj", 1), ("to", "PART", "aux", 5), ("act", "VERB", "xcomp", 1),
                  (".", "PUNCT", "punct", 1)],
                 [("NATO", "PROPN", "nsubj", 1), ("met", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)],
                 [("Poland", "PROPN", "nsubj", 1), ("asked", "VERB", "ROOT", 1), ("the", "DET", "det", 3),
                  ("alliance", "NOUN", "dobj", 1), (".", "PUNCT", "punct", 1)]],
                entities=[(0, 3, "ORG"), (6, 7, "GPE"), (13, 14, "ORG"), (16, 17, "GPE")])
    found = complete(stages, doc)
    assert found["the bloc"][0] == "IGOEU", found
    assert found["the alliance"][0].startswith("IGONATO"), found


def test_the_agency_is_the_organisation_named_before_even_an_international_one(stages):
    # "The World Food Programme warned . An official accused the agency of wasting money . The organisation denied
    # it ." ("agency" alone is a government word; "of wasting" says what it is accused of, no name's complement)
    doc = parse([[("The", "DET", "det", 3), ("World", "PROPN", "compound", 3), ("Food", "PROPN", "compound", 3),
                  ("Programme", "PROPN", "nsubj", 4), ("warned", "VERB", "ROOT", 4), (".", "PUNCT", "punct", 4)],
                 [("An", "DET", "det", 1), ("official", "NOUN", "nsubj", 2), ("accused", "VERB", "ROOT", 2),
                  ("the", "DET", "det", 4), ("agency", "NOUN", "dobj", 2), ("of", "ADP", "prep", 2),
                  ("wasting", "VERB", "pcomp", 5), ("money", "NOUN", "dobj", 6), (".", "PUNCT", "punct", 2)],
                 [("The", "DET", "det", 1), ("organisation", "NOUN", "nsubj", 2), ("denied", "VERB", "ROOT", 2),
                  ("it", "PRON", "dobj", 2), (".", "PUNCT", "punct", 2)]],
                entities=[(0, 4, "ORG")])
    doc[12].tag_ = "VBG"
    found = complete(stages, doc)
    assert found["the agency"][0] == "IGOUNOWFP", found
    assert found["The organisation"][0] == "IGOUNOWFP", found


def _juntas_after_peru(noun, tag):
    # "Chile met Peru . Peru met Chile . Chile voted . Chile voted . Rain fell . Peru spoke . The <noun> met ."
    voted = [("Chile", "PROPN", "nsubj", 1), ("voted", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)]
    doc = parse([[("Chile", "PROPN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("Peru", "PROPN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)],
                 [("Peru", "PROPN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("Chile", "PROPN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)],
                 voted, voted,
                 [("Rain", "NOUN", "nsubj", 1), ("fell", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)],
                 [("Peru", "PROPN", "nsubj", 1), ("spoke", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)],
                 [("The", "DET", "det", 1), (noun, "NOUN", "nsubj", 2), ("met", "VERB", "ROOT", 2),
                  (".", "PUNCT", "punct", 2)]],
                entities=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE"), (6, 7, "GPE"), (8, 9, "GPE"), (11, 12, "GPE"),
                          (17, 18, "GPE")])
    token = doc[21]
    token.tag_, token.lemma_ = tag, "junta"
    return doc


def test_the_plural_of_a_state_noun_is_several_states_not_the_one_named_just_before(stages):
    # "the juntas" are several states: Peru, named just before, is at most one of them; the article's top country
    assert complete(stages, _juntas_after_peru("juntas", "NNS"))["The juntas"] == ("CHLGOV", "top country")
    # one junta is the state named just before it
    assert complete(stages, _juntas_after_peru("junta", "NN"))["The junta"] == ("PERGOV", "recent actor")


def _datelined_body(name: list[str], verb: str = "praised") -> Doc:
    """"QUITO -- The <name> <verb> Ecuador ." with the tagger calling "The <name>" an ORG."""
    body = [("The", "DET", "det", 2 + len(name))]
    body += [(word, "PROPN", "compound", 2 + len(name)) for word in name[:-1]]
    body += [(name[-1], "PROPN", "nsubj", 3 + len(name))]
    verb_at = 3 + len(name)
    return parse([[("QUITO", "PROPN", "npadvmod", verb_at), ("--", "PUNCT", "punct", verb_at), *body,
                   (verb, "VERB", "ROOT", verb_at), ("Ecuador", "PROPN", "dobj", verb_at),
                   (".", "PUNCT", "punct", verb_at)]],
                 entities=[(2, verb_at, "ORG"), (verb_at + 1, verb_at + 2, "GPE")])


def test_a_name_of_a_world_or_continental_body_takes_no_country_from_the_dateline(stages):
    # "QUITO -- The World Rowing Organization praised Ecuador .": a body of states by its name
    found = complete(stages, _datelined_body(["World", "Rowing", "Organization"]))
    assert found["The World Rowing Organization"] == ("IGO", "international name"), found
    # "the Pan-African Chess Agency": a hyphened continental word (three tokens)
    found = complete(stages, _datelined_body(["Pan", "-", "African", "Chess", "Agency"]))
    assert found["The Pan - African Chess Agency"][0] == "IGO", found
    # "the Inter-American Rowing Commission": a country word after "Inter-" names no country of the body
    found = complete(stages, _datelined_body(["Inter", "-", "American", "Rowing", "Commission"]))
    assert found["The Inter - American Rowing Commission"][0] == "IGO", found
    # "the European Chess Federation": of no state, but no body of states
    found = complete(stages, _datelined_body(["European", "Chess", "Federation"]))
    assert found["The European Chess Federation"][0] == "", found
    # a national body's name keeps the dateline's country
    found = complete(stages, _datelined_body(["National", "Chess", "Federation"]))
    assert found["The National Chess Federation"] == ("ECU", "dateline"), found


def test_a_rights_group_or_watchdog_named_by_its_kind_is_the_body_named_before(stages):
    # "Amnesty International warned . The rights group urged Peru to act . The World Health Organization spoke . The
    # watchdog urged Peru to act ." (the kind words a report uses again for a body it named; roles25)
    doc = parse([[("Amnesty", "PROPN", "compound", 1), ("International", "PROPN", "nsubj", 2),
                  ("warned", "VERB", "ROOT", 2), (".", "PUNCT", "punct", 2)],
                 [("The", "DET", "det", 2), ("rights", "NOUN", "compound", 2), ("group", "NOUN", "nsubj", 3),
                  ("urged", "VERB", "ROOT", 3), ("Peru", "PROPN", "dobj", 3), ("to", "PART", "aux", 6),
                  ("act", "VERB", "xcomp", 3), (".", "PUNCT", "punct", 3)],
                 [("The", "DET", "det", 4), ("World", "PROPN", "compound", 4), ("Health", "PROPN", "compound", 4),
                  ("Organization", "PROPN", "nsubj", 4), ("spoke", "VERB", "ROOT", 4), (".", "PUNCT", "punct", 4)],
                 [("The", "DET", "det", 1), ("watchdog", "NOUN", "nsubj", 2), ("urged", "VERB", "ROOT", 2),
                  ("Peru", "PROPN", "dobj", 2), ("to", "PART", "aux", 5), ("act", "VERB", "xcomp", 2),
                  (".", "PUNCT", "punct", 2)]],
                entities=[(0, 2, "ORG"), (5, 6, "GPE"), (9, 13, "ORG"), (17, 18, "GPE")])
    found = complete(stages, doc)
    assert found["The rights group"][0] == "NGOAMN", found
    assert found["The watchdog"][0].startswith("IGOUNO"), found


def test_a_title_after_a_word_for_a_body_named_before_speaks_for_that_body(stages):
    # "The World Food Programme warned . An agency spokesman criticised Peru ." (roles25: as "the agency" would)
    doc = parse([[("The", "DET", "det", 3), ("World", "PROPN", "compound", 3), ("Food", "PROPN", "compound", 3),
                  ("Programme", "PROPN", "nsubj", 4), ("warned", "VERB", "ROOT", 4), (".", "PUNCT", "punct", 4)],
                 [("An", "DET", "det", 2), ("agency", "NOUN", "compound", 2), ("spokesman", "NOUN", "nsubj", 3),
                  ("criticised", "VERB", "ROOT", 3), ("Peru", "PROPN", "dobj", 3), (".", "PUNCT", "punct", 3)]],
                entities=[(0, 4, "ORG"), (10, 11, "GPE")])
    found = complete(stages, doc)
    assert found["An agency spokesman"][0] == "IGOUNOWFP", found
    # ... but a word for no body leaves the title to the story's country
    doc = parse([[("Peru", "PROPN", "nsubj", 1), ("warned", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)],
                 [("A", "DET", "det", 2), ("government", "NOUN", "compound", 2), ("spokesman", "NOUN", "nsubj", 3),
                  ("criticised", "VERB", "ROOT", 3), ("Chile", "PROPN", "dobj", 3), (".", "PUNCT", "punct", 3)]],
                entities=[(0, 1, "GPE"), (7, 8, "GPE")])
    assert complete(stages, doc)["A government spokesman"][0] == "PERGOV"


def test_an_official_of_the_un_is_the_un_wherever_he_is_posted(stages):
    # "The U.N. envoy for Yemen urged calm . A U.N. official in Sudan spoke ." (roles25: "U.N." names the body; the
    # place of the posting is no country of the envoy's)
    doc = parse([[("The", "DET", "det", 2), ("U.N.", "PROPN", "compound", 2), ("envoy", "NOUN", "nsubj", 5),
                  ("for", "ADP", "prep", 2), ("Yemen", "PROPN", "pobj", 3), ("urged", "VERB", "ROOT", 5),
                  ("calm", "NOUN", "dobj", 5), (".", "PUNCT", "punct", 5)],
                 [("A", "DET", "det", 2), ("U.N.", "PROPN", "compound", 2), ("official", "NOUN", "nsubj", 5),
                  ("in", "ADP", "prep", 2), ("Sudan", "PROPN", "pobj", 3), ("spoke", "VERB", "ROOT", 5),
                  (".", "PUNCT", "punct", 5)]],
                entities=[(1, 2, "ORG"), (4, 5, "GPE"), (9, 10, "ORG"), (12, 13, "GPE")])
    found = complete(stages, doc)
    assert found["The U.N. envoy"][0].startswith("IGOUNO"), found
    assert found["A U.N. official in Sudan"][0].startswith("IGOUNO"), found


def test_an_international_court_named_in_full_is_the_court_further_on(stages):
    # "The International Court of Justice ruled . Rain fell . (x4) The court urged Peru to act ." (roles25: a state's
    # body is followed three sentences back, "the government" may be another state's; a court of states is one)
    doc = parse([[("The", "DET", "det", 2), ("International", "PROPN", "compound", 2), ("Court", "PROPN", "nsubj", 5),
                  ("of", "ADP", "prep", 2), ("Justice", "PROPN", "pobj", 3), ("ruled", "VERB", "ROOT", 5),
                  (".", "PUNCT", "punct", 5)], RAIN, RAIN, RAIN, RAIN,
                 [("The", "DET", "det", 1), ("court", "NOUN", "nsubj", 2), ("urged", "VERB", "ROOT", 2),
                  ("Peru", "PROPN", "dobj", 2), ("to", "PART", "aux", 5), ("act", "VERB", "xcomp", 2),
                  (".", "PUNCT", "punct", 2)]],
                entities=[(0, 5, "ORG"), (22, 23, "GPE")])
    found = complete(stages, doc)
    # (session 34: with the court's own code, not the noun's sector after IGO)
    assert found["The court"] == ("IGOUNOICJ", "same noun before"), found


def test_the_lookups_of_a_document_read_its_mediators_again_when_a_lemma_changes(stages):
    # "Talks brokered by Chile ended ." (the lemma "brokered" as a model may leave it, then corrected, as the event
    # coder corrects some between the completion's two lookups)
    doc = parse([[("Talks", "NOUN", "nsubj", 4), ("brokered", "VERB", "acl", 0), ("by", "ADP", "agent", 1),
                  ("Chile", "PROPN", "pobj", 2), ("ended", "VERB", "ROOT", 4), (".", "PUNCT", "punct", 4)]],
                entities=[(3, 4, "GPE")])
    context, completion = _context(stages, doc)  # (its lookup read Chile as a side: "brokered" is no mediation verb)
    chile = next(m for m in context.mentions if m.actor.text == "Chile").token_start
    assert chile in completion._lookup(context).starts
    doc[1].lemma_ = "broker"
    assert chile not in completion._lookup(context).starts  # the mediator is no side, and near it no one's country
    assert chile not in completion._lookup(context).starts  # (asked again: the same)
    doc[1].lemma_ = "end"
    assert chile in completion._lookup(context).starts


def test_a_lookup_tells_who_stands_aside_only_when_asked_and_tells_it_once(stages):
    # "Talks brokered by Chile ended . Peru met Chile ." -- Chile the mediator stands aside, Peru and the second Chile
    # do not; a token no mention starts at is no one's
    doc = parse([[("Talks", "NOUN", "nsubj", 4), ("brokered", "VERB", "acl", 0), ("by", "ADP", "agent", 1),
                  ("Chile", "PROPN", "pobj", 2), ("ended", "VERB", "ROOT", 4), (".", "PUNCT", "punct", 4)],
                 [("Peru", "PROPN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("Chile", "PROPN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)]],
                entities=[(3, 4, "GPE"), (6, 7, "GPE"), (8, 9, "GPE")])
    doc[1].lemma_ = "broker"
    context, completion = _context(stages, doc)
    with_country = {}
    for m in context.mentions:
        with_country.setdefault(m.token_start, []).append(m)
    sides = {}
    aside = _StandingAside(context, with_country, frozenset(), sides, completion.referring.words)
    assert sides == {}  # (nothing read before it is asked)
    assert [i in aside for i in (3, 6, 8, 0)] == [True, False, False, False]
    assert sides == {(3, 4): True, (6, 7): False, (8, 9): False}
    assert 6 in _StandingAside(context, with_country, frozenset({6}), sides, completion.referring.words)  # (guessed)


def test_a_country_guessed_from_the_story_is_no_recent_actors_for_a_role_phrase(stages):
    # "Chile met Peru . Peru met Chile . Rain fell . Rain fell . Officials met . Officials sued a club ." -- the
    # officials take the top country, a guess: the club takes its own guess, not the officials' as a recent actor's
    doc = parse([*TWO_COUNTRIES,
                 [("Officials", "NOUN", "nsubj", 1), ("met", "VERB", "ROOT", 1), (".", "PUNCT", "punct", 1)],
                 [("Officials", "NOUN", "nsubj", 1), ("sued", "VERB", "ROOT", 1), ("a", "DET", "det", 3),
                  ("club", "NOUN", "dobj", 1), (".", "PUNCT", "punct", 1)]],
                entities=TWO_COUNTRIES_NAMED)
    context, completion = _context(stages, doc)
    officials = [m.actor for m in context.mentions if m.actor.text == "Officials"]
    assert [a.reason.rpartition("country from ")[2] for a in officials] == ["top country", "top country"]
    draft = event_draft(doc, "115", 18, officials[1:])
    draft.target[:] = [phrase_actor(doc, "a club")]
    completion.complete_roles(context, [draft])
    assert draft.target[0].reason == "unresolved phrase; country from top country", draft.target[0].reason


def test_the_state_an_envoy_is_posted_to_is_not_the_envoys(stages):
    # "Chile hosted talks . The ambassador to Peru spoke ." -- Peru is where the ambassador is sent
    doc = parse([[("Chile", "PROPN", "nsubj", 1), ("hosted", "VERB", "ROOT", 1), ("talks", "NOUN", "dobj", 1),
                  (".", "PUNCT", "punct", 1)],
                 [("The", "DET", "det", 1), ("ambassador", "NOUN", "nsubj", 4), ("to", "ADP", "prep", 1),
                  ("Peru", "PROPN", "pobj", 2), ("spoke", "VERB", "ROOT", 4), (".", "PUNCT", "punct", 4)]],
                entities=[(0, 1, "GPE"), (7, 8, "GPE")])
    assert not complete(stages, doc)["The ambassador"][0].startswith("PER")
    # a country of its own words still counts: "The Chilean ambassador to Peru spoke ."
    doc = parse([[("The", "DET", "det", 2), ("Chilean", "ADJ", "amod", 2), ("ambassador", "NOUN", "nsubj", 5),
                  ("to", "ADP", "prep", 2), ("Peru", "PROPN", "pobj", 3), ("spoke", "VERB", "ROOT", 5),
                  (".", "PUNCT", "punct", 5)]], entities=[(1, 2, "NORP"), (4, 5, "GPE")])
    assert complete(stages, doc)["The Chilean ambassador"][0] == "CHLGOV"
