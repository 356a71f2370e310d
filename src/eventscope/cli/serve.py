"""`eventscope serve`: the HTTP API and dashboard for a database."""

from __future__ import annotations

import errno
import socket
from pathlib import Path
from typing import TYPE_CHECKING

import click

from eventscope.cli.options import coder_options, db_option, dictionary_from, host_option, port_option, settings_from

if TYPE_CHECKING:
    import uvicorn
    from fastapi import FastAPI

__all__ = ["COMMANDS", "bind", "dashboard_server", "serve"]


def bind(host: str, port: int) -> socket.socket:
    """Bind the listening socket first, so the printed address is the real one (also with --port 0); one line
    when the address cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        hint = "; another program listens there: give another --port" if error.errno == errno.EADDRINUSE else ""
        raise click.ClickException(f"cannot listen on {host}:{port}: {error.strerror or error}{hint}") from None
    return sock


def dashboard_server(app: FastAPI) -> uvicorn.Server:
    """The uvicorn server `serve` runs `app` in: its own log at warnings and above (no access log)."""
    import uvicorn

    return uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))


@click.command("serve")
@db_option
@host_option
@port_option
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="Also answer requests for this host name (repeatable), e.g. the public name behind a reverse "
                   "proxy; '*' answers any. On a loopback address only loopback names are answered by default "
                   "(against DNS rebinding).")
@coder_options
def serve(db: str, host: str, port: int, allowed_hosts: tuple[str, ...] = (), model: str | None = None,
          actor_files: tuple[Path, ...] = (), pattern_files: tuple[Path, ...] = (), place_files: tuple[Path, ...] = (),
          reading: str | None = None) -> None:
    """Serve the dashboard and the JSON API (OpenAPI docs at /docs) for a database.

    The server reads snapshots of the database, so it never blocks an ingest writing it; new events
    appear on the next page load. The coder options code the texts pasted into the dashboard, and the
    actor files also answer its actor search (give those the database was coded with).
    """
    from eventscope.store.connection import check_database_file
    from eventscope.web import create_app
    from eventscope.web.guard import allowed_hosts_for

    settings = settings_from(model, actor_files, pattern_files, place_files, reading)
    dictionary_from(settings)  # (a user's actor file that cannot be read fails now, not on the first search)
    db_path = Path(db)
    check_database_file(db_path)  # (the server reads copies of the file; a wrong file would only show as busy)
    if not db_path.exists():
        click.echo(f"note: {db_path} does not exist yet; the dashboard shows it once an ingest creates it", err=True)
    app = create_app(db_path, allowed_hosts=allowed_hosts_for(host, allowed_hosts), settings=settings)
    try:
        app.state.reader.check()  # (a file cut short or damaged is said now, not as a busy database on every page)
        sock = bind(host, port)
    except BaseException:
        app.state.reader.close()  # (its snapshot folder: the server's lifespan, which would close it, never starts)
        raise
    bound_port = sock.getsockname()[1]
    shown_host = f"[{host}]" if ":" in host else host
    address = f"http://{shown_host}:{bound_port}/"
    click.echo(f"eventscope dashboard for {db_path} at {address}  (API docs: {address}docs; Ctrl+C to stop)")
    dashboard_server(app).run(sockets=[sock])


COMMANDS: list[click.Command] = [serve]
