"""`eventscope demo`: what `make run` does: code the bundled sample into a database and open the dashboard."""

from __future__ import annotations

from pathlib import Path

import click

from eventscope.cli.corpus import ingest_command, query_command
from eventscope.cli.serve import serve
from eventscope.samples import sample_path
from eventscope.store import DEFAULT_DB


@click.command("demo")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="Database to code the sample into (created if missing; re-running adds nothing twice).")
@click.option("--serve/--no-serve", "then_serve", default=True, show_default=True,
              help="Serve the dashboard on the result afterwards.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address the dashboard listens on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port the dashboard listens on (0 picks a free one).")
@click.pass_context
def demo(ctx: click.Context, db: str, then_serve: bool, host: str, port: int) -> None:
    """Code the bundled sample articles into DB, print their events, then serve the dashboard.

    The sample is a dozen short news-style articles written for eventscope: cooperation, conflict,
    protest, negated and planned events.
    """
    click.echo(f"Coding the bundled sample ({sample_path().name}) into {db} ...")
    ctx.invoke(ingest_command, sources=(str(sample_path()),), db=db)
    ctx.invoke(query_command, db=db)
    if then_serve:
        ctx.invoke(serve, db_path=Path(db), host=host, port=port)


COMMANDS: list[click.Command] = [demo]
