"""`eventscope demo`: what `make run` does: code the bundled sample into a database and open the dashboard."""

from __future__ import annotations

import click

from eventscope.cli.corpus import ingest_command, query_command
from eventscope.cli.options import db_option, host_option, port_option
from eventscope.cli.serve import bind, serve
from eventscope.samples import sample_path


@click.command("demo")
@db_option
@click.option("--serve/--no-serve", "then_serve", default=True, show_default=True,
              help="Serve the dashboard on the result afterwards.")
@host_option
@port_option
@click.pass_context
def demo(ctx: click.Context, db: str, then_serve: bool, host: str, port: int) -> None:
    """Code the bundled sample articles into DB, print their events, then serve the dashboard.

    The sample is a dozen short news-style articles written for eventscope: cooperation, conflict,
    protest, negated and planned events.
    """
    from eventscope.store.connection import check_database_file  # (duckdb: not for every command's start-up)

    check_database_file(db)
    if then_serve:
        bind(host, port).close()  # (a port in use is said before the minute of coding, not after it)
    click.echo(f"Coding the bundled sample ({sample_path().name}) into {db} ...")
    ctx.invoke(ingest_command, sources=(str(sample_path()),), db=db)
    ctx.invoke(query_command, db=db)
    if then_serve:
        ctx.invoke(serve, db=db, host=host, port=port)


COMMANDS: list[click.Command] = [demo]
