"""In-document coreference (actors.antecedents) on hand-built parses: no model needed."""

from dataclasses import dataclass

import spacy
from spacy.tokens import Doc

from eventscope.actors.antecedents import (
    antecedent,
    antecedents,
    gender,
    last_two,
    load_coreference,
    same_surname,
    surname_of,
    titled,
    told_gender,
)
from eventscope.records import Actor, ActorMention

VOCAB = spacy.blank("en").vocab
COREFERENCE = load_coreference().words  # the words coreference reads (coreference.yaml)


def parse(sentences):
    """sentences: lists of (word, tag, dep, head offset within the sentence)."""
    words, tags, deps, heads, starts = [], [], [], [], []
    for sentence in sentences:
        base = len(words)
        for i, (word, tag, dep, head) in enumerate(sentence):
            words += [word]
            tags += [tag]
            deps += [dep]
            heads += [base + head]
            starts += [i == 0]
    pos = {"NNS": "NOUN", "NN": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "PRP": "PRON", "PRP$": "PRON"}
    return Doc(VOCAB, words=words, tags=tags, deps=deps, heads=heads, sent_starts=starts,
               pos=[pos.get(t, "VERB" if t.startswith("VB") else "X") for t in tags])


def mention(doc, start, end, kind, country, code=""):
    span = doc[start:end]
    actor = Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text, country=country, kind=kind,
                  code=code)
    return ActorMention(actor, start, end, end - 1)


def militants_doc():
    # "Militants beheaded Christians on the country 's coast . They seized Sirte ."
    return parse([[("Militants", "NNS", "nsubj", 1), ("beheaded", "VBD", "ROOT", 1), ("Christians", "NNPS", "dobj", 1),
                   ("on", "IN", "prep", 1), ("the", "DT", "det", 5), ("country", "NN", "poss", 7),
                   ("'s", "POS", "case", 5), ("coast", "NN", "pobj", 3), (".", ".", "punct", 1)],
                  [("They", "PRP", "nsubj", 1), ("seized", "VBD", "ROOT", 1), ("Sirte", "NNP", "dobj", 1),
                   (".", ".", "punct", 1)]])


def test_they_is_the_last_plural_subject_not_the_last_noun():
    doc = militants_doc()
    mentions = [mention(doc, 0, 1, "group", "LBY"), mention(doc, 2, 3, "group", "EGY"),
                mention(doc, 4, 6, "state", "TUN")]
    assert antecedent(doc[9], mentions, coreference=COREFERENCE) is mentions[0]


def test_it_is_a_singular_actor_and_never_a_person():
    # "The ministry said Ali would go . It denied the report ."
    doc = parse([[("The", "DT", "det", 1), ("ministry", "NN", "nsubj", 2), ("said", "VBD", "ROOT", 2),
                  ("Ali", "NNP", "nsubj", 5), ("would", "MD", "aux", 5), ("go", "VB", "ccomp", 2), (".", ".", "punct", 2)],
                 [("It", "PRP", "nsubj", 1), ("denied", "VBD", "ROOT", 1), ("the", "DT", "det", 3),
                  ("report", "NN", "dobj", 1), (".", ".", "punct", 1)]])
    ministry, ali = mention(doc, 0, 2, "organization", "EGY"), mention(doc, 3, 4, "person", "EGY")
    assert antecedent(doc[7], [ministry, ali], coreference=COREFERENCE) is ministry
    # a plural noun is no "it"
    doc = militants_doc()
    assert antecedent(doc[9], [mention(doc, 0, 1, "group", "LBY")], coreference=COREFERENCE) is not None
    it = parse([[("Militants", "NNS", "nsubj", 1), ("left", "VBD", "ROOT", 1), (".", ".", "punct", 1)],
                [("It", "PRP", "nsubj", 1), ("ended", "VBD", "ROOT", 1), (".", ".", "punct", 1)]])
    assert antecedent(it[3], [mention(it, 0, 1, "group", "LBY")], coreference=COREFERENCE) is None


def test_it_goes_on_with_a_thing_that_was_the_subject_before_not_a_place_named_after_it():
    # "The war began in Khartoum . It killed thousands ." (session 19) / "The ministry met in Cairo . It denied it ."
    doc = parse([[("The", "DT", "det", 1), ("war", "NN", "nsubj", 2), ("began", "VBD", "ROOT", 2),
                  ("in", "IN", "prep", 2), ("Khartoum", "NNP", "pobj", 3), (".", ".", "punct", 2)],
                 [("It", "PRP", "nsubj", 1), ("killed", "VBD", "ROOT", 1), ("thousands", "NNS", "dobj", 1),
                  (".", ".", "punct", 1)]])
    assert antecedent(doc[6], [mention(doc, 4, 5, "state", "SDN")], coreference=COREFERENCE) is None
    doc = parse([[("The", "DT", "det", 1), ("ministry", "NN", "nsubj", 2), ("met", "VBD", "ROOT", 2),
                  ("in", "IN", "prep", 2), ("Cairo", "NNP", "pobj", 3), (".", ".", "punct", 2)],
                 [("It", "PRP", "nsubj", 1), ("denied", "VBD", "ROOT", 1), ("it", "PRP", "dobj", 1),
                  (".", ".", "punct", 1)]])
    ministry = mention(doc, 0, 2, "organization", "EGY")
    assert antecedent(doc[6], [ministry, mention(doc, 4, 5, "state", "EGY")], coreference=COREFERENCE) is ministry


def test_a_quantifier_alone_refers_like_they_never_to_one_person():
    # "Senators met Ruiz . Many praised Ruiz ."
    doc = parse([[("Senators", "NNS", "nsubj", 1), ("met", "VBD", "ROOT", 1), ("Ruiz", "NNP", "dobj", 1), (".", ".", "punct", 1)],
                 [("Many", "JJ", "nsubj", 1), ("praised", "VBD", "ROOT", 1), ("Ruiz", "NNP", "dobj", 1), (".", ".", "punct", 1)]])
    mentions = [mention(doc, 0, 1, "group", "PER"), mention(doc, 2, 3, "person", "CHL")]
    assert antecedent(doc[4], mentions, coreference=COREFERENCE) is mentions[0]


def test_he_and_she_refer_to_a_person_of_their_gender_two_sentences_back_a_body_one():
    # "Mrs Ruiz met Mr Okafor . The ministry ended talks . He left ."
    doc = parse([[("Mrs", "NNP", "compound", 1), ("Ruiz", "NNP", "nsubj", 2), ("met", "VBD", "ROOT", 2),
                  ("Mr", "NNP", "compound", 4), ("Okafor", "NNP", "dobj", 2), (".", ".", "punct", 2)],
                 [("The", "DT", "det", 1), ("ministry", "NN", "nsubj", 2), ("ended", "VBD", "ROOT", 2),
                  ("talks", "NNS", "dobj", 2), (".", ".", "punct", 2)],
                 [("He", "PRP", "nsubj", 1), ("left", "VBD", "ROOT", 1), (".", ".", "punct", 1)]])
    ruiz, okafor = mention(doc, 0, 2, "person", "PER"), mention(doc, 3, 5, "person", "NGA")
    ministry = mention(doc, 6, 8, "organization", "NGA")
    # the subject Mrs Ruiz is a woman: "He" is Mr Okafor
    assert antecedent(doc[11], [ruiz, okafor, ministry], coreference=COREFERENCE) is okafor
    # "it" looks back one sentence only
    it = parse([[("Okafor", "NNP", "nsubj", 1), ("left", "VBD", "ROOT", 1), (".", ".", "punct", 1)],
                [("The", "DT", "det", 1), ("ministry", "NN", "nsubj", 2), ("ended", "VBD", "ROOT", 2), (".", ".", "punct", 2)],
                [("Talks", "NNS", "nsubj", 1), ("ended", "VBD", "ROOT", 1), (".", ".", "punct", 1)],
                [("It", "PRP", "nsubj", 1), ("left", "VBD", "ROOT", 1), (".", ".", "punct", 1)]])
    assert antecedent(it[10], [mention(it, 3, 5, "organization", "NGA")], coreference=COREFERENCE) is None
    assert antecedent(it[10], [mention(it, 3, 5, "organization", "NGA"), mention(it, 7, 8, "group", "NGA")], coreference=COREFERENCE) is None  # plural


def test_a_persons_possessive_before_its_sentences_subject_is_that_subject():
    # "Before his trip , Ruiz met Okafor ."
    doc = parse([[("Before", "IN", "prep", 5), ("his", "PRP$", "poss", 2), ("trip", "NN", "pobj", 0),
                  (",", ",", "punct", 5), ("Ruiz", "NNP", "nsubj", 5), ("met", "VBD", "ROOT", 5),
                  ("Okafor", "NNP", "dobj", 5), (".", ".", "punct", 5)]])
    ruiz, okafor = mention(doc, 4, 5, "person", "PER"), mention(doc, 6, 7, "person", "NGA")
    assert antecedent(doc[1], [ruiz, okafor], coreference=COREFERENCE) is ruiz


def test_a_bodys_possessive_before_its_sentences_subject_is_that_subject():
    # "In its statement , the ministry accused the rebels ." : the ministry's statement, not an earlier body's
    doc = parse([[("Rebels", "NNS", "nsubj", 1), ("fled", "VBD", "ROOT", 1), (".", ".", "punct", 1)],
                 [("In", "IN", "prep", 5), ("its", "PRP$", "poss", 2), ("statement", "NN", "pobj", 0),
                  (",", ",", "punct", 5), ("ministry", "NN", "nsubj", 5), ("accused", "VBD", "ROOT", 5),
                  ("army", "NN", "dobj", 5), (".", ".", "punct", 5)]])
    rebels = mention(doc, 0, 1, "group", "SDN")
    ministry, army = mention(doc, 7, 8, "organization", "TCD"), mention(doc, 9, 10, "group", "SDN")
    assert antecedent(doc[4], [rebels, ministry, army], coreference=COREFERENCE) is ministry


def _team_doc(words):
    # "<words> visited newspapers . They met editors ." with words a collective and what it is made of
    first = [(word, tag, dep, head) for word, tag, dep, head in words]
    verb = len(first)
    first += [("visited", "VBD", "ROOT", verb), ("newspapers", "NNS", "dobj", verb), (".", ".", "punct", verb)]
    return parse([first, [("They", "PRP", "nsubj", 1), ("met", "VBD", "ROOT", 1), ("editors", "NNS", "dobj", 1),
                          (".", ".", "punct", 1)]])


def test_they_is_the_body_a_collective_noun_names_as_subject_before_the_object():
    # "A team of officials visited newspapers . They met editors .": the officials, not the newspapers (the last
    # plural), though "team" is singular in form: a collective noun is "they" in British and American usage
    doc = _team_doc([("A", "DT", "det", 1), ("team", "NN", "nsubj", 4), ("of", "IN", "prep", 1),
                     ("officials", "NNS", "pobj", 2)])
    officials, papers = mention(doc, 3, 4, "group", "AUS"), mention(doc, 5, 6, "group", "NZL")
    assert antecedent(doc[7], [officials, papers], coreference=COREFERENCE) is officials
    # "A government team visited newspapers": the body that describes the team leads too
    doc = _team_doc([("A", "DT", "det", 2), ("government", "NN", "compound", 2), ("team", "NN", "nsubj", 3)])
    government, papers = mention(doc, 1, 2, "group", "AUS"), mention(doc, 4, 5, "group", "NZL")
    assert antecedent(doc[6], [government, papers], coreference=COREFERENCE) is government
    # a noun of no collective before "of" does not: "A photo of officials hung in newspapers ." is the photo's
    doc = _team_doc([("A", "DT", "det", 1), ("photo", "NN", "nsubj", 4), ("of", "IN", "prep", 1),
                     ("officials", "NNS", "pobj", 2)])
    officials, papers = mention(doc, 3, 4, "group", "AUS"), mention(doc, 5, 6, "group", "NZL")
    assert antecedent(doc[7], [officials, papers], coreference=COREFERENCE) is papers


def _stopped_doc(subject: tuple[str, str]):
    # "<subject> stopped the protesters . They were carrying banners ."
    return parse([[(subject[0], subject[1], "nsubj", 1), ("stopped", "VBD", "ROOT", 1), ("the", "DT", "det", 3),
                   ("protesters", "NNS", "dobj", 1), (".", ".", "punct", 1)],
                  [("They", "PRP", "nsubj", 2), ("were", "VBD", "aux", 2), ("carrying", "VBG", "ROOT", 2),
                   ("banners", "NNS", "dobj", 2), (".", ".", "punct", 2)]])


def test_they_prefers_the_subject_before_it_and_takes_the_object_only_when_the_subject_cannot_be_they():
    # "Police stopped the protesters . They were carrying banners .": ambiguous to a reader without world
    # knowledge; the subject wins (a reader follows the subject, and in news the next clause mostly goes on
    # about it): the police
    doc = _stopped_doc(("Police", "NNS"))
    police, protesters = mention(doc, 0, 1, "group", "KEN"), mention(doc, 2, 4, "group", "UGA")
    assert antecedent(doc[5], [police, protesters], coreference=COREFERENCE) is police
    # people named with a plural noun are "they" even when the resolver calls them persons ("Guards stopped")
    guards = mention(doc, 0, 1, "person", "KEN")
    assert antecedent(doc[5], [guards, protesters], coreference=COREFERENCE) is guards
    # "Minister stopped the protesters . They ...": one person is never "they": the object
    doc = _stopped_doc(("Minister", "NN"))
    minister, protesters = mention(doc, 0, 1, "person", "KEN"), mention(doc, 2, 4, "group", "UGA")
    assert antecedent(doc[5], [minister, protesters], coreference=COREFERENCE) is protesters


def test_a_possessive_is_the_subject_after_it_only_of_its_own_clause():
    # "Pyongyang repeated its demand that Washington ease sanctions .": the demand is Pyongyang's
    doc = parse([[("Pyongyang", "NNP", "nsubj", 1), ("repeated", "VBD", "ROOT", 1), ("its", "PRP$", "poss", 3),
                  ("demand", "NN", "dobj", 1), ("that", "IN", "mark", 6), ("Washington", "NNP", "nsubj", 6),
                  ("ease", "VB", "acl", 3), ("sanctions", "NNS", "dobj", 6), (".", ".", "punct", 1)]])
    pyongyang, washington = mention(doc, 0, 1, "state", "PRK"), mention(doc, 5, 6, "state", "USA")
    assert antecedent(doc[2], [pyongyang, washington], coreference=COREFERENCE) is pyongyang


@dataclass
class Person:
    start: int
    end: int
    head: int
    kind: str
    name: str
    title: str | None = None
    surname: str | None = None


def test_a_title_alone_is_the_last_person_who_held_it():
    people = [Person(0, 2, 1, "person", "Ann Ruiz", title="president"),
              Person(4, 6, 5, "person", "Ben Okafor", title="foreign minister"),
              Person(8, 10, 9, "person", "Cy Lee", title="president")]
    assert titled("president", 7, people, coreference=COREFERENCE) is people[0]
    assert titled("president", 12, people, coreference=COREFERENCE) is people[2]
    assert titled("minister", 12, people, coreference=COREFERENCE) is people[1]  # "the foreign minister ... the minister said"
    assert titled("foreign", 12, people, coreference=COREFERENCE) is people[1]


def test_a_title_written_with_or_without_its_hyphen_is_one_title():
    # "Secretary-General Ana Ode ... the secretary general said", "the Secretary General ... the secretary-general"
    people = [Person(0, 2, 1, "person", "Ana Ode", title="secretary-general"),
              Person(4, 6, 5, "person", "Ben Okafor", title="attorney general"),
              Person(8, 10, 9, "person", "Cy Lee", title="vice-president")]
    assert titled("secretary general", 3, people, coreference=COREFERENCE) is people[0]
    assert titled("secretary general", 12, people, coreference=COREFERENCE) is people[0]  # not the attorney general named after her
    assert titled("vice president", 12, people, coreference=COREFERENCE) is people[2]
    assert titled("president", 12, people, coreference=COREFERENCE) is None  # a vice-president is no president


def test_a_title_alone_is_not_a_longer_title_of_another_office():
    people = [Person(0, 2, 1, "person", "Ann Ruiz", title="foreign minister"),
              Person(4, 6, 5, "person", "Ben Okafor", title="prime minister"),
              Person(8, 10, 9, "person", "Cy Lee", title="president"),
              Person(12, 14, 13, "person", "Dee Ode", title="vice president"),
              Person(16, 18, 17, "person", "Eli Ruto", title="attorney general"),
              Person(20, 22, 21, "person", "Fay Ng", title="deputy foreign minister")]
    assert titled("minister", 7, people, coreference=COREFERENCE) is people[0]  # not the prime minister named after her
    assert titled("president", 15, people, coreference=COREFERENCE) is people[2]  # not the vice president
    assert titled("general", 19, people, coreference=COREFERENCE) is None  # an attorney general is no general
    assert titled("minister", 23, people, coreference=COREFERENCE) is people[0]  # nor a deputy the minister


def test_a_pair_is_the_last_two_told_apart_and_a_surname_its_first_bearer():
    people = [Person(0, 2, 1, "person", "Ann Ruiz", surname="Ruiz"), Person(3, 5, 4, "person", "Ben Okafor", surname="Okafor"),
              Person(6, 7, 6, "person", "Ben Okafor", surname="Okafor"), Person(8, 10, 9, "person", "Eva Ruiz", surname="Ruiz")]
    assert last_two(people[:3], lambda p: p.name) == [people[0], people[2]]
    assert last_two(people[1:3], lambda p: p.name) == []
    assert same_surname("Ruiz", people, lambda p: p.surname) is people[0]
    assert same_surname("Lee", people, lambda p: p.surname) is None
    # the caller chooses the order: the nearest named before, from the back
    assert same_surname("Ruiz", reversed(people), lambda p: p.surname) is people[3]
    assert surname_of("Ann Ruiz", coreference=COREFERENCE) == "Ruiz" and surname_of("Bill", coreference=COREFERENCE) is None  # a one-word name has no surname


def test_a_surname_written_without_its_accents_is_the_same_person():
    from eventscope.actors.antecedents import same_surname, without_accents

    people = ["Anton Krüger", "Lena Novak"]
    assert same_surname("Kruger", people, lambda name: name.split()[-1]) == "Anton Krüger"
    assert same_surname("Krüger", people, lambda name: name.split()[-1]) == "Anton Krüger"
    assert same_surname("Kroger", people, lambda name: name.split()[-1]) is None
    assert without_accents("Sérgio Müller") == "Sergio Muller"


def test_they_is_the_people_joined_as_a_subject_before_it():
    # "Ruiz and her Chilean counterpart Soto met reporters . They praised the deal ."
    doc = parse([[("Ruiz", "NNP", "nsubj", 6), ("and", "CC", "cc", 0), ("her", "PRP$", "poss", 4),
                  ("Chilean", "JJ", "amod", 4), ("counterpart", "NN", "conj", 0), ("Soto", "NNP", "appos", 4),
                  ("met", "VBD", "ROOT", 6), ("reporters", "NNS", "dobj", 6), (".", ".", "punct", 6)],
                 [("They", "PRP", "nsubj", 1), ("praised", "VBD", "ROOT", 1), ("the", "DT", "det", 3),
                  ("deal", "NN", "dobj", 1), (".", ".", "punct", 1)]])
    ruiz, soto = mention(doc, 0, 1, "person", "PER"), mention(doc, 3, 6, "person", "CHL")
    reporters = mention(doc, 7, 8, "group", "PER")
    assert antecedent(doc[9], [ruiz, soto, reporters], coreference=COREFERENCE) is reporters  # one mention: the plural noun
    assert antecedents(doc[9], [ruiz, soto, reporters], coreference=COREFERENCE) == [ruiz, soto]


def test_a_plural_subject_named_after_the_joined_people_is_they():
    # "Ruiz and Soto left as protesters marched . They shouted ."
    doc = parse([[("Ruiz", "NNP", "nsubj", 3), ("and", "CC", "cc", 0), ("Soto", "NNP", "conj", 0),
                  ("left", "VBD", "ROOT", 3), ("as", "IN", "mark", 6), ("protesters", "NNS", "nsubj", 6),
                  ("marched", "VBD", "advcl", 3), (".", ".", "punct", 3)],
                 [("They", "PRP", "nsubj", 1), ("shouted", "VBD", "ROOT", 1), (".", ".", "punct", 1)]])
    ruiz, soto = mention(doc, 0, 1, "person", "PER"), mention(doc, 2, 3, "person", "PER")
    protesters = mention(doc, 5, 6, "group", "PER")
    assert antecedents(doc[8], [ruiz, soto, protesters], coreference=COREFERENCE) == [protesters]
    assert antecedents(doc[8], [ruiz, soto], coreference=COREFERENCE) == [ruiz, soto]


def test_they_is_the_people_an_amount_before_the_subject_counts():
    # "Hundreds of weavers picketed the senate . They demanded loans ." : the weavers lead, not the senate
    doc = _picketed_doc("Hundreds", ("senate", "NN"))
    weavers, senate = mention(doc, 0, 3, "group", "PER"), mention(doc, 4, 6, "organization", "PER")
    assert antecedent(doc[7], [weavers, senate], coreference=COREFERENCE) is weavers
    # the object of "of" after a noun of no amount is no subject ("the leader of the weavers" leads)
    doc = _picketed_doc("Envoys", ("senates", "NNS"))
    weavers, senates = mention(doc, 2, 3, "group", "PER"), mention(doc, 4, 6, "organization", "PER")
    assert antecedent(doc[7], [weavers, senates], coreference=COREFERENCE) is senates


def _picketed_doc(head: str, picketed: tuple[str, str]):
    # "<head> of weavers picketed the <picketed> . They demanded loans ."
    return parse([[(head, "NNS", "nsubj", 3), ("of", "IN", "prep", 0), ("weavers", "NNS", "pobj", 1),
                   ("picketed", "VBD", "ROOT", 3), ("the", "DT", "det", 5), (picketed[0], picketed[1], "dobj", 3),
                   (".", ".", "punct", 3)],
                  [("They", "PRP", "nsubj", 1), ("demanded", "VBD", "ROOT", 1), ("loans", "NNS", "dobj", 1),
                   (".", ".", "punct", 1)]])


def _hosted_doc(verb: str, lemma: str):
    # "Ruiz <verb> Soto . They agreed ."
    doc = parse([[("Ruiz", "NNP", "nsubj", 1), (verb, "VBD", "ROOT", 1), ("Soto", "NNP", "dobj", 1),
                  (".", ".", "punct", 1)],
                 [("They", "PRP", "nsubj", 1), ("agreed", "VBD", "ROOT", 1), (".", ".", "punct", 1)]])
    doc[1].lemma_ = lemma
    return doc


def test_they_is_a_subject_and_the_one_it_met_and_states_joined_as_a_subject():
    doc = _hosted_doc("hosted", "host")
    ruiz, soto = mention(doc, 0, 1, "person", "PER"), mention(doc, 2, 3, "person", "CHL")
    assert antecedents(doc[4], [ruiz, soto], coreference=COREFERENCE) == [ruiz, soto]
    # "Ruiz thanked Soto . They agreed .": no meeting, the one subject
    doc = _hosted_doc("thanked", "thank")
    ruiz, soto = mention(doc, 0, 1, "person", "PER"), mention(doc, 2, 3, "person", "CHL")
    assert antecedents(doc[4], [ruiz, soto], coreference=COREFERENCE) == []  # (a person is never "they" alone)
    # "Chile and Peru met . They agreed ."
    doc = parse([[("Chile", "NNP", "nsubj", 3), ("and", "CC", "cc", 0), ("Peru", "NNP", "conj", 0),
                  ("met", "VBD", "ROOT", 3), (".", ".", "punct", 3)],
                 [("They", "PRP", "nsubj", 1), ("agreed", "VBD", "ROOT", 1), (".", ".", "punct", 1)]])
    chile, peru = mention(doc, 0, 1, "state", "CHL"), mention(doc, 2, 3, "state", "PER")
    assert antecedents(doc[5], [chile, peru], coreference=COREFERENCE) == [chile, peru]


def test_we_in_a_quote_is_its_speaker_a_person_too():
    # '" We condemn the arrest of our citizens , " she said . " We urge their release . "'
    doc = parse([[('"', "``", "punct", 11), ("We", "PRP", "nsubj", 2), ("condemn", "VBP", "ccomp", 11),
                  ("the", "DT", "det", 4), ("arrest", "NN", "dobj", 2), ("of", "IN", "prep", 4),
                  ("our", "PRP$", "poss", 7), ("citizens", "NNS", "pobj", 5), (",", ",", "punct", 11),
                  ('"', "''", "punct", 11), ("she", "PRP", "nsubj", 11), ("said", "VBD", "ROOT", 11),
                  (".", ".", "punct", 11)],
                 [('"', "``", "punct", 2), ("We", "PRP", "nsubj", 2), ("urge", "VBP", "ROOT", 2),
                  ("their", "PRP$", "poss", 4), ("release", "NN", "dobj", 2), (".", ".", "punct", 2),
                  ('"', "''", "punct", 2)]])
    citizens, she = mention(doc, 7, 8, "group", "NOR"), mention(doc, 10, 11, "person", "NOR")
    # the speaker, a subject, not the people spoken of
    assert antecedent(doc[14], [citizens, she], coreference=COREFERENCE) is she


def test_she_is_a_woman_the_text_showed_before_a_subject_of_unknown_gender():
    # "Ruiz met Ms Ode . She left ." : the subject Ruiz may be anyone, Ms Ode is a woman
    doc = parse([[("Ruiz", "NNP", "nsubj", 1), ("met", "VBD", "ROOT", 1), ("Ms", "NNP", "compound", 3),
                  ("Ode", "NNP", "dobj", 1), (".", ".", "punct", 1)],
                 [("She", "PRP", "nsubj", 1), ("left", "VBD", "ROOT", 1), (".", ".", "punct", 1)]])
    ruiz, ode = mention(doc, 0, 1, "person", "PER"), mention(doc, 2, 4, "person", "NGA")
    assert antecedent(doc[5], [ruiz, ode], coreference=COREFERENCE) is ode
    assert antecedent(doc[5], [ruiz], coreference=COREFERENCE) is ruiz  # unknown is either
    # "he" keeps the subject
    doc = parse([[("Ruiz", "NNP", "nsubj", 1), ("met", "VBD", "ROOT", 1), ("Mr", "NNP", "compound", 3),
                  ("Ode", "NNP", "dobj", 1), (".", ".", "punct", 1)],
                 [("He", "PRP", "nsubj", 1), ("left", "VBD", "ROOT", 1), (".", ".", "punct", 1)]])
    ruiz, ode = mention(doc, 0, 1, "person", "PER"), mention(doc, 2, 4, "person", "NGA")
    assert antecedent(doc[5], [ruiz, ode], coreference=COREFERENCE) is ruiz


def test_a_gendered_word_in_apposition_says_the_gender_a_possessor_does_not():
    # "Ode , a spokeswoman , met her counterpart Ruiz . He left ."
    doc = parse([[("Ode", "NNP", "nsubj", 5), (",", ",", "punct", 0), ("a", "DT", "det", 3),
                  ("spokeswoman", "NN", "appos", 0), (",", ",", "punct", 0), ("met", "VBD", "ROOT", 5),
                  ("her", "PRP$", "poss", 7), ("counterpart", "NN", "compound", 8), ("Ruiz", "NNP", "dobj", 5),
                  (".", ".", "punct", 5)],
                 [("He", "PRP", "nsubj", 1), ("left", "VBD", "ROOT", 1), (".", ".", "punct", 1)]])
    ode, ruiz = mention(doc, 0, 1, "person", "PER"), mention(doc, 7, 9, "person", "NGA")
    assert gender(doc, Person(0, 1, 0, "person", "Ode"), coreference=COREFERENCE) == "f"
    assert gender(doc, Person(7, 9, 8, "person", "Ruiz"), coreference=COREFERENCE) is None  # "her" is Ode's
    assert antecedent(doc[10], [ode, ruiz], coreference=COREFERENCE) is ruiz


def test_a_state_by_its_name_is_it_and_a_describing_word_takes_the_number_of_its_noun():
    # "The Philippines protested . Chinese guard ships left . They returned ."
    doc = parse([[("The", "DT", "det", 1), ("Philippines", "NNPS", "nsubj", 2), ("protested", "VBD", "ROOT", 2),
                  (".", ".", "punct", 2)],
                 [("Chinese", "JJ", "amod", 1), ("guard", "NN", "compound", 2), ("ships", "NNS", "nsubj", 3),
                  ("left", "VBD", "ROOT", 3), (".", ".", "punct", 3)],
                 [("They", "PRP", "nsubj", 1), ("returned", "VBD", "ROOT", 1), (".", ".", "punct", 1)],
                 [("It", "PRP", "nsubj", 1), ("complained", "VBD", "ROOT", 1), (".", ".", "punct", 1)]])
    philippines = ActorMention(mention(doc, 0, 2, "state", "PHL").actor, 0, 2, 1)
    guard = ActorMention(mention(doc, 4, 6, "state", "CHN").actor, 4, 6, 5)  # "Chinese guard", head "guard"
    assert antecedent(doc[9], [philippines, guard], coreference=COREFERENCE) is guard
    # "It" (two sentences on, looking back one) finds neither; one sentence back it is the state
    it = parse([[("The", "DT", "det", 1), ("Philippines", "NNPS", "nsubj", 2), ("protested", "VBD", "ROOT", 2),
                 (".", ".", "punct", 2)],
                [("It", "PRP", "nsubj", 1), ("complained", "VBD", "ROOT", 1), (".", ".", "punct", 1)]])
    assert antecedent(it[4], [ActorMention(mention(it, 0, 2, "state", "PHL").actor, 0, 2, 1)], coreference=COREFERENCE) is not None


def test_an_object_pronoun_is_never_the_subject_of_its_own_verb():
    # "Ruiz met Ode . Lee called him ." : "him" is not Lee (that is "himself")
    doc = parse([[("Ruiz", "NNP", "nsubj", 1), ("met", "VBD", "ROOT", 1), ("Ode", "NNP", "dobj", 1), (".", ".", "punct", 1)],
                 [("Lee", "NNP", "nsubj", 1), ("called", "VBD", "ROOT", 1), ("him", "PRP", "dobj", 1), (".", ".", "punct", 1)]])
    ruiz, ode, lee = (mention(doc, 0, 1, "person", "PER"), mention(doc, 2, 3, "person", "NGA"),
                      mention(doc, 4, 5, "person", "GHA"))
    assert antecedent(doc[6], [ruiz, ode, lee], coreference=COREFERENCE) is ruiz


def test_a_pronoun_tells_a_gender_only_of_the_subject_before_it_in_its_sentence():
    # "Ode said she left ." tells Ode is a woman; "The aide of Ode said he left ." tells nothing of Ode
    doc = parse([[("Ode", "NNP", "nsubj", 1), ("said", "VBD", "ROOT", 1), ("she", "PRP", "nsubj", 3),
                  ("left", "VBD", "ccomp", 1), (".", ".", "punct", 1)],
                 [("The", "DT", "det", 1), ("aide", "NN", "nsubj", 4), ("of", "IN", "prep", 1), ("Lee", "NNP", "pobj", 2),
                  ("said", "VBD", "ROOT", 4), ("he", "PRP", "nsubj", 6), ("left", "VBD", "ccomp", 4), (".", ".", "punct", 4)]])
    assert told_gender(doc[2], Person(0, 1, 0, "person", "Ode"), 0, coreference=COREFERENCE) == "f"
    assert told_gender(doc[10], Person(8, 9, 8, "person", "Lee"), 5, coreference=COREFERENCE) is None


def test_they_in_a_quote_is_not_the_speakers_side():
    # 'Troops fought militiamen . " We condemn their attack , " the army said .': "their" in the army's words is
    # not its own side (the troops, the subject before), but the militiamen
    doc = parse([[("Troops", "NNS", "nsubj", 1), ("fought", "VBD", "ROOT", 1), ("militiamen", "NNS", "dobj", 1),
                  (".", ".", "punct", 1)],
                 [('"', "``", "punct", 8), ("We", "PRP", "nsubj", 2), ("condemn", "VBP", "ccomp", 8),
                  ("their", "PRP$", "poss", 4), ("attack", "NN", "dobj", 2), (",", ",", "punct", 8),
                  ('"', "''", "punct", 8), ("army", "NN", "nsubj", 8), ("said", "VBD", "ROOT", 8),
                  (".", ".", "punct", 8)]])
    troops, militiamen = mention(doc, 0, 1, "group", "UGA", "UGAMIL"), mention(doc, 2, 3, "group", "COD", "CODREB")
    army = mention(doc, 11, 12, "group", "UGA", "UGAMIL")
    assert antecedents(doc[7], [troops, militiamen, army], coreference=COREFERENCE) == [militiamen]
    # outside a quote the subject before wins as ever: "Their attack was condemned ."
    plain = parse([[("Troops", "NNS", "nsubj", 1), ("fought", "VBD", "ROOT", 1), ("militiamen", "NNS", "dobj", 1),
                    (".", ".", "punct", 1)],
                   [("Their", "PRP$", "poss", 1), ("attack", "NN", "nsubjpass", 3), ("was", "VBD", "auxpass", 3),
                    ("condemned", "VBN", "ROOT", 3), (".", ".", "punct", 3)]])
    troops, militiamen = mention(plain, 0, 1, "group", "UGA"), mention(plain, 2, 3, "group", "COD")
    assert antecedents(plain[4], [troops, militiamen], coreference=COREFERENCE) == [troops]


def test_they_is_the_reported_clauses_subject_not_the_attributions():
    # "Rebels attacked troops , officials said . They fled .": the officials only say it; the rebels are the story
    doc = parse([[("Rebels", "NNS", "nsubj", 1), ("attacked", "VBD", "ccomp", 5), ("troops", "NNS", "dobj", 1),
                  (",", ",", "punct", 5), ("officials", "NNS", "nsubj", 5), ("said", "VBD", "ROOT", 5),
                  (".", ".", "punct", 5)],
                 [("They", "PRP", "nsubj", 1), ("fled", "VBD", "ROOT", 1), (".", ".", "punct", 1)]])
    rebels, troops = mention(doc, 0, 1, "group", "MLI"), mention(doc, 2, 3, "group", "FRA")
    officials = mention(doc, 4, 5, "group", "MLI")
    assert antecedent(doc[7], [rebels, troops, officials], coreference=COREFERENCE) is rebels
    # "Officials said rebels attacked troops . They fled .": the attribution first; the last subject, as ever
    doc = parse([[("Officials", "NNS", "nsubj", 1), ("said", "VBD", "ROOT", 1), ("rebels", "NNS", "nsubj", 3),
                  ("attacked", "VBD", "ccomp", 1), ("troops", "NNS", "dobj", 3), (".", ".", "punct", 1)],
                 [("They", "PRP", "nsubj", 1), ("fled", "VBD", "ROOT", 1), (".", ".", "punct", 1)]])
    officials, rebels = mention(doc, 0, 1, "group", "MLI"), mention(doc, 2, 3, "group", "MLI")
    troops = mention(doc, 4, 5, "group", "FRA")
    assert antecedent(doc[6], [officials, rebels, troops], coreference=COREFERENCE) is rebels
    # "Rebels fled , officials said they would pursue them .": in the attribution's own clause its speaker stays
    doc = parse([[("Rebels", "NNS", "nsubj", 1), ("fled", "VBD", "ccomp", 4), (",", ",", "punct", 4),
                  ("officials", "NNS", "nsubj", 4), ("said", "VBD", "ROOT", 4), ("they", "PRP", "nsubj", 7),
                  ("would", "MD", "aux", 7), ("pursue", "VB", "ccomp", 4), ("them", "PRP", "dobj", 7),
                  (".", ".", "punct", 4)]])
    rebels, officials = mention(doc, 0, 1, "group", "MLI"), mention(doc, 3, 4, "group", "MLI")
    assert antecedent(doc[5], [rebels, officials], coreference=COREFERENCE) is officials


def test_a_quoted_they_reaches_back_from_where_its_speaker_spoke():
    # 'Troops fought militiamen . " We won , " the army said . " They fled . "': the second quote runs on the
    # army's words; its "They" reaches back from the army's sentence to the militiamen, not the army's side
    doc = parse([[("Troops", "NNS", "nsubj", 1), ("fought", "VBD", "ROOT", 1), ("militiamen", "NNS", "dobj", 1),
                  (".", ".", "punct", 1)],
                 [('"', "``", "punct", 6), ("We", "PRP", "nsubj", 2), ("won", "VBD", "ccomp", 6), (",", ",", "punct", 6),
                  ('"', "''", "punct", 6), ("army", "NN", "nsubj", 6), ("said", "VBD", "ROOT", 6), (".", ".", "punct", 6)],
                 [('"', "``", "punct", 2), ("They", "PRP", "nsubj", 2), ("fled", "VBD", "ROOT", 2),
                  (".", ".", "punct", 2), ('"', "''", "punct", 2)]])
    troops, militiamen = mention(doc, 0, 1, "group", "UGA", "UGAMIL"), mention(doc, 2, 3, "group", "COD", "CODREB")
    army = mention(doc, 9, 10, "group", "UGA", "UGAMIL")
    assert antecedents(doc[13], [troops, militiamen, army], coreference=COREFERENCE) == [militiamen]


def test_they_is_the_people_listed_in_another_role_when_no_one_else_is_they():
    # "The tour featured Ode , Ruiz and Okafor . They met Nur .": the people the list names
    doc = parse([[("tour", "NN", "nsubj", 1), ("featured", "VBD", "ROOT", 1), ("Ode", "NNP", "dobj", 1),
                  (",", ",", "punct", 2), ("Ruiz", "NNP", "conj", 2), ("and", "CC", "cc", 4), ("Okafor", "NNP", "conj", 4),
                  (".", ".", "punct", 1)],
                 [("They", "PRP", "nsubj", 1), ("met", "VBD", "ROOT", 1), ("Nur", "NNP", "dobj", 1),
                  (".", ".", "punct", 1)]])
    ode, ruiz, okafor = (mention(doc, i, i + 1, "person", c) for i, c in ((2, "KEN"), (4, "UGA"), (6, "TZA")))
    assert antecedents(doc[8], [ode, ruiz, okafor], coreference=COREFERENCE) == [ode, ruiz, okafor]
    # a subject that can be "they" still wins (the same parse with a body for its subject: "Rebels freed Ode ...")
    rebels = mention(doc, 0, 1, "group", "SOM")
    assert antecedents(doc[8], [rebels, ode, ruiz, okafor], coreference=COREFERENCE) == [rebels]


def test_he_is_the_subject_named_in_apposition_to_its_title_not_a_person_named_before():
    # "Mr Okafor visited Lagos . A ministry spokesman , Ali Ruiz , said talks ended , and he left ."
    doc = parse([[("Mr", "NNP", "compound", 1), ("Okafor", "NNP", "nsubj", 2), ("visited", "VBD", "ROOT", 2),
                  ("Lagos", "NNP", "dobj", 2), (".", ".", "punct", 2)],
                 [("A", "DT", "det", 2), ("ministry", "NN", "compound", 2), ("spokesman", "NN", "nsubj", 7),
                  (",", ",", "punct", 2), ("Ali", "NNP", "compound", 5), ("Ruiz", "NNP", "appos", 2),
                  (",", ",", "punct", 2), ("said", "VBD", "ROOT", 7), ("talks", "NNS", "nsubj", 9),
                  ("ended", "VBD", "ccomp", 7), (",", ",", "punct", 7), ("and", "CC", "cc", 7),
                  ("he", "PRP", "nsubj", 13), ("left", "VBD", "conj", 7), (".", ".", "punct", 7)]])
    okafor = mention(doc, 0, 2, "person", "NGA")
    ruiz = mention(doc, 5, 12, "person", "KEN")  # (the name is the mention's head, in apposition to the subject)
    ruiz = ActorMention(ruiz.actor, 5, 12, 10)
    assert antecedent(doc[17], [okafor, ruiz], coreference=COREFERENCE) is ruiz
