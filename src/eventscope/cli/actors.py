"""`eventscope actors`, for dictionary authors: the actors resolved in a text (`eventscope data check` validates the files)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from eventscope.cli.common import fail
from eventscope.cli.options import actors_option, coder_from, dictionary_from, model_option, settings_from


@click.command("actors")
@click.argument("source", required=False)
@click.option("--search", metavar="NAME", help="Find actor codes by name, alias or leader instead (putin -> RUSGOV, "
              "taliban -> AFGREBTAL); no model needed.")
@click.option("--published", metavar="YYYY-MM-DD",
              help="publication date: decides who held which office (default: latest office)")
@actors_option
@model_option
@click.option("--json", "as_json", is_flag=True, help="one JSON object per actor mention instead of a table")
def actors_command(source: str | None, search: str | None, published: str | None, actor_files: tuple[Path, ...],
                   model: str | None, as_json: bool) -> None:
    """Print the actors resolved in the text of SOURCE (a file, or - for standard input), or with --search the
    codes of the actors a name stands for (use them in --actor and --dyad).

    For dictionary authors: each line gives the character offsets, the words, the code, country,
    sectors, kind, canonical name and the rule or entry that produced it, with the context rule that
    gave the country ("; country from noun phrase | sentence place | dateline | article country |
    recent actor | party label") and the antecedent of a mention that refers back ("coreference: 'he' -> ...").
    The first line says the article's dateline and the countries it is about, by salience.

    \b
    A user dictionary (--actors FILE) is YAML with any of these lists:
      organizations / groups / media: {name, aliases, country, sectors, code}
      leaders: {country, office, name, start, end, aliases}
    e.g.  groups: [{name: Northern Front, aliases: [NF], country: MLI, sectors: [REB]}]
    """
    from eventscope.cli.code import read_input
    from eventscope.ingest import InputError, decode_bytes
    from eventscope.records import Article, iso_date

    published_date = iso_date(published, "--published")
    if search is not None:
        _search(search, actor_files, as_json)
        return
    if source is None:
        raise click.UsageError("give a SOURCE file (or - for standard input), or --search NAME")
    settings = settings_from(model, actor_files)
    # (read as `code` reads a text: within the input limit, and UTF-8 or UTF-16 with its mark, never guessed at)
    raw, origin = read_input(source, settings.limits.input_bytes)
    try:
        text = decode_bytes(raw, origin)
    except InputError as error:
        raise fail(str(error)) from None
    if not text.strip():
        raise fail(f"{origin}: the input is empty")
    coder = coder_from(settings)
    text = text[: settings.max_chars]
    context = coder.context(Article(id=Article.make_id(text), text=text, published=published_date), coder.nlp(text))
    if not as_json:
        countries = " ".join(f"{code}:{score:g}" for code, score in context.countries[:6]) or "-"
        click.echo(f"# dateline: {context.dateline.text if context.dateline else '-'}; article country: "
                   f"{context.dominant_country or '-'}; countries: {countries}")
    for mention in context.mentions:
        actor = mention.actor
        if as_json:
            click.echo(json.dumps(actor.model_dump(), ensure_ascii=False))
        else:
            click.echo(f"{actor.start:>6}-{actor.end:<6} {actor.text[:40]!s:40} {actor.code or '-':11} "
                       f"{actor.country or '-':4} {','.join(actor.sectors) or '-':8} {actor.kind:12} "
                       f"{actor.name[:30]:30} {actor.reason}")


def _search(text: str, actor_files: tuple[Path, ...], as_json: bool) -> None:
    from dataclasses import asdict

    from eventscope.actors.search import search_actors

    matches = search_actors(dictionary_from(settings_from(actor_files=actor_files)), text)
    if not matches:
        raise click.ClickException(f"no actor is called {text!r}; try part of a name, e.g. a surname")
    for match in matches:
        if as_json:
            click.echo(json.dumps(asdict(match), ensure_ascii=False))
        else:
            click.echo(f"{match.code:12} {match.name[:40]:40} {match.kind:12} {match.detail}")


COMMANDS: list[click.Command] = [actors_command]
