"""`eventscope actors`, for dictionary authors: the actors resolved in a text (`eventscope data check` validates the files)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from eventscope.cli.common import fail
from eventscope.cli.options import actors_option, coder_from, dictionary_from, model_option, settings_from

if TYPE_CHECKING:
    from eventscope.pipeline import Coder
    from eventscope.records import Article


@click.command("actors")
@click.argument("source", required=False)
@click.option("--search", metavar="NAME", help="Find actor codes by name, alias or leader instead (putin -> RUSGOV, "
              "taliban -> AFGREBTAL); no model needed.")
@click.option("--published", metavar="YYYY-MM-DD",
              help="publication date: decides who held which office (default: latest office); a JSONL or CSV "
                   "line's own date wins")
@click.option("--input-format", type=click.Choice(["text", "html", "jsonl", "csv", "tsv"]),
              help="How to read SOURCE, as `eventscope code` does (default: from the file ending, else text).")
@actors_option
@model_option
@click.option("--json", "as_json", is_flag=True, help="one JSON object per actor mention instead of a table")
def actors_command(source: str | None, search: str | None, published: str | None, input_format: str | None,
                   actor_files: tuple[Path, ...], model: str | None, as_json: bool) -> None:
    """Print the actors resolved in each article of SOURCE (a text or HTML file, a JSONL or CSV file of
    articles, or - for standard input), or with --search the codes of the actors a name stands for (use them
    in --actor and --dyad).

    For dictionary authors: each line gives the character offsets, the words, the code, country,
    sectors, kind, canonical name and the rule or entry that produced it, with the context rule that
    gave the country ("; country from noun phrase | sentence place | dateline | article country |
    recent actor | party label") and the antecedent of a mention that refers back ("coreference: 'he' -> ...").
    Each article's first line gives its id and date, its dateline and the countries it is about, by salience;
    with --json each mention carries its article_id.

    \b
    A user dictionary (--actors FILE) is YAML with any of these lists:
      organizations / groups / media: {name, aliases, country, sectors, code}
      leaders: {country, office, name, start, end, aliases}
    e.g.  groups: [{name: Northern Front, aliases: [NF], country: MLI, sectors: [REB]}]
    """
    from eventscope.cli.code import input_articles, input_format_of, read_input
    from eventscope.records import iso_date

    published_date = iso_date(published, "--published")
    if search is not None:
        _search(search, actor_files, as_json)
        return
    if source is None:
        raise click.UsageError("give a SOURCE file (or - for standard input), or --search NAME")
    settings = settings_from(model, actor_files)
    # (read as `code` reads its input: within the input limit, UTF-8 or UTF-16 with its mark, HTML cleaned, and a
    # JSONL or CSV file one article a line or row, each with its own publication date)
    raw, origin = read_input(source, settings.limits.input_bytes)
    articles = input_articles(raw, origin, input_format_of(source, input_format), published_date, settings)
    first = next(articles)  # input errors surface before the model loads
    coder = coder_from(settings)
    for article in (first, *articles):
        _print_mentions(coder, article, as_json)


def _print_mentions(coder: Coder, article: Article, as_json: bool) -> None:
    """One article's actor mentions: a table under a line saying the article's context, or JSON lines."""
    context = coder.context(article, coder.nlp(article.text))
    if not as_json:
        countries = " ".join(f"{code}:{score:g}" for code, score in context.countries[:6]) or "-"
        click.echo(f"# article {article.id} ({article.published or 'no date'}): dateline: "
                   f"{context.dateline.text if context.dateline else '-'}; article country: "
                   f"{context.dominant_country or '-'}; countries: {countries}")
    for mention in context.mentions:
        actor = mention.actor
        if as_json:
            click.echo(json.dumps({"article_id": article.id, **actor.model_dump()}, ensure_ascii=False))
        else:
            click.echo(f"{actor.start:>6}-{actor.end:<6} {actor.text[:40]!s:40} {actor.code or '-':11} "
                       f"{actor.country or '-':4} {','.join(actor.sectors) or '-':8} {actor.kind:12} "
                       f"{actor.name[:30]:30} {actor.reason}")


def _search(text: str, actor_files: tuple[Path, ...], as_json: bool) -> None:
    from dataclasses import asdict

    from eventscope.actors.search import search_actors

    matches = search_actors(dictionary_from(settings_from(actor_files=actor_files)), text)
    if not matches:
        raise fail(f"no actor is called {text!r}; try part of a name, e.g. a surname")
    for match in matches:
        if as_json:
            click.echo(json.dumps(asdict(match), ensure_ascii=False))
        else:
            click.echo(f"{match.code:12} {match.name[:40]:40} {match.kind:12} {match.detail}")


COMMANDS: list[click.Command] = [actors_command]
