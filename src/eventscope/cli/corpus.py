"""Corpus commands: `ingest` sources into the database, then `query`, `trends` and `export` it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from eventscope.cli.common import fail
from eventscope.cli.options import (
    actors_option,
    coder_options,
    db_option,
    dictionary_from,
    event_filter,
    filter_options,
    settings_from,
)
from eventscope.settings import MAX_READ_BYTES

if TYPE_CHECKING:
    import duckdb

COMMANDS: list[click.Command] = []
MAX_ROWS = 10**12  # a --limit above it is refused on the command line (DuckDB's LIMIT is a 64-bit integer: a bug's exit 70)



def _existing_db(db: str) -> Path:
    path = Path(db)
    if not path.is_file():
        raise fail(f"{db}: no such database; create it with `eventscope ingest SOURCE --db {db}`")
    return path


@contextmanager
def _reading(db: str) -> Iterator[duckdb.DuckDBPyConnection]:
    """The existing database `db`, open read-only and checked whole before a row is printed or written."""
    from eventscope import store
    from eventscope.store.connection import check_readable

    path = _existing_db(db)
    with store.connect(path, read_only=True) as con:
        check_readable(con, path)
        yield con


# ---------------------------------------------------------------------------------------------- ingest


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@db_option
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Coding processes, each with its own model.")
@click.option("--field", "fields", multiple=True, metavar="NAME=COLUMN",
              help="JSONL key or CSV column of an article field (id, text, published, url, source, title); "
                   "repeatable, e.g. --field text=body.")
@click.option("--max-bytes", type=click.IntRange(1, MAX_READ_BYTES),
              help="Largest document read (a file, a JSON line, a CSV row, a WARC record, a fetched page); larger "
                   "ones are rejected. Default: EVENTSCOPE_LIMIT_DOCUMENT_BYTES or 5000000.")
@click.option("--stdin-format", type=click.Choice(["auto", "text", "html", "jsonl", "csv"]), default="auto",
              show_default=True, help="How to read standard input (SOURCE '-').")
@click.option("--fetch-delay", default=1.0, show_default=True, type=click.FloatRange(0, 3600),
              help="Seconds between two requests to the same host when fetching feeds and pages.")
@click.option("--ignore-robots", is_flag=True,
              help="Fetch pages even where a site's robots.txt forbids it (only for sites you may crawl).")
@click.option("--batch-size", default=8, show_default=True, type=click.IntRange(1),
              help="Documents per task sent to a worker.")
@click.option("--write-every", default=64, show_default=True, type=click.IntRange(1),
              help="Articles per database transaction.")
@click.option("--progress/--no-progress", default=None,
              help="Show progress: a bar with the total, rate and time left on a terminal, else a line every "
                   "--progress-every seconds (default: on).")
@click.option("--progress-every", default=10.0, show_default=True, type=click.FloatRange(0.1), metavar="SECONDS",
              help="Seconds between two progress lines when standard error is not a terminal.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Code in local processes, or on Ray Data (needs the extra: pip install 'eventscope[ray]').")
@click.option("--address", help="Ray engine: address of a running Ray cluster (default: start a local one "
                                "with --workers CPUs).")
@click.option("--shards", type=click.Path(file_okay=False),
              help="Ray engine: keep the Parquet shards in this folder, to query in place (default: a temporary "
                   "folder, removed once loaded).")
@coder_options
def ingest_command(sources: tuple[str, ...], db: str, workers: int, model: str | None, fields: tuple[str, ...],
                   max_bytes: int | None, stdin_format: str, fetch_delay: float, ignore_robots: bool, batch_size: int,
                   write_every: int, progress: bool | None, progress_every: float, engine: str, address: str | None, shards: str | None,
                   actor_files: tuple[Path, ...] = (), pattern_files: tuple[Path, ...] = (),
                   place_files: tuple[Path, ...] = (), reading: str | None = None) -> None:
    """Read SOURCE... (files, folders, feed URLs, JSONL, CSV, WARC, or - for stdin) into the database.

    Each article is stored once (its id is the input's own id, else a hash of its clean text), so ingesting again adds nothing
    and a killed run can simply be run again. Unusable inputs are recorded in the rejects table.
    """
    from eventscope.cli.progress import IngestProgress, count_documents
    from eventscope.corpus.run import IngestSummary, ingest
    from eventscope.ingest import FieldMap, IngestOptions
    from eventscope.store.connection import check_database_file

    for source in sources:
        if source != "-" and not source.startswith(("http://", "https://")) and not Path(source).exists():
            raise fail(f"{source}: no such file, folder or URL")
    check_database_file(db)  # (before any document is read or coded)
    try:
        field_map = FieldMap.parse(fields)
    except ValueError as error:
        raise fail(str(error)) from None
    settings = settings_from(model, actor_files, pattern_files, place_files, reading)
    fetch = settings.ingest.fetch.model_copy(update={"delay": fetch_delay, "obey_robots": not ignore_robots})
    options = IngestOptions.from_settings(settings, document_bytes=max_bytes, fields=field_map,
                                          stdin_format=stdin_format, fetch=fetch)
    if progress is False:
        mode = "off"
    else:
        mode = "bar" if (progress or sys.stderr.isatty()) else "lines"
    bar = IngestProgress(count_documents(sources) if mode != "off" else None, mode, every=progress_every)

    def update(summary: IngestSummary) -> None:
        done = summary.articles + summary.known + summary.duplicates + sum(summary.rejects.values())
        bar.update(done, summary.events, sum(summary.rejects.values()))

    try:
        if engine == "ray":
            from eventscope.scale.ray import ingest_with_ray

            summary = ingest_with_ray(sources, db, settings, options, address=address, workers=workers,
                                      shard_dir=shards, progress=mode == "bar")
        else:
            summary = ingest(sources, db, settings, options, workers=workers, batch_size=batch_size,
                             write_every=write_every, progress=update)
    except KeyboardInterrupt:
        bar.close()
        click.echo("interrupted: the stored batches are complete; run the same command again to resume", err=True)
        sys.exit(130)
    finally:
        bar.close()
    click.echo(summary.line(), err=True)
    if summary.rejects:
        click.echo(f"{sum(summary.rejects.values())} input(s) could not be coded: `eventscope rejects --db {db}` "
                   "lists them with the reason", err=True)


# ---------------------------------------------------------------------------------------------- query


_QUERY_COLUMNS = ("date", "plover", "cameo", "source_code", "trigger_text", "target_code", "modality",
                  "location_name", "goldstein", "article_id", "id")
_STORY_COLUMNS = ("date_start", "date_end", "plover", "cameo", "source_code", "target_code", "modality",
                  "location_name", "num_mentions", "num_articles", "num_sources", "num_reports", "id")
# The table view writes each date to its precision ("1986-04", not the stored first day "1986-04-01").
_DATE_PRECISIONS = {"date": "date_precision", "date_start": "date_start_precision",
                    "date_end": "date_end_precision"}


def _dates_to_precision(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    from datetime import date

    from eventscope.records import date_label

    for row in rows:
        for column, precision in _DATE_PRECISIONS.items():
            value = row.get(column)
            if isinstance(value, date) and precision in row:
                row[column] = date_label(value, str(row[precision] or "day"))
    return rows


@click.command("query")
@db_option
@filter_options
@click.option("--stories", is_flag=True, help="List stories (one real-world event across reports) instead of events.")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True, help="Output format; jsonl of events is the full event contract.")
@click.option("--limit", type=click.IntRange(1, MAX_ROWS), help="At most this many rows.")
@actors_option
def query_command(db, actor, dyad, plover, quad_class, since, until, modality, stories, output_format, limit,
                  actor_files: tuple[Path, ...] = ()) -> None:
    """Events (or stories) in the database matching the filters (--actors: the files it was coded with, whose
    codes a name that matches nothing is hinted at)."""
    from eventscope import store
    from eventscope.cli.tables import write_rows

    flt = event_filter(actor, dyad, plover, quad_class, since, until, modality, limit)
    out = sys.stdout
    with _reading(db) as con:
        if stories:
            rows = store.query_stories(con, flt).to_pylist()
            columns = _STORY_COLUMNS if output_format == "table" else [c.name for c in store.TABLES["stories"]]
            count = write_rows(_dates_to_precision(rows) if output_format == "table" else rows, columns,
                               output_format, out)
        elif output_format == "jsonl":
            count = 0
            for line in store.event_json_lines(con, flt):
                out.write(line + "\n")
                count += 1
        else:
            if output_format == "table":
                found = store.query_events(con, flt, [*_QUERY_COLUMNS, "date_precision"]).to_pylist()
                count = write_rows(_dates_to_precision(found), _QUERY_COLUMNS, output_format, out)
            else:
                event_columns = [c.name for c in store.TABLES["events"] if c.name != "event_json"]
                count = write_rows(store.query_events(con, flt, event_columns).to_pylist(), event_columns,
                                   output_format, out)
    if output_format == "table":
        click.echo(f"{count} {'stories' if stories else 'event(s)'}", err=True)
    if count == 0 and (actor or dyad):
        _hint_actor_codes([actor] if actor else list(flt.dyad or ()), actor_files)


def _hint_actor_codes(names: list[str], actor_files: tuple[Path, ...]) -> None:
    """Names typed where codes belong match nothing: say which codes they may have meant (in the bundled
    dictionary with the user's files over it)."""
    from eventscope.actors.search import actor_hint

    hint = actor_hint(dictionary_from(settings_from(actor_files=actor_files)), names)
    if hint:
        click.echo(f"hint: {hint} (eventscope actors --search NAME finds codes)", err=True)


@click.command("trends")
@db_option
@click.option("--by", "interval", type=click.Choice(["day", "week", "month"]), default="month", show_default=True,
              help="Time bucket.")
@click.option("--group", "group_by", type=click.Choice(["none", "dyad", "quad_class", "plover"]), default="none",
              show_default=True, help="Split each period by dyad (SOURCE:TARGET country), QuadClass or PLOVER type.")
@click.option("--stories", "unit", flag_value="stories", default=False,
              help="Count stories (events once across reports) instead of event reports.")
@filter_options
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True, help="Output format.")
def trends_command(db, interval, group_by, unit, actor, dyad, plover, quad_class, since, until, modality,
                   output_format) -> None:
    """Event counts and mean Goldstein score per day, week or month."""
    from eventscope import store
    from eventscope.cli.tables import write_rows

    flt = event_filter(actor, dyad, plover, quad_class, since, until, modality)
    with _reading(db) as con:
        table = store.trends(con, interval, group_by, flt, unit=unit or "events")
    write_rows(table.to_pylist(), table.column_names, output_format, sys.stdout)


# ---------------------------------------------------------------------------------------------- export


@click.command("export")
@db_option
@click.option("--format", "output_format", type=click.Choice(["jsonl", "csv", "parquet", "gdelt"]), required=True,
              help="jsonl: contract events; csv/parquet: the events table; gdelt: GDELT 2.0 event-table columns (TSV).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write ('-' for stdout, not parquet).")
@click.option("--stories", is_flag=True, help="One row per story (one real-world event across reports) instead of per "
              "report; in a GDELT file NumMentions/NumSources/NumArticles are then the story's.")
@click.option("--header", is_flag=True, help="Add the column names as a first line to a GDELT file (GDELT's own have none).")
@filter_options
def export_command(db, output_format, output, stories, header, actor, dyad, plover, quad_class, since, until,
                   modality) -> None:
    """Write the events of the database (optionally filtered) to a file.

    Per report (the default) a GDELT row has NumMentions 1, so summing a count column counts reports; with
    --stories each row is one story with its own counts, so sums count mentions of distinct events."""
    from eventscope.export import export_events

    flt = event_filter(actor, dyad, plover, quad_class, since, until, modality)
    if output == "-" and output_format == "parquet":
        raise fail("parquet cannot be written to stdout; give a file with -o")
    if output != "-" and _is_database_file(Path(output), Path(db)):
        raise fail(f"{output}: that is the database itself (--db {db}); give another file with -o")
    with _reading(db) as con:
        try:
            count = export_events(con, output_format, output, flt, stories=stories, header=header)
        except OSError as error:
            raise fail(f"{output}: cannot be written ({error.strerror or error})") from None
    click.echo(f"{count} {'story(ies)' if stories else 'event(s)'} written to {output}", err=True)


def _is_database_file(output: Path, db: Path) -> bool:
    """Whether `output` names the database file or its write-ahead log (`-o news.duckdb` overwrote the database)."""
    targets = (db, db.with_name(db.name + ".wal"))
    return output.exists() and any(target.exists() and output.samefile(target) for target in targets)


@click.command("rejects")
@db_option
@click.option("--reason", help="Only this reason (e.g. not_english, empty, bad_date).")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True, help="Output format.")
@click.option("--limit", type=click.IntRange(1, MAX_ROWS), default=100_000, show_default=True, help="At most this many rows.")
def rejects_command(db, reason, output_format, limit) -> None:
    """The inputs an ingest could not code, with where they came from and why."""
    from eventscope.cli.tables import write_rows
    from eventscope.store.query import Page, rejects

    with _reading(db) as con:
        listing = rejects(con, Page(limit=limit, offset=0, sort="origin"), reason)
    count = write_rows(listing.rows, listing.columns, output_format, sys.stdout)
    if output_format == "table":
        click.echo(f"{count} of {listing.total} reject(s)", err=True)


COMMANDS.extend([ingest_command, query_command, trends_command, export_command, rejects_command])
