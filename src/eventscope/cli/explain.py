"""`eventscope explain`: why each event of a text was coded, and why each other trigger candidate was not.

Per sentence: the events kept (type, CAMEO code, source and target with the actor rule that gave each, modality,
confidence and the trigger pattern that made it) and the candidates dropped, each with the gate that dropped it
(events/trace.py names the gates; docs/events.md lists them).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from eventscope.cli.code import input_articles, input_format_of, read_input
from eventscope.cli.common import fail
from eventscope.cli.options import coder_from, coder_options, settings_from
from eventscope.records import Actor, CodedArticle, date_label, iso_date

if TYPE_CHECKING:  # (the trace loads spaCy: only once a text is explained)
    from eventscope.events.trace import DecisionTrace

COMMANDS: list[click.Command] = []


def _actor(actor: Actor) -> dict[str, Any]:
    return {"text": actor.text, "code": actor.code, "country": actor.country, "sectors": actor.sectors,
            "rule": actor.reason}


def explanation(coded: CodedArticle, sentences: list[tuple[int, int]], trace: DecisionTrace,
                only: int | None = None) -> dict[str, Any]:
    """What `explain` reports of a coded article: per sentence (its character range in `sentences`) the events
    kept and the candidates `trace` recorded as dropped; only sentence `only` when given."""
    text = coded.article.text
    report: list[dict[str, Any]] = []
    for index, (start, end) in enumerate(sentences):
        if only is not None and index != only:
            continue
        kept = [{"plover": e.event.plover, "cameo": e.event.cameo, "trigger": e.trigger.model_dump(),
                 "source": [_actor(a) for a in e.source], "target": [_actor(a) for a in e.target],
                 "modality": e.modality, "date": date_label(e.date, e.date_precision), "date_rule": e.date_reason,
                 "confidence": e.confidence, "rule": e.rule or ""}
                for e in coded.events if e.sentence_index == index]
        dropped = [d.as_dict() for d in trace.dropped if d.sentence_index == index]
        skipped = trace.skipped.get(index)
        report.append({"index": index, "text": text[start:end].strip(), "skipped": str(skipped) if skipped else None,
                       "kept": kept, "dropped": dropped})
    return {"article_id": coded.article.id, "whole_article": trace.whole_article, "political": trace.political,
            "sentences": report}


def _actors_text(actors: list[dict[str, Any]]) -> str:
    if not actors:
        return "-"
    return "; ".join(f"{a['code'] or a['country'] or '?'} \"{a['text']}\" ({a['rule'] or 'no rule'})" for a in actors)


def render_text(report: dict[str, Any]) -> str:
    """The report as lines for a reader: a sentence, then its kept events and its dropped candidates."""
    reading = {True: "a whole article", False: "lone sentences", None: "-"}[report["whole_article"]]
    topic = {True: "about politics", False: "not about politics: only acts between political actors", None: "-"}[
        report["political"]]
    lines = [f"article {report['article_id']}, read as {reading}, {topic}"]
    for sentence in report["sentences"]:
        lines.append(f"\n[{sentence['index']}] {sentence['text']}")
        for event in sentence["kept"]:
            lines.append(f"  kept     {event['plover'] or '-'} {event['cameo']} \"{event['trigger']['text']}\" "
                         f"{event['modality']}, confidence {event['confidence']:.2f}, rule {event['rule'] or '-'}")
            lines.append(f"             source: {_actors_text(event['source'])}")
            lines.append(f"             target: {_actors_text(event['target'])}")
            if event["date"]:
                lines.append(f"             date: {event['date']} ({event['date_rule'] or 'no rule'})")
        for drop in sentence["dropped"]:
            roles = "; ".join(f"{name}: {', '.join(drop[key]) or '-'}" for name, key in
                             (("source words", "source_heads"), ("target words", "target_heads"),
                              ("source", "source"), ("target", "target")) if drop[key])
            lines.append(f"  dropped  {drop['plover'] or '-'} {drop['cameo']} \"{drop['trigger']['text']}\" "
                         f"at {drop['gate']}, rule {drop['rule'] or '-'}" + (f"; {roles}" if roles else ""))
        if sentence["skipped"]:
            lines.append(f"  not coded: {sentence['skipped']} (a byline, credit or heading line)")
        elif not sentence["kept"] and not sentence["dropped"]:
            lines.append("  no trigger candidate")
    return "\n".join(lines)


@click.command("explain")
@click.argument("text", required=False)
@click.option("--file", "file", metavar="FILE", help="Explain the article in FILE (text or HTML; - for standard "
                                                     "input) instead of TEXT.")
@click.option("--sentence", type=click.IntRange(min=0), default=None,
              help="Only sentence N (0-based, the `sentence` column of `eventscope code`).")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date, the anchor for relative dates.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: readable lines; json: one JSON object")
@coder_options
def explain_command(text: str | None, file: str | None, sentence: int | None, published: str | None,
                    output_format: str, model: str | None, actor_files: tuple[Path, ...],
                    pattern_files: tuple[Path, ...], place_files: tuple[Path, ...], reading: str | None) -> None:
    """Explain how TEXT (or the article in --file) is coded: per sentence the events kept, with the rule that
    made each and the actor rule of each source and target, and the trigger candidates dropped, with the gate
    that dropped each (docs/events.md: "Why an event was not coded")."""
    from eventscope.events.trace import DecisionTrace

    if (text is None) == (file is None):
        raise fail("give the text to explain, or --file FILE (one of the two)")
    published_date = iso_date(published, "--published")
    settings = settings_from(model, actor_files, pattern_files, place_files, reading)
    if file is not None:
        raw, origin = read_input(file, settings.limits.input_bytes)
        markup = input_format_of(file, None)
        if markup == "jsonl":
            raise fail(f"{file}: explain reads one article (text or HTML), not JSON lines")
    else:
        raw, origin, markup = (text or "").encode("utf-8"), "the text given", "text"
    article = next(input_articles(raw, origin, markup, published_date, settings))
    coder = coder_from(settings)
    doc = coder.nlp(article.text)
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    if sentence is not None and sentence >= len(sentences):
        raise fail(f"--sentence {sentence}: the text has {len(sentences)} sentence(s), numbered from 0")
    trace = DecisionTrace(coder.ontology)
    report = explanation(coder.code_doc(article, doc, trace), sentences, trace, sentence)
    click.echo(json.dumps(report, ensure_ascii=False, indent=2) if output_format == "json" else render_text(report))


COMMANDS.append(explain_command)
