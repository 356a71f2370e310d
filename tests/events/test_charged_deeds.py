"""The deed a verb of charging says someone did (modality.yaml charging_governors, modality.charged_deed): in a whole
article the charge is the act coded ("accused the charity of supplying fuel to the insurgents" is an ACCUSE) and the
deed, told by a gerund after "of" or "for", is what the charge is about, no event of its own; a deed of force is the
violence reported and stays coded (session 27). Invented sentences."""

import pytest
from eventpicks import coded_types, word_token

from eventscope.events.modality import charged_deed, modality_of


@pytest.mark.parametrize(("text", "deed", "cameo"), [
    ("The minister accused the charity of supplying fuel to the insurgents.", "supplying", "070"),
    ("The opposition criticised the governor for abandoning his pledge to build schools.", "pledge", "030"),
    ("Observers faulted the ministry for hosting the exiled generals.", "hosting", "043"),
    ("The council accused the mayor of negotiating and signing the deal in secret.", "signing", "057"),
])
def test_a_deed_charged_is_what_the_charge_is_about(nlp, patterns, text, deed, cameo):
    assert charged_deed(word_token(nlp(text), deed), cameo, patterns.modality)


@pytest.mark.parametrize(("text", "deed", "cameo"), [
    # a deed of force is coded as the violence reported
    ("Kenya accused Uganda of shelling the border town.", "shelling", "194"),
    ("The monitors accused Togo of arming the militia.", "arming", "072"),
    # praise or thanks is not a charge; a deed with no verb of charging is an act of its own
    ("The minister thanked Japan for sending food to the refugees.", "sending", "070"),
    ("The charity began supplying fuel to the hospitals.", "supplying", "070"),
    # a charge with an object that is no deed
    ("The court found the ministry guilty of contempt after it kept supplying fuel.", "supplying", "070"),
])
def test_other_acts_are_not_charged_deeds(nlp, patterns, text, deed, cameo):
    assert not charged_deed(word_token(nlp(text), deed), cameo, patterns.modality)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "charge", "deed"), [
    ("The interior minister accused the charity of supplying fuel to the insurgents.", "ACCUSE", "AID"),
    ("The senator accused the governor of blackmailing the smaller towns by withholding funds.", "ACCUSE", "THREATEN"),
])
def test_a_charged_deed_is_not_coded_beside_the_charge(article, text, charge, deed):
    plovers = coded_types(article, text)
    assert charge in plovers
    assert deed not in plovers


@pytest.mark.slow
def test_a_deed_of_force_is_still_coded_beside_the_charge(article):
    # (a deed praised, "thanked Japan for sending aid", is no event of its own since session 32:
    # selection._judged_deed, test_selection.py)
    assert "ASSAULT" in coded_types(article, "Kenya accused Uganda of shelling the border town.")


# The asking verbs that were no modality cue of their own (modality.yaml hypothetical_governors, session 27), and an
# infinitive after the object of a verb of asking that the parser hangs on as a clause of purpose: what is asked for
# is hypothetical (modality.modality_of), and in a whole article not coded beside the asking (test_asked_acts.py).
@pytest.mark.parametrize(("text", "act"), [
    ("Activists spent years lobbying European governments to condemn the purge.", "condemn"),
    ("The bishops implored the generals to free the prisoners.", "free"),
    ("The minister pressed the rebels to release the hostages.", "release"),
])
def test_an_act_asked_for_is_hypothetical(nlp, patterns, text, act):
    assert modality_of(word_token(nlp(text), act), patterns.modality).modality == "hypothetical"


@pytest.mark.parametrize(("text", "act"), [
    ("The president sent troops to protect the border.", "protect"),
    ("The minister visited the camp to thank the volunteers.", "thank"),
])
def test_a_purpose_clause_of_another_verb_is_not_asked_for(nlp, patterns, text, act):
    assert modality_of(word_token(nlp(text), act), patterns.modality).modality != "hypothetical"
