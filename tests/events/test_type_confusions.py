"""Which type a trigger gets where another family's word is near (invented sentences, real parses): a blow dealt
"with" sanctions is a sanction, an amount "in aid" is aid (or aid cut), people evacuated are helped, a jail term
handed down is a detention, a ban aimed at another state is a sanction and assets frozen at home are seized."""

import pytest


def _coded(coder, text):
    return [(e.event.plover, e.event.cameo) for e in coder.code_text(text).events]


def _types(coder, text):
    return {plover for plover, _ in _coded(coder, text)}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    # verbs of dealing a blow whose "with" phrase names the act (triggers.yaml `means_verbs`)
    ("Ruritania hit Freedonia with new sanctions on Friday.", "SANCTION"),
    ("Ruritania hit Freedonia with a fresh round of sanctions.", "SANCTION"),
    ("Freedonia struck back at Ruritania with tariffs on its cheese.", "SANCTION"),
    ("Washington targeted the chipmakers with sweeping export controls.", "SANCTION"),
    # ... but a blow with a weapon stays a blow
    ("Police hit the protesters with batons.", "ASSAULT"),
    ("The army hit the town with artillery.", "ASSAULT"),
])
def test_a_blow_dealt_with_an_act_is_that_act(pipeline_coder, text, plover):
    assert _types(pipeline_coder, text) == {plover}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    # an amount of money "in" aid is the aid (the amount's verb carries it), and aid cut when it is cut
    ("Norway earmarked 40 million dollars in emergency relief for Somalia.", "AID"),
    ("Japan released 300 million dollars in military aid to Ukraine.", "AID"),
    ("Washington cut 40 million dollars in aid to Uganda.", "SANCTION"),
    # money lent or deposited, doses given, cargo flown or ferried
    ("Japan lent Sri Lanka 500 million dollars to pay for fuel imports.", "AID"),
    ("Kuwait deposited 2 billion dollars at Egypt's central bank.", "AID"),
    ("China gave Cambodia two million vaccine doses.", "AID"),
    ("Germany flew tents and heaters to Turkey after the earthquake.", "AID"),
    # what aid comes in: packages
    ("Washington unveiled a fresh military assistance package for Ukraine.", "AID"),
    # people taken out of danger are helped (humanitarian aid)
    ("Norwegian troops evacuated 300 civilians from the besieged city.", "AID"),
    ("American troops evacuated thousands of Afghan civilians from the airport.", "AID"),
])
def test_aid_in_its_many_wordings(pipeline_coder, text, plover):
    assert _types(pipeline_coder, text) == {plover}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    # an army that evacuates a town, or a minister who flies somewhere, does what it did before
    ("The army evacuated the town ahead of the rebel advance.", "RETREAT"),
    ("The minister flew to Paris on Monday.", "CONSULT"),
])
def test_moving_oneself_is_no_aid(pipeline_coder, text, plover):
    assert _types(pipeline_coder, text) == {plover}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo"), [
    # a jail term meted out detains; one only sought is not (yet)
    ("A court handed the journalist a four-year jail term.", "173"),
    ("The judge imposed a ten-year prison sentence on the former minister.", "173"),
    ("Police hauled in three activists for questioning.", "173"),
    # diplomats kicked out are expelled (a sanction), migrants kicked out are deported
    ("Britain kicked out 23 Russian diplomats.", "166"),
])
def test_custody_and_expulsions(pipeline_coder, text, cameo):
    assert cameo in [c for _, c in _coded(pipeline_coder, text)]


@pytest.mark.slow
def test_a_sentence_only_sought_is_no_detention(pipeline_coder):
    assert "173" not in [c for _, c in _coded(pipeline_coder, "Prosecutors asked the court for a ten-year prison term for the editor.")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    # a ban or closure aimed at another state, its firms or officials is a sanction (senses.yaml recodes)
    ("Canada barred Russian ships from its ports.", "SANCTION"),
    ("India banned 59 Chinese apps, citing security risks.", "SANCTION"),
    ("The European Union imposed a travel ban on Belarusian officials.", "SANCTION"),
    # ... one on people, or at home, stays coercion
    ("Thailand barred Cambodian migrant workers from entering the country.", "COERCE"),
    ("Egypt banned the opposition party.", "COERCE"),
    # ... and so does a ban on a foreign currency, flag or schoolbook used at home (session 35: senses.yaml home_tokens),
    # where foreign trucks or apps banned stay a sanction
    ("Latvia banned the Russian currency in its eastern towns.", "COERCE"),
    ("Georgia's government banned Russian roubles in shops near the border.", "COERCE"),
    ("Estonia banned the Russian flag at public events.", "COERCE"),
    ("Ukraine banned Russian textbooks in its schools.", "COERCE"),
    ("Lithuania banned Russian trucks from its roads.", "SANCTION"),
    # assets frozen abroad are a sanction, at home they are seized
    ("The European Union froze the assets of two Russian banks.", "SANCTION"),
    ("Egypt froze the assets of 89 members of the Muslim Brotherhood.", "COERCE"),
])
def test_bans_and_freezes_by_whom_they_hit(pipeline_coder, text, plover):
    assert plover in _types(pipeline_coder, text)
    assert {"SANCTION", "COERCE"} - {plover} <= {"SANCTION", "COERCE"} - _types(pipeline_coder, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    # refugees hosted, taken in or welcomed are given refuge (075), not a visit hosted or praise
    ("Turkey hosts nearly four million Syrian refugees.", "AID"),
    ("Poland took in two million Ukrainian refugees last year.", "AID"),
    ("Germany welcomed 800 Afghan evacuees on Sunday.", "AID"),
    ("The minister hosted his Japanese counterpart.", "CONSULT"),
    # money put up for another's building
    ("Japan footed the bill for the new bridge in Cambodia.", "AID"),
    ("The kingdom paid for the reconstruction of schools in Gaza.", "AID"),
    # a war of tariffs is a sanction; a war waged with arms is not
    ("Washington launched a trade war against Beijing.", "SANCTION"),
    ("The army waged war against the rebels.", "ASSAULT"),
    # a courtesy call is a visit, not an appeal
    ("The ambassador paid a courtesy call on the foreign minister.", "CONSULT"),
    # a fine an authority imposes coerces; the headquarters cordoned off are closed
    ("A court fined the newspaper for insulting the president.", "COERCE"),
    ("Police cordoned off the opposition headquarters in the capital.", "COERCE"),
])
def test_words_of_one_family_near_another(pipeline_coder, text, plover):
    assert plover in _types(pipeline_coder, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # a request not accepted, calls not heeded, inspectors turned away: refusals (REJECT), not the request
    "China said it would not accept any request from Taiwan to join the body.",
    "Britain said it would not heed calls from Brussels to delay the vote.",
    "Iran turned away UN nuclear inspectors at the airport.",
])
def test_requests_refused_are_rejections(pipeline_coder, text):
    assert "REJECT" in _types(pipeline_coder, text)
    assert "REQUEST" not in _types(pipeline_coder, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The referee fined the player for dissent.",
    "The hotel hosts five hundred guests every weekend.",
    "The two supermarkets are locked in a price war.",
])
def test_private_fines_guests_and_price_wars_are_no_act(pipeline_coder, text):
    assert not _types(pipeline_coder, text) - {None}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "target"), [
    # backing an act against someone joins it (triggers.yaml: the embeds of back, support, endorse)
    ("Senate Democrats backed the impeachment of the governor.", "ACCUSE", "USA"),
    ("Germany supported the investigation into Russian war crimes.", "ACCUSE", "RUS"),
    # backing someone, or a plan, supports
    ("The United States supports Ukraine.", "SUPPORT", "UKR"),
])
def test_backing_an_act_against_someone_joins_it(pipeline_coder, text, plover, target):
    events = [e for e in pipeline_coder.code_text(text).events if e.event.plover == plover]
    assert any(target in [a.country for a in e.target] for e in events)
    assert {"SUPPORT", "ACCUSE"} - {plover} <= {"SUPPORT", "ACCUSE"} - _types(pipeline_coder, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    # people with no arms and no state who block roads obstruct passage in protest (senses.yaml recode, session 35) ...
    ("Farmers maintained their blockades of the main highways in Peru for a third day.", "PROTEST"),
    ("Striking miners in Bolivia kept up their blockades of the southern highways.", "PROTEST"),
    # ... where rebels or a navy besiege
    ("Rebels imposed a blockade on the city of Kidal.", "COERCE"),
    ("The Israeli navy enforced a blockade of Gaza.", "COERCE"),
])
def test_a_blockade_by_people_is_a_protest_by_an_armed_force_a_siege(article, text, plover):
    types = _types(article, text)
    assert plover in types and not {"PROTEST", "COERCE"} - {plover} & types


def _cameos(coder, text):
    return {cameo for _, cameo in _coded(coder, text)}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo"), [
    # (session 35) the target refinements read through a noun that only gathers people (triggers.yaml gathering_heads):
    # people driven out are deported, a body's people expelled with it
    ("Spanish police removed a group of Moroccan fishermen from the harbour on Tuesday.", "174"),
    ("The Malian junta expelled a group of French diplomats on Monday.", "166"),
    # near miss: a group that is the body itself is still expelled as one
    ("The Chadian government expelled the group from the country.", "166"),
])
def test_a_group_of_people_is_read_as_the_people(article, text, cameo):
    assert cameo in _cameos(article, text) and not {"166", "174"} - {cameo} & _cameos(article, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "cameo"), [
    # (session 35) a state of being held on a verb of dying names where one died, no arrest (triggers.yaml held_states)
    ("An opposition activist died in custody in Minsk, his lawyers said.", None),
    ("A Kurdish journalist died in detention in Ankara last week.", None),
    # near misses: one still held, one taken in, a death in a raid or after torture
    ("The opposition leader remains in custody in Minsk.", "173"),
    ("Police took the journalist into custody on Friday.", "173"),
    ("Two prisoners died after torture in a military prison, the rights group said.", "1822"),
])
def test_dying_in_custody_is_no_arrest(article, text, cameo):
    cameos = _cameos(article, text)
    if cameo is None:
        assert "173" not in cameos, cameos
    else:
        assert cameo in cameos, cameos
