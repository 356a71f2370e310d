"""Session 26 (denial26): an answer appended to a charge ("Ghana accuses Togo of arming the militia, a charge Togo
rejects") is a denial (CAMEO 016, PLOVER REJECT) by the one who answers, aimed at the one who made the charge, though
the small model often tags the verb of denial there as a plural noun (events/answers.py). Sentences invented for the
tests."""

import pytest

from eventscope.events.answers import answered_charges, load_answer_rules

pytestmark = pytest.mark.slow

ANSWERED = [
    ("Ghana accuses Togo of arming the militia, a charge Togo rejects.", "TGO", "GHA"),
    ("Ghana accused Togo of arming the militia, an accusation the Togolese ministry denies.", "TGO", "GHA"),
    ("Poland has accused Belarus of pushing migrants across the border, claims Minsk has dismissed as fabricated.",
     "BLR", "POL"),
    ("Vietnam says China has built an airstrip on the reef, which Beijing disputes.", "CHN", "VNM"),
    ("Kenya accused Uganda of training the rebels, an allegation Kampala has always rejected.", "UGA", "KEN"),
    ("Chile says Peru moved troops to the border, an assertion Lima refutes.", "PER", "CHL"),
    ("Mali accused Algeria of sheltering the gunmen, a version Algiers disputes.", "DZA", "MLI"),
    ("Serbia blamed Kosovo for the clashes, an account Pristina rejected.", "XKX", "SRB"),
    ("Egypt accused Ethiopia of stealing its water, claims Addis Ababa denies.", "ETH", "EGY"),
    ("Armenia accuses Azerbaijan of shelling the villages, charges Baku denies.", "AZE", "ARM"),
    ("Iraq accused Iran of funding the militias, allegations Tehran has repeatedly rejected.", "IRN", "IRQ"),
    ("Bolivia accused Chile of spying on its navy, allegations that Santiago denied.", "CHL", "BOL"),
    ("Nigeria blames Niger for the attacks, which Niamey denies.", "NER", "NGA"),
    ("Colombia accuses Venezuela of harbouring the guerrillas, something Caracas has long denied.", "VEN", "COL"),
    ("Pakistan accused India of violating the ceasefire, charges New Delhi rejects.", "IND", "PAK"),
    # the charge noun read as the telling's object, with a relative pronoun (roles.verbs._set_after_clause)
    ("Ukraine says Russia deported the children, a charge which Moscow dismisses.", "RUS", "UKR"),
    ("Sudan says Chad is arming the rebels, a claim which Chad denies.", "TCD", "SDN"),
]


def _rejections(coder, text):
    return [(e.source[0].country if e.source else None, e.target[0].country if e.target else None)
            for e in coder.code_text(text).events if e.event.plover == "REJECT"]


@pytest.mark.parametrize(("text", "answerer", "accuser"), ANSWERED)
def test_an_answer_appended_to_a_charge_rejects_its_maker(article, text, answerer, accuser):
    assert (answerer, accuser) in _rejections(article, text)


@pytest.mark.parametrize("text", [
    "Kenya accused Uganda of training the rebels, an allegation Kampala has always rejected.",
    "Iraq accused Iran of funding the militias, allegations Tehran has repeatedly rejected.",
])
def test_the_charge_answered_was_made(article, text):
    accusations = [e for e in article.code_text(text).events if e.event.plover == "ACCUSE"]
    assert accusations and all(e.modality == "asserted" for e in accusations)


@pytest.mark.parametrize("text", [
    "The prosecutor filed a charge sheet against the two men.",
    "Claims adjusters visited the flooded homes on Monday.",
    "The company said claims rose sharply last year.",
    # an answer appended to no telling answers no one named
    "Ghana built a new port last year, a claim Togo disputes.",
    # the one who answers is the one who told: no denial of another
    "Ghana says Togo is arming the rebels, a claim Ghana has never denied.",
    # a relative clause on a thing, not on a charge
    "The court upheld the verdict, a decision which Peru disputes.",
    "Peru filed the claim, which Chile disputes.",
])
def test_no_answer_without_the_construction(article, text):
    assert _rejections(article, text) == []


@pytest.mark.parametrize(("text", "answerer", "accuser"), [
    ("Ghana accuses Togo of arming the militia, a charge Togo rejects.", "Togo", "Ghana"),
    ("Nigeria blames Niger for the attacks, which Niamey denies.", "Niamey", "Nigeria"),
    ("Iraq accused Iran of funding the militias, allegations Tehran has repeatedly rejected.", "Tehran", "Iraq"),
])
def test_the_construction_is_read_from_the_words(nlp, text, answerer, accuser):
    doc = nlp(text)
    acts = answered_charges(doc[:], [t.text.lower() for t in doc], load_answer_rules(), "016")
    assert [(a.speakers[0].text, a.spoken_of[0].text) for a in acts] == [(answerer, accuser)]


def test_a_sentence_without_the_words_is_not_read(nlp):
    doc = nlp("Ghana accuses Togo of arming the militia.")
    assert answered_charges(doc[:], [t.text.lower() for t in doc], load_answer_rules(), "016") == []
