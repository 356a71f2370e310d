"""Session 22 (statecraft22): economic statecraft the coder did not see or misread, in invented sentences of other
wording than tests/articles/statecraft.jsonl: retaliation with tariffs or curbs is a sanction (163), not an attack;
curbs named with the trade they restrict ("controls on sales of chips", parsed with the "on" hung on the verb);
energy flows halted and trade frozen (160); trade forbidden ("barred firms from selling"); money a lender approves
or rolls over (071); "listed as a terrorist organisation", a travel ban renewed (163); a measure or an accession
held up is blocked (120), money held up withheld (162); a share of a trade ("imports a third of its gas from") is a
statistic, no cooperation. And the same words of no such act."""

import pytest
from lonesentences import act_table_tests, assert_act_coded

# (sentence, PLOVER type wanted, CAMEO code it starts with), each coded alone through the whole pipeline
FOUND = [
    ("Ottawa retaliated with tariffs on American steel on Friday.", "SANCTION", "163"),
    ("Tokyo hit back with export curbs on fluorinated chemicals.", "SANCTION", "163"),
    # (the parser hangs "with tariffs" on the curbs: senses.yaml recodes a retaliation told with trade words)
    ("Ottawa retaliates against U.S. steel duties with tariffs on bourbon", "SANCTION", "163"),
    ("Beijing retaliated for the duties by blacklisting three American firms.", "SANCTION", "163"),
    ("Japan announced curbs on exports of chemicals to South Korea.", "SANCTION", "163"),
    ("The Netherlands widened its controls on sales of lithography machines to Chinese buyers.", "SANCTION", "163"),
    ("Russia stopped gas deliveries to Bulgaria on Wednesday.", "SANCTION", "16"),
    ("Azerbaijan halted oil flows to Georgia after the dispute.", "SANCTION", "16"),
    ("Ankara froze trade with Israel in May.", "SANCTION", "16"),
    ("Washington barred its firms from selling drones to Venezuela.", "SANCTION", "163"),
    ("The World Bank board approved $500 million for Ghana on Tuesday.", "AID", "071"),
    ("Saudi Arabia rolled over a $3 billion deposit for Pakistan.", "AID", "071"),
    ("Australia listed the militia as a terrorist organisation.", "SANCTION", "163"),
    ("The council renewed the travel ban and asset freeze on six commanders of the militia.", "SANCTION", "163"),
    ("Iran exported drones to Russia last year.", "COOPERATE", "061"),
    ("Turkey held up Sweden's accession to the alliance for a year.", "REJECT", "120"),
    ("The White House held up $95 million in military aid to Kyiv.", "SANCTION", "162"),
]

# the same words of no such act: (sentence, CAMEO code that must not be coded)
NOT_FOUND = [
    ("The army retaliated against the rebels on Monday.", "163"),
    ("The court barred the opposition candidate from running in the election.", "163"),
    ("The government tightened controls on the border with Syria.", "163"),
    ("A crash on the motorway held up traffic for hours.", "120"),
    # a share of a trade is a statistic, no act of cooperation
    ("Spain buys gas abroad and imports about a third of it from Algeria.", "061"),
    ("Iraq exports most of its oil to China and India.", "061"),
    ("Germany imports 40 percent of its gas from Norway.", "061"),
]


test_the_act_is_coded, test_the_same_words_of_no_act_are_not = act_table_tests(FOUND, NOT_FOUND)


@pytest.mark.slow
@pytest.mark.parametrize("text", ["The army retaliated against the rebels on Monday.",
                                  "Iran retaliated against the sanctions with missile strikes on the base."])
def test_a_retaliation_with_arms_stays_an_attack(pipeline_coder, text):
    assert_act_coded(pipeline_coder, text, "ASSAULT", "19")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target"), [
    ("Britain designated the militia a terrorist group on Monday.", "militia"),
    ("Washington on Tuesday designated the armed group Jund al-Fajr in eastern Chad a terrorist organisation.",
     "armed group"),
])
def test_who_is_designated_is_the_target_not_the_label(pipeline_coder, text, target):
    events = [e for e in pipeline_coder.code_text(text).events if e.event.cameo == "163"]
    assert events and all(any(target in t.text for t in e.target) for e in events), \
        [(e.trigger.text, [t.text for t in e.target]) for e in events]
