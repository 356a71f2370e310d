"""`eventscope evaluate GOLD.jsonl`: score the event coder on gold sentences."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path
from typing import Any

import click

from eventscope.cli.options import coder_from, coder_options, settings_from

COMMANDS: list[click.Command] = []


@click.command("evaluate")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: readable scores and confusion matrices; json: the same numbers as one JSON object")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="score only the first N sentences")
@click.option("--errors", type=click.IntRange(min=0), default=0, show_default=True,
              help="also list up to N sentences whose main event has the wrong PLOVER type or pentaclass")
@click.option("--roles", "role_errors", type=click.IntRange(min=0), default=0, show_default=True,
              help="gold sentences only: also list up to N sentences whose main event's target words differ "
                   "from the gold span (worst token F1 first), with the gold and coded words")
@click.option("--split", type=click.Choice(["all", "tune", "check"]), default="all", show_default=True,
              help="whole articles only: score all articles, the tuning half (even line indexes 0, 2, ...) "
                   "or the checking half (odd ones)")
@click.option("--details", is_flag=True,
              help="whole articles only: list each article's missed gold events, false alarms, wrong dyads "
                   "and matched events whose date or modality differ (gold, then coded)")
@coder_options
def evaluate_command(gold: Path, fmt: str, limit: int | None, errors: int, role_errors: int, split: str, details: bool,
                     model: str | None, actor_files: tuple[Path, ...], pattern_files: tuple[Path, ...],
                     place_files: tuple[Path, ...], reading: str | None) -> None:
    """Score the coder on GOLD: labelled sentences or whole hand-coded articles (JSONL, one a line).

    A sentence line is {"id", "text", "events": [{"plover"?, "pentaclass"?, "source_text"?, "target_text"?}]}.
    Whole articles (each line an article whose events carry their `sentence`) are scored at three levels, as
    the codebook of the development data (CODEBOOK.md) says: event (sentence + PLOVER type), dyad
    (+ source and target country) and record (+ first sectors and modality), with precision, recall and F1
    overall and per article, the share of coded events with a source country, false events per
    non-political article and date accuracy on matched events. `--details` lists misses, false alarms,
    wrong dyads and wrong dates or modalities.

    Reports PLOVER type top-1 accuracy and macro-F1 with a confusion matrix, CAMEO pentaclass accuracy,
    source and target span overlap (token F1 with the gold spans), and how many no-event sentences
    still get an event.

    Several predicted events in one sentence: the sentence's main event is scored, i.e. the event with
    the highest confidence (main clause, asserted, with source and target, most specific pattern; the
    earliest trigger on ties). For PLOVER only events with a PLOVER type compete (01x statements have
    none). A sentence with no event is a miss. Gold YIELD accepts CONCEDE and RETREAT. Following
    PLOVER, a cooperative main event with modality "future" is scored as AGREE.

    Every coded event is scored too ("every coded event vs the gold ..."; `coded_plover`, `coded_pentaclass`
    in JSON): precision, recall and F1 of all of a sentence's coded events against its one gold event, so
    that coding several events where a human codes one shows as lost precision.
    """
    # Imported here: they load spaCy, which no other command's start-up (an ingest's parent) should pay for.
    from eventscope.evaluate import GoldError, evaluate_loaded, load_gold, mistakes, render_report, role_mismatches
    from eventscope.evaluate_articles import is_article_gold

    if not gold.exists():
        raise click.ClickException(f"{gold}: no such file")
    settings = settings_from(model, actor_files, pattern_files, place_files, reading)
    if is_article_gold(gold):
        _evaluate_articles(gold, settings, fmt, limit, split, details)
        return
    try:  # (the gold file is read before the model loads: its mistakes show at once)
        loaded, problems = load_gold(gold)
    except GoldError as error:
        raise click.ClickException(str(error)) from None
    report, sentences, predictions = evaluate_loaded(loaded, problems, coder_from(settings), limit)
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), indent=2))
    else:
        click.echo(render_report(report))
    for sentence, gold_label, predicted in islice(mistakes(sentences, predictions), errors):
        click.echo(f"[{gold_label} -> {predicted}] {sentence.text[:200]}", err=True)
    for sentence, gold_texts, texts, f1 in islice(role_mismatches(sentences, predictions), role_errors):
        click.echo(f"[target {f1:.2f}: gold {list(gold_texts)} coded {texts}] {sentence.text[:200]}", err=True)



def _evaluate_articles(gold: Path, settings: Any, fmt: str, limit: int | None, split: str, details: bool) -> None:
    from eventscope.evaluate_articles import (
        ArticleGoldError,
        load_article_gold,
        render_article_report,
        score_articles,
        split_articles,
    )

    try:
        articles = split_articles(load_article_gold(gold), split)[:limit]
    except ArticleGoldError as error:
        raise click.ClickException(str(error)) from None
    coded = list(coder_from(settings).code(a.article for a in articles))
    report = score_articles(articles, coded)
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), indent=2))
    else:
        click.echo(render_article_report(report, details))


COMMANDS.append(evaluate_command)
