"""A noun of cooperation that names a thing as often as an act (senses.yaml named_things, session 22): in a whole
article, one no light verb carries names the thing ("under the accord", "a row over the loan"), and the act is the
verb's ("extended a loan", "signed an agreement"). Invented sentences, the whole pipeline reading each as a whole
article."""

import pytest
from eventpicks import coded_types


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    ("Under the accord, Colombian rebels will hand in their rifles to UN monitors by March.", "SUPPORT"),
    ("Kenyan ministers quarrelled for hours over the loan for Uganda's railway.", "AID"),
    ("The Chilean government revoked its trade agreement with Bolivia on Monday.", "SUPPORT"),
    # (session 23) an order blocked, upheld or challenged is the decree, not a demand made
    ("A federal judge in Ohio blocked the governor's executive order on school funding.", "REQUEST"),
    ("An appeals court upheld a similar order issued by the Texas governor in 2021.", "REQUEST"),
])
def test_a_noun_no_verb_carries_names_a_thing(article, text, plover):
    assert plover not in coded_types(article, text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover"), [
    ("Japan extended a loan of $200 million to Kenya on Tuesday.", "AID"),
    ("Norway signed a trade agreement with Chile in Oslo.", "SUPPORT"),
    ("The Peruvian general issued an order to disperse the marchers in Lima.", "REQUEST"),
])
def test_a_noun_a_light_verb_carries_is_the_act(article, text, plover):
    assert plover in coded_types(article, text)
