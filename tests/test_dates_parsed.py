"""Event dates over real parses (the model): which date phrase of a sentence is the event's, and what a date
says about modality. Sentences invented for these tests; published on Thursday 16 May 2024."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.dates import DateResolver, codebook_date
from eventscope.records import Event, EventType, Span

pytestmark = pytest.mark.slow
THURSDAY = date(2024, 5, 16)


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


def dated(nlp, resolver: DateResolver, text: str, trigger: str, modality: str = "asserted",
          sentence: str | None = None) -> Event:
    """The event at `trigger` (in `sentence`, by default the whole text), dated."""
    first = text.index(sentence) if sentence else 0
    last = first + len(sentence) if sentence else len(text)
    start = text.index(trigger, first)
    event = Event(id="e", article_id="a", sentence_index=0,
                  event=EventType(cameo="042", cameo_root="04", quad_class=1, goldstein=1.9),
                  trigger=Span(text=trigger, start=start, end=start + len(trigger)),
                  evidence=Span(text=text[first:last], start=first, end=last), modality=modality)
    return resolver.date(nlp(text), event, THURSDAY)


def test_a_date_in_a_clause_about_another_noun_is_not_the_events(nlp, resolver):
    event = dated(nlp, resolver, "Voters blame the generals, who ruled the country from 1982 to 1990, for the crisis.",
                  "blame")
    assert (codebook_date(event), event.date_reason, event.modality) == (None, "publication", "asserted")


def test_a_date_that_bounds_a_stretch_is_no_date_but_makes_the_past_background(nlp, resolver):
    event = dated(nlp, resolver, "After the coup in 1999, soldiers attacked the parliament.", "attacked")
    assert (event.date, event.modality) == (None, "historical")


def test_a_date_on_a_noun_beside_the_event_is_that_nouns(nlp, resolver):
    event = dated(nlp, resolver, "The mayor welcomed the minister's promise on Tuesday to rebuild the bridge.",
                  "welcomed")
    assert event.date_reason == "publication"


def test_the_occasion_of_the_event_gives_its_date(nlp, resolver):
    event = dated(nlp, resolver, "In an interview published on Monday, the senator criticised the governor.",
                  "criticised")
    assert codebook_date(event) == "2024-05-13"


def test_the_main_clause_date_dates_its_participle(nlp, resolver):
    event = dated(nlp, resolver, "Gunmen stormed a hotel on Tuesday, killing four guards.", "killing")
    assert codebook_date(event) == "2024-05-14"


@pytest.mark.parametrize(("text", "trigger", "label"), [
    ("The president travels to Brazil on Sunday.", "travels", "2024-05-19"),
    ("The envoy arrives in Oslo later today.", "arrives", "2024-05-16"),
    ("The envoy arrives in Oslo later on Thursday.", "arrives", "2024-05-16"),
    ("Parliament votes on the budget on June 3.", "votes", "2024-06-03"),
    ("The court hears the appeal in March.", "hears", "2025-03"),
])
def test_an_event_dated_ahead_of_publication_and_not_told_in_the_past_is_future(nlp, resolver, text, trigger, label):
    event = dated(nlp, resolver, text, trigger)
    assert (codebook_date(event), event.modality) == (label, "future")


@pytest.mark.parametrize(("text", "trigger"), [
    ("The envoy later met the rebels on Thursday.", "met"),
    ("The talks resume on Thursday.", "resume"),
])
def test_an_event_of_the_publication_day_stays_asserted(nlp, resolver, text, trigger):
    assert dated(nlp, resolver, text, trigger).modality == "asserted"


def test_a_nominal_event_with_an_old_date_of_its_own_happened(nlp, resolver):
    event = dated(nlp, resolver, "Aid groups warned of a famine akin to the blockade of the port in 2017.", "blockade",
                  modality="hypothetical")
    assert (codebook_date(event), event.modality) == ("2017", "historical")


@pytest.mark.parametrize(("text", "trigger"), [
    ("The senator has criticised the governor in the past.", "criticised"),
    ("The two states have cooperated in the decades since the treaty.", "cooperated"),
    ("In the 1960s, students marched against the war in Paris.", "marched"),
    ("Back in the \u201970s, the mayor criticized the newspapers.", "criticized"),
    ("The army had seized the airport.", "seized"),
    ("Rebels had overrun the town, killing dozens of villagers.", "killing"),
])
def test_background_without_a_date_is_historical_and_undated(nlp, resolver, text, trigger):
    event = dated(nlp, resolver, text, trigger)
    assert (event.date, event.modality) == (None, "historical")


def test_a_dated_past_week_is_not_the_undated_past(nlp, resolver):
    assert dated(nlp, resolver, "Police raided the offices in the past week.", "raided").modality == "asserted"


def test_a_past_event_right_after_a_paragraph_about_an_earlier_year_is_background(nlp, resolver):
    text = "In 2003 the army took power in the capital.\nThe generals jailed the opposition leaders."
    event = dated(nlp, resolver, text, "jailed", sentence="The generals jailed the opposition leaders.")
    assert (event.date, event.modality) == (None, "historical")


# (session 30) a news story's short paragraph that dates one fact at its end is an aside: the next paragraph is news
ASIDE = ("The court ordered the arrest of three former ministers on Tuesday.\n"
         "The complaint was filed by the families of the victims in 2019.\n")


@pytest.mark.parametrize("sentence", [
    "The government rejected the order as an insult.",
    "The opposition welcomed the ruling and urged the police to act.",
])
def test_a_paragraph_after_a_short_aside_about_an_earlier_year_is_news(nlp, resolver, sentence):
    trigger = sentence.split()[2]
    event = dated(nlp, resolver, ASIDE + sentence, trigger, sentence=sentence)
    assert (event.date_reason, event.modality) == ("publication", "asserted")


def test_a_year_that_sets_the_scene_of_a_short_paragraph_carries_to_the_next(nlp, resolver):
    # "In 2019 ..." before the verb frames the narrative that follows, however short its paragraph
    text = "The court ordered the arrest of three former ministers on Tuesday.\nIn 2019 the families filed a complaint.\n"
    sentence = "The government rejected the complaint as an insult."
    event = dated(nlp, resolver, text + sentence, "rejected", sentence=sentence)
    assert (event.date, event.modality) == (None, "historical")


@pytest.mark.parametrize("sentence", [
    "The families filed the complaint with a judge in 2019. They accused the police of torture. "
    "The court heard witnesses for months.\nThe government rejected the complaint as an insult.",
    "The families filed the complaint with a judge in 2019.\nLawyers met the judge. The government rejected the "
    "complaint as an insult.",
])
def test_a_year_carries_from_a_story_paragraph_or_into_a_paragraph_that_goes_on(nlp, resolver, sentence):
    # a paragraph of three sentences tells a story; a sentence that does not open its paragraph goes on with it
    own = "The government rejected the complaint as an insult."
    event = dated(nlp, resolver, sentence, "rejected", sentence=own)
    assert (event.date, event.modality) == (None, "historical")


@pytest.mark.parametrize(("first", "label"), [
    # (session 30) a year on a clause after the main verb dates that clause, not the narrative: last October
    ("The juntas expelled the French troops before quitting the regional bloc in January 2022.", "2023-10"),
    ("In January 2022, the juntas expelled the French troops.", "2022-10"),  # it sets the time of what follows
    ("The juntas expelled the French troops in January 2022.", "2022-10"),  # it dates the main verb: the narrative's
])
def test_a_month_takes_the_year_of_a_sentence_before_only_from_its_main_verb_or_its_opening(nlp, resolver, first,
                                                                                              label):
    sentence = "The envoy left the capital in October."
    event = dated(nlp, resolver, first + " " + sentence, "left", sentence=sentence)
    assert codebook_date(event) == label


def test_a_stretch_of_years_is_no_year_for_the_paragraph(nlp, resolver):
    text = "The party ruled from 2003 to 2008. The generals jailed the opposition leaders."
    event = dated(nlp, resolver, text, "jailed", sentence="The generals jailed the opposition leaders.")
    assert (event.date_reason, event.modality) == ("publication", "asserted")


def test_a_stretch_since_a_decade_is_no_background(nlp, resolver):
    event = dated(nlp, resolver, "The army has fought rebels since the 1990s.", "fought")
    assert (event.date_reason, event.modality) == ("publication", "asserted")


def test_a_date_in_a_clause_with_a_time_of_its_own_is_not_the_events(nlp, resolver):
    event = dated(nlp, resolver, "The singer sued the club because he was attacked there on Monday.", "sued")
    assert event.date_reason == "publication"


def test_a_date_in_a_clause_at_the_same_time_is_the_events(nlp, resolver):
    event = dated(nlp, resolver, "When the envoy arrived on Monday, police arrested him.", "arrested")
    assert codebook_date(event) == "2024-05-13"


def test_a_participle_clause_is_told_in_its_heads_tense(nlp, resolver):
    text = "In 2003 the army took power in the capital.\nThe generals jailed the opposition leaders, leading to sanctions."
    event = dated(nlp, resolver, text, "sanctions", sentence="The generals jailed the opposition leaders, leading to sanctions.")
    assert (event.date, event.modality) == (None, "historical")


def test_several_past_years_are_no_one_date_but_background(nlp, resolver):
    event = dated(nlp, resolver, "The senator was a supporter of the governor's campaigns for the nomination in 2008 "
                  "and 2012.", "supporter")
    assert (event.date, event.modality) == (None, "historical")


def test_one_of_two_days_is_no_date(nlp, resolver):
    assert dated(nlp, resolver, "Talks were held on Monday or Tuesday.", "held").date_reason == "publication"


def test_a_noun_after_which_a_dated_clause_happens_is_not_dated_by_it(nlp, resolver):
    # "after" alone made the battles background; the clause is today's, so they are recent, and undated
    event = dated(nlp, resolver, "The president was relaxed today after bitter battles with Congress.", "battles",
                  modality="historical")
    assert (codebook_date(event), event.modality) == (None, "asserted")


def test_a_noun_after_which_an_old_clause_happens_stays_background(nlp, resolver):
    event = dated(nlp, resolver, "In 2009, after bitter battles with Congress, the governor resigned.", "battles",
                  modality="historical")
    assert (codebook_date(event), event.modality) == (None, "historical")


def test_a_date_in_the_nouns_own_phrase_still_dates_it(nlp, resolver):
    event = dated(nlp, resolver, "The talks resumed on Monday after the bombing of the port in 2019.", "bombing",
                  modality="historical")
    assert (codebook_date(event), event.modality) == ("2019", "historical")


def test_a_calendar_week_is_coded_as_its_month_and_keeps_its_direction(nlp, resolver):
    ahead = dated(nlp, resolver, "The president travels to Kenya next week.", "travels")
    assert (codebook_date(ahead), ahead.modality) == ("2024-05", "future")
    past = dated(nlp, resolver, "Police arrested twelve protesters in Minsk last week.", "arrested")
    assert (codebook_date(past), past.modality) == ("2024-05", "asserted")


def test_a_clause_a_named_gap_after_a_dated_act_is_not_dated_by_it(nlp, resolver):
    event = dated(nlp, resolver, "The army launched air strikes on Wednesday, a day after the rebels seized the town.",
                  "seized", modality="historical")
    assert (codebook_date(event), event.modality) == (None, "asserted")


def test_a_clause_of_the_same_episode_shares_its_hosts_date(nlp, resolver):
    event = dated(nlp, resolver, "The militants seized the hotel on Wednesday before commandos raided the compound.",
                  "raided")
    assert codebook_date(event) == "2024-05-15"


def test_the_past_perfect_is_not_dated_by_the_telling(nlp, resolver):
    # before Monday, but not well before: no date of its own, and not background
    event = dated(nlp, resolver, "On Monday, the government announced it had arrested 40 suspects.", "arrested")
    assert (codebook_date(event), event.modality) == (None, "asserted")
    old = dated(nlp, resolver, "In 2019, the government announced it had arrested 40 suspects.", "arrested")
    assert (codebook_date(old), old.modality) == (None, "historical")


def test_a_speakers_judgement_is_not_background_to_the_year_of_its_paragraph(nlp, resolver):
    from eventscope.records import Actor

    text = "In 1991, the premier opposed the talks. Smith said the premier failed the country."
    sentence = "Smith said the premier failed the country."
    start = text.index("Smith")
    smith = Actor(text="Smith", start=start, end=start + 5, name="Smith", kind="person")
    told = dated(nlp, resolver, text, "failed", sentence=sentence)
    assert told.modality == "historical"  # what the premier did, told in a paragraph about 1991
    judged = resolver.date(nlp(text), told.model_copy(update={"modality": "asserted", "source": [smith],
                                                              "attribution": [smith]}), THURSDAY)
    assert (codebook_date(judged), judged.modality) == (None, "asserted")  # Smith's judgement, said now


def test_a_season_over_for_more_than_a_month_is_background(nlp, resolver):
    old = dated(nlp, resolver, "The army attacked rebel positions last winter.", "attacked")
    assert (codebook_date(old), old.modality) == ("2024", "historical")
    current = dated(nlp, resolver, "The army attacked rebel positions this spring.", "attacked")
    assert (codebook_date(current), current.modality) == ("2024", "asserted")


def test_a_past_habit_is_background_with_no_date(nlp, resolver):
    habit = dated(nlp, resolver, "The minister used to accuse the neighbours of smuggling every month.", "accuse")
    assert (codebook_date(habit), habit.modality) == (None, "historical")
    tool = dated(nlp, resolver, "Police used tear gas to disperse the crowd.", "disperse")
    assert (tool.date_reason, tool.modality) == ("publication", "asserted")  # a tool, no habit


@pytest.mark.parametrize(("text", "trigger"), [
    ("At the time, the governor condemned the kidnappers.", "condemned"),
    ("Russia has retaliated against such expulsions in the past.", "retaliated"),  # on the object
    ("The militants have carried out attacks in Kenya since 2011.", "attacks"),
])
def test_a_phrase_of_the_clause_that_puts_it_in_the_past_makes_it_background(nlp, resolver, text, trigger):
    event = dated(nlp, resolver, text, trigger)
    assert (codebook_date(event), event.modality) == (None, "historical")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Since Monday, officers have arrested 12 gang members.", "arrested"),  # since a recent day
    ("The militants have carried out attacks in Kenya since January.", "attacks"),  # since this year's month
    ("At a summit, the governor condemned the kidnappers.", "condemned"),
])
def test_recent_stretches_and_other_phrases_are_not_background(nlp, resolver, text, trigger):
    assert dated(nlp, resolver, text, trigger).modality == "asserted"


def test_a_weekday_counted_from_the_story_is_not_this_week(nlp, resolver):
    text = "In March 2023, gangs attacked a police station. That Friday, police arrested three gang leaders."
    event = dated(nlp, resolver, text, "arrested", sentence="That Friday, police arrested three gang leaders.")
    assert (codebook_date(event), event.date_reason, event.modality) == ("2023-03", "episode", "historical")
    alone = dated(nlp, resolver, "The following Friday, police arrested three gang leaders.", "arrested")
    assert codebook_date(alone) is None  # no episode: no date, not the Friday before publication


def test_a_month_of_last_year_dates_the_event(nlp, resolver):
    event = dated(nlp, resolver, "Rebels attacked army bases in Khartoum in April last year.", "attacked")
    assert (codebook_date(event), event.modality) == ("2023-04", "historical")


def test_earlier_this_year_is_background_once_the_year_is_months_old(nlp, resolver):
    event = dated(nlp, resolver, "Earlier this year, prosecutors raided the tribunal's headquarters.", "raided")
    assert (codebook_date(event), event.modality) == ("2024", "historical")
    recent = dated(nlp, resolver, "Earlier this month, prosecutors raided the tribunal's headquarters.", "raided")
    assert (codebook_date(recent), recent.modality) == ("2024-05", "asserted")


def test_the_story_after_a_flashback_is_the_news_again(nlp, resolver):
    text = "Riot police had clashed with students on the campus in June 2023.\nThe students demanded the release of their leader."
    event = dated(nlp, resolver, text, "demanded", sentence="The students demanded the release of their leader.")
    assert (event.date_reason, event.modality) == ("publication", "asserted")
    told = "In June 2023, riot police clashed with students on the campus.\nThe students demanded the release of their leader."
    event = dated(nlp, resolver, told, "demanded", sentence="The students demanded the release of their leader.")
    assert event.modality == "historical"  # a story told in 2023 goes on


@pytest.mark.parametrize(("text", "trigger"), [
    ("Back then, the army shelled the village every night.", "shelled"),
    ("Years earlier, the rebels seized the town.", "seized"),
    ("Under the previous government, police routinely arrested journalists.", "arrested"),
    ("During the old regime, police arrested journalists.", "arrested"),
    ("In his previous job, the envoy met the rebel leaders.", "met"),
    ("In the former government, she criticised the army.", "criticised"),
])
def test_an_adverb_of_long_ago_or_an_era_told_as_over_makes_the_clause_background(nlp, resolver, text, trigger):
    event = dated(nlp, resolver, text, trigger)
    assert (codebook_date(event), event.modality) == (None, "historical")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Hours earlier, the rebels seized the town.", "seized"),
    ("Under the new law, police arrested 40 journalists.", "arrested"),
    ("Under pressure from the opposition, police arrested 40 journalists.", "arrested"),
    ("Police attacked the protesters in the old city.", "attacked"),  # "in" an era only with "previous", "former"
    ("In the previous week, police arrested 40 journalists.", "arrested"),  # a period: a date, not an era
])
def test_a_short_gap_or_an_era_not_over_is_not_background(nlp, resolver, text, trigger):
    assert dated(nlp, resolver, text, trigger).modality == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("For years, the fishermen have protested against the dam.", "protested"),
    ("For decades the coastal states have accused the company of dumping waste.", "accused"),
    ("The rebels, who fought the army for many years, signed the accord.", "fought"),
    ("The senator has long criticised the trade deal.", "criticised"),
    ("Ankara had long opposed the pipeline.", "opposed"),
    ("In recent years, the coast guard has seized dozens of fishing boats.", "seized"),
    ("Over the past two decades, the rebels have ambushed army convoys.", "ambushed"),
    ("Throughout his career, the senator criticised the central bank.", "criticised"),
    ("During her first term, the governor vetoed the budget twice.", "vetoed"),
])
def test_a_stance_kept_up_for_long_is_background(nlp, resolver, text, trigger):
    event = dated(nlp, resolver, text, trigger)
    assert (codebook_date(event), event.modality) == (None, "historical")


@pytest.mark.parametrize(("text", "trigger"), [
    ("A court jailed the opposition leader for five years.", "jailed"),  # a counted stretch: the act's own scope
    ("The league banned the club for two years.", "banned"),
    ("Farmers have protested for weeks against the tax.", "protested"),  # weeks: this month's news
    ("The rebels will fight as long as the army stays.", "fight"),
    ("The envoy left long before the talks collapsed.", "left"),
    ("Police have repeatedly arrested the activists.", "arrested"),
    ("In recent weeks, police have arrested dozens of protesters.", "arrested"),  # weeks: news
    ("A court banned the party for a decade.", "banned"),  # a counted stretch of its own
    ("The envoy said sanctions would hurt the economy in the long term.", "sanctions"),  # no one's term
    ("During his visit, the minister criticised the blockade.", "criticised"),  # an occasion, not an era
])
def test_a_counted_or_short_stretch_is_not_background(nlp, resolver, text, trigger):
    assert dated(nlp, resolver, text, trigger).modality != "historical"


def test_a_year_before_1900_dates_the_clause_it_governs(nlp, resolver):
    # "became ... in 1885, when ...": the year of the governing clause dates the act in the "when" clause
    text = "The port town became a centre of the rubber trade in 1885, when colonial troops seized the villages."
    event = dated(nlp, resolver, text, "seized")
    assert (codebook_date(event), event.modality) == ("1885", "historical")
    assert codebook_date(dated(nlp, resolver, "In 1871, the emperor dissolved the assembly.", "dissolved")) == "1871"


def test_a_number_of_years_is_no_year():
    from eventscope.dates.calendar import YEAR

    assert YEAR.search("1500 years ago") is None and YEAR.search("a 1200-year-old temple") is None
    assert YEAR.search("in 1885") is not None


NARRATIVE = "In 1975, the army seized power in a coup. "


@pytest.mark.parametrize(("text", "trigger"), [
    (NARRATIVE + "Soldiers arrested hundreds of students.", "arrested"),
    (NARRATIVE + "The new rulers expelled the foreign reporters, and students protested.", "protested"),
    ("The two countries signed a treaty in March 1975. The king later visited Paris. " + NARRATIVE
     + "Soldiers arrested hundreds of students.", "arrested"),
])
def test_a_past_narrative_gives_its_year_to_the_sentences_that_follow(nlp, resolver, text, trigger):
    event = dated(nlp, resolver, text, trigger, sentence=text[text.rindex(". ") + 2:])
    assert (codebook_date(event), event.modality) == ("1975", "historical")


@pytest.mark.parametrize(("text", "trigger", "label"), [
    (NARRATIVE + "Soldiers later arrested hundreds of students.", "arrested", None),  # the story moves on
    (NARRATIVE + "The generals then closed the border. Soldiers arrested hundreds of students.", "arrested", None),
    ("In a 1995 interview, the general defended the coup. Critics accused him of torture.", "accused", None),  # a thing's year
    (NARRATIVE + "After a revolt in 1980, soldiers arrested hundreds of students.", "arrested", None),  # its own time
    ("In 1975, the army had seized power. Soldiers arrested hundreds of students.", "arrested", None),  # a flashback
    (NARRATIVE + "\nSoldiers arrested hundreds of students.", "arrested", None),  # another paragraph
])
def test_a_narrative_year_is_not_carried_past_a_move_in_time(nlp, resolver, text, trigger, label):
    last = max(text.rindex(". "), text.rfind("\n")) + 1
    event = dated(nlp, resolver, text, trigger, sentence=text[last:].strip())
    assert codebook_date(event) == label


MEMO = ("In a memo dated March 18, 1986, the minister warned the cabinet about the plan.\n"
        "The cabinet had ignored such warnings before.\nThe unions demanded a delay of a year.\n")


def test_a_month_told_in_the_past_takes_the_year_of_its_narrative_paragraphs_back(nlp, resolver):
    text = MEMO + "In early April the cabinet rejected the demand."
    event = dated(nlp, resolver, text, "rejected", sentence="In early April the cabinet rejected the demand.")
    assert (codebook_date(event), event.modality) == ("1986-04", "historical")


@pytest.mark.parametrize(("text", "sentence", "trigger", "label"), [
    # a date counted from publication brings the text back to the present: last April
    (MEMO + "On Monday, the minister apologised.\nIn early April the cabinet rejected the demand.",
     "In early April the cabinet rejected the demand.", "rejected", "2024-04"),
    # a paragraph told now ("are", "has") between: the narrative is over, last April
    (MEMO.split("\n")[0] + "\nThe unions have kept up their campaign.\nIn early April the cabinet rejected the demand.",
     "In early April the cabinet rejected the demand.", "rejected", "2024-04"),
    # a month ahead takes no year from an earlier paragraph: next April
    ("In 1986 the minister resigned.\nThe new minister will visit the region in April.",
     "The new minister will visit the region in April.", "visit", "2025-04"),
])
def test_a_month_takes_no_narrative_year_once_the_text_is_back_in_the_present(nlp, resolver, text, sentence, trigger,
                                                                              label):
    event = dated(nlp, resolver, text, trigger, sentence=sentence,
                  modality="future" if "will" in sentence else "asserted")
    assert codebook_date(event) == label


def test_a_clock_time_is_no_year(nlp, resolver):
    text = "A grenade was hurled at the rally at 1700 gmt on Sunday."
    assert codebook_date(dated(nlp, resolver, text, "hurled")) == "2024-05-12"


@pytest.mark.parametrize(("text", "trigger"), [
    (NARRATIVE + "The generals had planned the coup for months.", "planned"),  # a flashback from the narrative
    (NARRATIVE + "Students were killed after clashes with police on Friday.", "clashes"),  # a date of its own
])
def test_a_narrative_year_is_not_given_to_a_flashback_or_to_a_sentence_with_its_own_date(nlp, resolver, text, trigger):
    event = dated(nlp, resolver, text, trigger, sentence=text[len(NARRATIVE):])
    assert codebook_date(event) != "1975"


def test_a_blank_line_between_paragraphs_is_one_paragraph_break(nlp, resolver):
    sentence = "In early April the cabinet rejected the demand."
    text = MEMO.replace("\n", "\n\n") + sentence
    assert codebook_date(dated(nlp, resolver, text, "rejected", sentence=sentence)) == "1986-04"


@pytest.mark.parametrize(("first", "label"), [
    ("Last year, the army seized the port.", "2023-04"),  # counted well back: the text moves to that year
    ("In 2019, the army seized the port. Last week, the army left the port.", "2024-04"),  # back to the present
])
def test_a_date_counted_from_publication_sets_the_narrative_year(nlp, resolver, first, label):
    sentence = "In April, rebels attacked the town."
    text = first + " " + sentence
    assert codebook_date(dated(nlp, resolver, text, "attacked", sentence=sentence)) == label


def test_a_quote_told_in_the_present_does_not_end_the_narrative(nlp, resolver):
    sentence = "In early April the cabinet rejected the demand."
    text = MEMO.split("\n")[0] + '\n"Ministers have shown no courage at all."\n' + sentence
    assert codebook_date(dated(nlp, resolver, text, "rejected", sentence=sentence)) == "1986-04"


def test_a_state_told_in_reported_speech_after_a_paragraph_about_an_earlier_year_holds_when_told(nlp, resolver):
    # (session 23) "said Chile was ready to help": the readiness is the speaker's now, no background to that year
    text = "In 2019 the two armies fought along the border.\nThe president said Chile was ready to help Peru."
    event = dated(nlp, resolver, text, "ready", sentence="The president said Chile was ready to help Peru.")
    assert (event.date, event.modality) == (THURSDAY, "asserted")
    told = dated(nlp, resolver, text, "help", sentence="The president said Chile was ready to help Peru.")
    assert told.modality == "asserted"


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("The ministry insisted that its soldiers had not fired on the marchers.", "fired", "negated"),
    ("The governor said the police had never detained the students.", "detained", "negated"),
    ("The spokesman said the rebels would have shelled the town.", "shelled", "hypothetical"),
    ("The ministry said its troops had captured the village.", "captured", "asserted"),
])
def test_a_past_perfect_told_as_news_keeps_the_modality_of_its_own_clause(nlp, resolver, text, trigger, modality):
    # (session 24) the publication day undoes only background: a denial told in reported speech stays denied
    event = dated(nlp, resolver, text, trigger, modality)
    assert (event.date, event.date_reason, event.modality) == (THURSDAY, "publication", modality)


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("The ministry announced on Monday that it would send two frigates to the strait.", "send", "future"),
    ("The governor said on Tuesday that he might veto the budget.", "veto", "hypothetical"),
    ("The army confirmed on Wednesday that it would pull its troops back from the border.", "pull", "future"),
])
def test_a_plan_told_on_a_named_day_takes_no_date_from_the_telling(nlp, resolver, text, trigger, modality):
    # the day is when it was said; the plan or condition has no day of its own
    event = dated(nlp, resolver, text, trigger, modality=modality)
    assert (codebook_date(event), event.modality) == (None, modality)


@pytest.mark.parametrize(("text", "trigger", "modality", "label"), [
    ("The ministry announced on Monday that it would send two frigates on Friday.", "send", "future", "2024-05-17"),
    ("The president flies to Oslo on Sunday, where he is due to meet the king.", "meet", "future", "2024-05-19"),
    ("On Tuesday the union called on both sides to talk and offered to mediate.", "mediate", "hypothetical",
     "2024-05-14"),
])
def test_a_plan_keeps_its_own_day_and_one_a_verb_of_telling_does_not_name(nlp, resolver, text, trigger, modality,
                                                                         label):
    event = dated(nlp, resolver, text, trigger, modality=modality)
    assert codebook_date(event) == label


@pytest.mark.parametrize("text, trigger, expected", [
    ("In March 2023 the navy seized a fishing boat off the coast; the two governments recalled their ambassadors.",
     "recalled", "2023-03"),
    ("In October 2022 rebels shelled the airport; the army closed the border, and the council imposed a curfew.",
     "closed", "2022-10"),
])
def test_a_date_opening_a_sentence_times_the_clause_after_its_semicolon(nlp, resolver, text, trigger, expected):
    # the parser hangs the first clause as the object of the second; it is told beside it, not reported by it
    event = dated(nlp, resolver, text, trigger)
    assert (codebook_date(event), event.modality) == (expected, "historical")


def test_a_clause_reported_before_its_verb_of_saying_keeps_its_date_to_itself(nlp, resolver):
    event = dated(nlp, resolver, "In 2019 the army shelled the town, the rebels said on Tuesday.", "shelled")
    assert codebook_date(event) == "2019"


@pytest.mark.parametrize("text, trigger", [
    ("The militia has besieged the port town for weeks, and its gunmen shelled the market on Sunday, residents said.",
     "besieged"),
    ("The minister told a committee in October that the inquiry was still open, but she has not accused the firm.",
     "accused"),
    ("Two rival factions are fighting for the valley, and the army expelled foreign advisers in January.", "fighting"),
])
def test_a_stretch_up_to_now_takes_no_date_from_another_clause(nlp, resolver, text, trigger):
    # the present or the present perfect tells what holds up to now; the day or month is the other clause's act
    assert codebook_date(dated(nlp, resolver, text, trigger)) is None

