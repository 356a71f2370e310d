"""The web application: JSON API under /api (OpenAPI docs at /docs), dashboard pages, static files."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from eventscope import __version__
from eventscope.datafiles import bundled_file
from eventscope.errors import DatabaseError, from_database_error
from eventscope.settings import Settings
from eventscope.store.filters import FilterError
from eventscope.web import api, pages
from eventscope.web.db import DatabaseBusy, SnapshotReader
from eventscope.web.guard import ASGIApp, Message, Receive, RequestGuard, Scope, Send
from eventscope.web.models import WorldStatus
from eventscope.web.world import WorldMap

__all__ = ["create_app"]

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).parent / "static"


def _plotly_js() -> Path:
    path = bundled_file("plotly", "package_data", "plotly.min.js")
    if not path.is_file():
        raise HTTPException(503, "plotly.js is missing: pip install plotly")
    return path


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_html(request):
        return pages.templates.TemplateResponse(
            request, "error.html",
            {"title": f"Error {status}", "navigation": pages.NAVIGATION, "path": request.url.path,
             "version": __version__, "status": status, "message": message},
            status_code=status)
    return JSONResponse({"detail": message}, status_code=status)


class ServerBugs:
    """The last resort for an exception no handler took (a bug): logged here once, with the request's method and
    path, and answered with a 500 page. (An exception handler for Exception runs in Starlette's outermost
    middleware, which raises the error on after answering, so uvicorn logged the traceback a second time.)
    A plain ASGI middleware, so streamed responses stay streamed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as error:
            request = Request(scope)
            log.error("internal error on %s %s", request.method, request.url.path, exc_info=error)
            if not started:  # (a response already begun cannot become a 500: the server closes the connection)
                await _error(request, 500, "internal error; the server log has the details")(scope, receive, send)


def _validation_message(error: RequestValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(part) for part in item.get("loc", ()) if part not in ("query", "body", "path"))
        if item.get("type") == "json_invalid":  # (its place is a character offset: "0: JSON decode error")
            where = "request body"
        parts.append(f"{where or 'request'}: {item.get('msg', 'invalid')}")
    return "; ".join(dict.fromkeys(parts))  # (a parameter two dependencies declare fails twice alike: said once)


def _mount_docs(app: FastAPI) -> None:
    """Interactive OpenAPI docs at /docs with Swagger UI from the swagger-ui-bundle-v2 package (offline)."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        log.warning("swagger-ui-bundle-v2 is not installed: /docs is off; /openapi.json still describes the API")
        return
    app.mount("/docs-assets", StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> Response:
        return HTMLResponse(_DOCS_PAGE.replace("{openapi_url}", app.openapi_url or "/openapi.json"))

    @app.get("/docs/init.js", include_in_schema=False, response_class=Response)
    def docs_script() -> Response:  # a file, not an inline script: the Content-Security-Policy allows no inline code
        return Response(_DOCS_SCRIPT, media_type="text/javascript")


_DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>eventscope API</title>
<link rel="stylesheet" href="/docs-assets/swagger-ui.css"><link rel="icon" href="/static/favicon.svg"></head>
<body><div id="swagger-ui" data-openapi-url="{openapi_url}"></div>
<script src="/docs-assets/swagger-ui-bundle.js"></script><script src="/docs/init.js"></script></body></html>
"""
_DOCS_SCRIPT = """"use strict";
const docsRoot = document.getElementById("swagger-ui");
window.ui = SwaggerUIBundle({url: docsRoot.dataset.openapiUrl, dom_id: "#swagger-ui", deepLinking: true,
  layout: "BaseLayout", presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset]});
"""


def _serve_world_map(app: FastAPI) -> None:
    """The map's topology at the URL plotly asks for (topojsonURL + world_50m.json), and whether it is there."""
    world = WorldMap()
    app.state.world = world

    @app.get("/api/world", tags=["map"], response_model=WorldStatus)
    def world_status() -> WorldStatus:
        """Whether the world map's country shapes are installed; the map draws places only without them."""
        return WorldStatus(available=world.body() is not None, detail=world.problem)

    @app.get("/static/vendor/world_50m.json", include_in_schema=False, response_class=Response)
    def world_topology() -> Response:
        body = world.body()
        if body is None:
            raise HTTPException(404, world.problem)
        return Response(body, media_type="application/json", headers={"Cache-Control": "public, max-age=86400"})


def create_app(db_path: str | Path, refresh_interval: float = 1.0, allowed_hosts: frozenset[str] | None = None,
               max_body_bytes: int | None = None, settings: Settings | None = None) -> FastAPI:
    """The app serving the database at `db_path`; it reads snapshots, so an ingest may write meanwhile.

    `allowed_hosts`: the Host names answered (None: any; see guard.py); `max_body_bytes`: the largest
    request body (default: the request_body_bytes limit of the settings); `settings`: what codes a pasted
    text and whose actor dictionary answers the actor search (default: the EVENTSCOPE_* environment's).
    """
    settings = settings or Settings.from_env()
    reader = SnapshotReader(db_path, refresh_interval=refresh_interval)
    if max_body_bytes is None:
        max_body_bytes = settings.limits.request_body_bytes

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        reader.close()

    app = FastAPI(
        docs_url=None,  # served below from locally installed Swagger UI files, not from a CDN
        redoc_url=None,
        title="eventscope",
        version=__version__,
        description="Political event data (CAMEO and PLOVER) coded from news text: events, stories, actors, "
        "dyads and trends as JSON or CSV, read from an eventscope DuckDB database.",
        lifespan=lifespan,
    )
    app.state.reader = reader
    app.state.coder = api.CoderHolder(settings)
    app.add_middleware(ServerBugs)  # innermost: its 500 page passes the guard's headers and compression
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(RequestGuard, allowed_hosts=allowed_hosts, max_body_bytes=max_body_bytes)  # outermost
    app.include_router(api.router)
    app.include_router(pages.router)
    _serve_world_map(app)  # before the /static mount, which would otherwise answer its URL
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        return _error(request, 422, _validation_message(error))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        return _error(request, error.status_code, str(error.detail))

    @app.exception_handler(FilterError)
    async def bad_value(request: Request, error: FilterError) -> Response:  # only our own checks are a 400
        return _error(request, 400, str(error))

    @app.exception_handler(DatabaseBusy)
    async def busy(request: Request, error: DatabaseBusy) -> Response:
        return _error(request, 503, str(error))

    @app.exception_handler(DatabaseError)
    async def unusable_database(request: Request, error: DatabaseError) -> Response:  # not busy: it will not heal
        log.error("the database cannot be read on %s: %s", request.url.path, error)
        return _error(request, 500, str(error))

    @app.exception_handler(duckdb.Error)
    async def database_error(request: Request, error: duckdb.Error) -> Response:
        if (unusable := from_database_error(error, reader.path)) is not None:  # (damaged, disk full: said, not a bug)
            return await unusable_database(request, unusable)
        log.exception("database error on %s", request.url.path)
        return _error(request, 500, f"the database could not answer: {type(error).__name__}")

    _mount_docs(app)

    @app.get("/vendor/plotly.min.js", include_in_schema=False, response_class=FileResponse)
    def plotly_js() -> Response:
        # plotly.js as bundled in the plotly wheel (a pinned dependency): the charts need no CDN.
        return FileResponse(_plotly_js(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/favicon.ico", include_in_schema=False, response_class=Response)
    def favicon() -> Response:
        return Response((STATIC_DIR / "favicon.svg").read_bytes(), media_type="image/svg+xml")

    return app
