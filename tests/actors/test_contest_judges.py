"""A judge in a text with words of a contest and none of a court judges a contest, a show or a sport, not a court's
case (sectors.yaml contest_offices, contest_words, court_words): no JUD. With a court's words, a bench's word in the
judge's phrase ("a federal judge") or no contest's words, the judge is the court's, as before. On the real model;
the sentences were written for this test (session 28; a contest's jury, session 30)."""

from __future__ import annotations

import pytest

from eventscope.records import Article


def sectors(coder, text: str) -> dict[str, list[str]]:
    doc = coder.nlp(text)
    mentions = coder.context(Article(id=Article.make_id(text), text=text), doc).mentions
    return {m.actor.text: list(m.actor.sectors) for m in mentions}


def sectors_of(coder, text: str, word: str) -> dict[str, list[str]]:
    """The sectors of each mention whose words hold `word` ("judge", "jury"), by its words."""
    return {words: held for words, held in sectors(coder, text).items() if word in words.lower()}


CONTEST, COURT = False, True


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "courts"), [
    # a contest's judges: a show, a sport
    ("The baking show's final ended in tears after fellow judge Ann Marlow walked off the set. "
     "The winner thanked the judges and the viewers at home.", "judge", CONTEST),
    ("The skater scored 98 points, and the judges gave her a perfect mark for her jumps. "
     "Head judge Tomas Reyes said the routine was the best of the season.", "judge", CONTEST),
    # a court's judges stay judges
    ("Judge Ann Marlow told the jury to ignore the remark. The judges of the appeals court will hear the case in May.",
     "judge", COURT),
    ("A judge ordered the release of the journalist on bail on Tuesday.", "judge", COURT),
    # (no word of a court, but one of a bench, and none of a contest)
    ("The administration tried to close the offices, and a federal judge in Washington blocked the layoffs.",
     "judge", COURT),
    ("A judge ordered his release on Tuesday, and the opposition leader thanked the judges.", "judge", COURT),
    # (session 30) a cup's jury, in a text of a cup and no court's word but the jury's own
    ("Portugal won the pastry cup by two points. The jury rejected the Belgian protest on Sunday morning.",
     "jur", CONTEST),
    ("The race jury gave the Dutch boat a one-hour penalty, and the cup will be decided in Genoa.", "jur", CONTEST),
    # (session 30) a race's own words name its jury's contest: a regatta, the peloton
    ("The Italian crew lodged a protest with the jury after the regatta's final on Sunday.", "jur", CONTEST),
    ("The race jury fined two teams after the peloton split on the descent.", "jur", CONTEST),
    # (session 32) a film festival's jurors, a song contest's national jury
    ("Two jurors walked out of the screening, and the festival said a juror who misses a film cannot vote on it.",
     "jur", CONTEST),
    ("The Irish jury gave its top marks to the Latvian ballad, the song that won the night.", "jur", CONTEST),
    # a jury with a court's words, or in a contest that is no cup (an election's jury may be a state's body)
    ("The jury found the cup maker's former manager guilty after a two-week trial.", "jury", COURT),
    ("The national elections jury rejected the candidate's request to annul the contested vote.", "jury", COURT),
    # (session 31) the judges on a cup's panel, in a text of a cup with a jury and no other word of a court
    ("Portugal's crew complained to the jury after a judge docked their tart two points, and the cup ends on Sunday.",
     "judge", CONTEST),
    ("The jury upheld the score, and the judges said the Chilean dish was served cold at the pastry cup.",
     "judge", CONTEST),
    # (a court's word beside the cup's: the trial's judge and jury are the court's)
    ("A judge in the bribery trial of the cup's former president told the jury to ignore the remark.", "judge", COURT),
])
def test_a_judge_or_jury_is_the_courts_only_in_a_courts_text(pipeline_coder, text, word, courts):
    judged = sectors_of(pipeline_coder, text, word)
    assert judged and all(("JUD" in held) == courts for held in judged.values()), judged


@pytest.mark.slow
@pytest.mark.parametrize(("text", "office"), [
    # (session 32) the head of an expedition, a contest's jury or a laboratory holds no state's office
    ("Expedition leader Marco Ferri and two guides reached the summit on Tuesday.", "Marco Ferri"),
    ("The jury president, the director Ana Lobo, apologised to the film's makers.", "jury president"),
    ("The lab's leader, Prof Ana Lobo, said the samples were grown in January.", "Ana Lobo"),
])
def test_the_head_of_an_expedition_a_jury_or_a_lab_is_no_government(pipeline_coder, text, office):
    held = {words: s for words, s in sectors(pipeline_coder, text).items() if office in words}
    assert held and all("GOV" not in s for s in held.values()), held
