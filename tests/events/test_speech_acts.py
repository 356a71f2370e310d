"""The speech-act battery (speech_acts_cases.yaml, session 20): criticism, praise, demands and refusals voiced without
the stock verbs (quoted judgements, namings, harmful-effect claims, idioms of blame, "X must go", "will not be
blackmailed by"), and near misses of the same shapes that are no act. Each sentence is read as a whole article (the
`article` fixture), as the invented and dev articles are; then the constructions added for it, on sentences of other
wording than the battery's."""

from pathlib import Path

import pytest
import yaml
from eventpicks import assert_families_floors, assert_no_event_floor, judged

CASES: dict[str, list] = yaml.safe_load((Path(__file__).parent / "speech_acts_cases.yaml").read_text(encoding="utf-8"))
FAMILIES = [family for family in CASES if family != "NEAR_MISS"]

# Shares measured when the set was written (session 20, before its fixes, on main 56058b1): found 22/47, both countries
# right 22/47, near misses with no event 35/40; after them (speech20 branch): 34/47, 33/47, 37/40.
FOUND_FLOOR, DYAD_FLOOR, NEAR_MISS_FLOOR = 0.70, 0.68, 0.90


def test_the_set_is_large_and_balanced():
    positives = sum(len(CASES[family]) for family in FAMILIES)
    assert positives + len(CASES["NEAR_MISS"]) >= 80 and len(CASES["NEAR_MISS"]) >= 35


@pytest.mark.slow
def test_speech_acts_without_stock_verbs_are_coded(article):
    assert_families_floors(article, CASES, FAMILIES, (FOUND_FLOOR, DYAD_FLOOR))


@pytest.mark.slow
def test_the_same_shapes_with_no_act_are_mostly_no_event(article):
    assert_no_event_floor(article, [{"text": text} for text in CASES["NEAR_MISS"]], NEAR_MISS_FLOOR)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    # pressure refused in the passive: the subject refuses the by-agent (speech.yaml refusal_passives)
    ('"We will not be intimidated by Ankara," the Cypriot president said.', "REJECT", "CYP", "TUR"),
    ("The Lithuanian prime minister said Lithuania would not be pressured by Beijing.", "REJECT", "LTU", "CHN"),
    # "it is time for X to ...", "it is high time X did ...": a demand, as "must" (modality.yaml obliging_nouns)
    ('"It is high time Moscow withdrew its troops from Moldova," the Romanian foreign minister said.', "REQUEST", "ROU", "RUS"),
    ("The Armenian opposition said it was time for the Armenian prime minister to step down.", "REQUEST", "ARM", "ARM"),
    # names that criticise only as what a naming verb calls someone (speech.yaml naming_insults)
    ("The Nicaraguan government labelled the exiled Nicaraguan priests foreign agents.", "ACCUSE", "NIC", "NIC"),
    ("The Russian foreign ministry described the Estonian diplomats as spies.", "ACCUSE", "RUS", "EST"),
    # an idiom opened by a verb of failure ("throw", "break") is still an idiom when no promise is its object
    ("The Kenyan farmers union said the Kenyan agriculture ministry had thrown growers to the wolves.", "ACCUSE", "KEN", "KEN"),
    ("The Peruvian senator said the Peruvian government was playing with fire in the mining towns.", "ACCUSE", "PER", "PER"),
    # the harm an actor's measure does, said by a speaker, judges the measure's owner (speech.yaml measure_harms)
    ("The Brazilian senator said Beijing's new import rules would strangle the soybean trade.", "ACCUSE", "BRA", "CHN"),
    # a naming parsed as the object's own object ("called the raids a crime against humanity")
    ("The Lebanese president called the Israeli raids a crime against humanity.", "ACCUSE", "LBN", "ISR"),
    # what a speaker says someone has been to another, qualified as good (speech.yaml partner_nouns)
    ('"Norway has been a reliable partner to Iceland," the Icelandic prime minister said.', "SUPPORT", "ISL", "NOR"),
    ("The Ghanaian president said Togo had been a good neighbour during the crisis.", "SUPPORT", "GHA", "TGO"),
    # a label a naming verb gives in quotation marks, with no word of judgement in it, judges by its tone
    ('The Ohio senator called the governor\'s budget "a magic trick with other people\'s money."', "ACCUSE", "USA", "USA"),
    ('The Mexican senator called the American border rules "a wall made of paperwork".', "ACCUSE", "MEX", "USA"),
    # a rhetorical question in a quote that goes on with a speaker named before (speech.find_rhetorical_questions)
    ('The Greek opposition leader spoke after the fire. "Families have lost everything," she said. "How could the '
     'Greek interior minister let this happen?"', "ACCUSE", "GRC", "GRC"),
    ('"Farmers are not asking for favours," the Polish senator said. "Who gave Brussels the right to decide what they '
     'plant?"', "ACCUSE", "POL", "IGO"),
])
def test_constructions_of_the_battery_in_other_words(article, text, plover, source, target):
    assert judged(article, text, plover, source, target)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The former spy told the Dutch court that he had been paid in cash.",  # who he is, not what he is called
    "The Japanese agent said the singer would tour Europe in the spring.",
    "The Chilean minister said the drought would devastate the harvest.",  # a thing's harm: no owner judged
    '"I will not bow out of the race," the Spanish cyclist said.',  # another verb than "bow to"
    "The Irish minister said it was time for the schools to reopen after the storm.",  # no act bidden of an actor
    '"Neighbours help neighbours," the Slovenian mayor said after the floods.',  # a partner noun with no quality
    "Austria, a close partner of Hungary, said the bridge would reopen in May.",  # who is who, no praise
    "The Dutch foreign minister stood by the door as the talks began.",  # a place stood at (senses.yaml: stand)
    '"Our team has done brilliant work on the budget," the Danish finance minister said.',  # the speaker's own work
    "The Austrian minister called the new museum \"Vienna's living room\".",  # a name, no label of a determiner
    # questions about no actor, or about the speaker's own side
    'The Irish mayor spoke after the storm. "Roads are closed," she said. "How can anyone cross the river today?"',
    'The Danish minister opened the bridge. "It took ten years," he said. "How can we thank the builders enough?"',
])
def test_their_near_misses_code_nothing(article, text):
    assert not [e.event.plover for e in article.code_text(text).events if e.event.plover]
