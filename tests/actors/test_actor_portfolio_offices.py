"""An office of a portfolio whose own words say no country ("Economy Minister Lena Vogt", "the trade minister") is of
the country of the last body of that portfolio named before it with its country in its paragraph ("Germany's economy
ministry"), not of the dateline's or the story's (titles.yaml portfolio_bodies; session 31). A secretary heads a department or an
office, never a ministry; an office of no portfolio ("Prime Minister") is left to the other rules. The texts were
written for this test."""

from __future__ import annotations

import pytest
from page_mentions import mention_codes


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "code"), [
    ("PARIS - France said on Monday it would tax imported steel from June. "
     "Germany's economy ministry said the tax broke European rules, and the Chinese commerce ministry warned of a "
     "response. Economy Minister Lena Vogt said Berlin would ask the European Commission to act.",
     "Economy Minister Lena Vogt", "DEUGOV"),
    ("KAMPALA - Kenya's trade ministry complained on Monday about lorries held at the Ugandan border. "
     "Ugandan officials said the checks were needed. "
     "The trade minister said Nairobi would take the dispute to the regional court.", "The trade minister", "KENGOV"),
    # the body's complement names its portfolio
    ("MANILA - Vietnam and the Philippines held talks on fishing on Tuesday. "
     "The Philippine Department of Agriculture said catches had fallen. "
     "Agriculture Secretary Tomas Reyes said the boats needed protection.", "Agriculture Secretary Tomas Reyes",
     "PHLGOV"),
    # a word of another office ("shadow") and a party's word before it are no portfolio
    ("The Foreign Office summoned Iran's ambassador on Monday over the arrest of two aid workers. "
     "Iran's foreign ministry said the workers had broken the law. "
     "The Liberal shadow foreign secretary, Ann Ode, said the summons came too late.",
     "shadow foreign secretary, Ann Ode", "GBROPP"),
])
def test_an_office_takes_the_country_of_its_portfolios_body(pipeline_coder, text, words, code):
    assert mention_codes(pipeline_coder, text, words) == [code]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "wrong"), [
    # a secretary heads no ministry
    ("WASHINGTON - China's commerce ministry said on Monday it would curb exports of rare earths.\n\n"
     "Commerce Secretary Ann Ode said the curbs would hurt farmers.", "Commerce Secretary Ann Ode", "CHNGOV"),
    # a body of the portfolio in another paragraph: another country's story
    ("BERLIN - Germany asked its neighbours for help with rail freight. Austria's transport ministry said on Monday it "
     "would study the request.\n\nSeveral members of parliament in Berlin criticised the transport minister, Ann Ode, "
     "for the delays.", "the transport minister, Ann Ode", "AUTGOV"),
    # no portfolio in "Prime Minister"
    ("NAIROBI - Uganda's foreign ministry said on Monday that the border would stay open.\n\n"
     "Prime Minister Ann Ode said the decision was wise.", "Prime Minister Ann Ode", "UGAGOV"),
])
def test_no_portfolio_body_no_country_from_it(pipeline_coder, text, words, wrong):
    assert wrong not in mention_codes(pipeline_coder, text, words)
