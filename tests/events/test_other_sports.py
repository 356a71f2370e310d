"""Sports beyond ball games (session 30): a page on a canoe sprint, a biathlon relay or a judo final names nations'
crews and athletes by country and demonym with words of war and of courts ("attacked", "invaded", "protested to the
jury", "banned", "appealed"); the sports' own words (senses.yaml `sport`) make the page sport and its countries teams,
and a minister presenting the medals acts on no one. A political page with the same verbs stays political.
Invented pages."""

import pytest

pytestmark = pytest.mark.slow

CANOE_TITLE = "Hungarian kayak four attack early to beat Germany in Szeged"
CANOE = (CANOE_TITLE + "\n"
         "The Hungarian kayak four attacked from the first stroke on Sunday and held off Germany by a third of a "
         "second in the 500 metres final at the canoe sprint world championships.\n"
         "Spain's canoeist drifted into the Polish lane in the semi-final, and Poland protested to the jury.\n"
         "The jury disqualified the Spanish paddler, and Spain appealed without success.\n"
         "The Czech coach accused the starter of releasing the boats early, but no protest was lodged.\n"
         "Hungary's sports minister presented the medals at the regatta course and congratulated the kayakers.\n"
         "The Australian sculler and the Danish rower watched from the bank before their own regatta next week.")

BIATHLON_TITLE = "Norway surrender relay lead on the range as France storm to gold"
BIATHLON = (BIATHLON_TITLE + "\n"
            "France attacked on the last loop of the biathlon relay on Saturday, and Norway surrendered a lead of "
            "twenty seconds after two penalty loops at the range.\n"
            "Sweden protested that a French skier had blocked their anchor on the climb, and accused the race "
            "officials of ignoring it.\n"
            "The protest was rejected, and the Swedish team were fined for a late start at the exchange.\n"
            "Germany beat Italy to the bronze in a sprint for the line, the skiers falling over the finish.\n"
            "The French president, who attended the biathlon in Annecy, hugged the biathletes at the finish area.\n"
            "The women's relay is on Sunday, with the Norwegian skiers the favourites.")

POLITICAL_TITLE = "Senate Republicans attach border rider to funding bill"
POLITICAL = (POLITICAL_TITLE + "\n"
             "WASHINGTON - Senate Republicans on Tuesday attached a border security rider to the funding bill, and "
             "Democrats accused them of holding the government hostage.\n"
             "The White House rejected the rider and urged the Senate to pass a clean bill.\n"
             "Speaker Mike Johnson defended the measure, saying the rider was needed.")


@pytest.mark.parametrize(("title", "text"), [(CANOE_TITLE, CANOE), (BIATHLON_TITLE, BIATHLON)])
def test_a_race_of_nations_crews_and_athletes_is_no_war(pipeline_coder, title, text):
    events = pipeline_coder.code_text(text, title=title).events
    assert not events, [(e.sentence_index, e.trigger.text, e.event.plover) for e in events]


def test_a_political_page_with_a_bills_rider_stays_political(pipeline_coder):
    events = pipeline_coder.code_text(POLITICAL, title=POLITICAL_TITLE).events
    told = {(e.trigger.text, e.event.plover) for e in events}
    assert ("accused", "ACCUSE") in told and ("rejected", "REJECT") in told, told
