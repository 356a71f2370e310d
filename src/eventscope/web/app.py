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
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from eventscope import __version__
from eventscope.web import api, pages
from eventscope.web.db import DatabaseBusy, SnapshotReader

__all__ = ["create_app"]

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).parent / "static"


def _plotly_js() -> Path:
    from importlib import resources

    path = Path(str(resources.files("plotly").joinpath("package_data", "plotly.min.js")))
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


def _validation_message(error: RequestValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(part) for part in item.get("loc", ()) if part not in ("query", "body", "path"))
        parts.append(f"{where or 'request'}: {item.get('msg', 'invalid')}")
    return "; ".join(parts)


def _mount_docs(app: FastAPI) -> None:
    """Interactive OpenAPI docs at /docs with Swagger UI from the swagger-ui-bundle-v2 package (offline)."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        log.warning("swagger-ui-bundle-v2 is not installed: /docs is off; /openapi.json still describes the API")
        return
    app.mount("/docs-assets", StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title="eventscope API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js", swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg")


def create_app(db_path: str | Path, refresh_interval: float = 1.0) -> FastAPI:
    """The app serving the database at `db_path`; it reads snapshots, so an ingest may write meanwhile."""
    reader = SnapshotReader(db_path, refresh_interval=refresh_interval)

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
    app.state.coder = api.CoderHolder()
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        return _error(request, 422, _validation_message(error))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        return _error(request, error.status_code, str(error.detail))

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, error: ValueError) -> Response:
        return _error(request, 400, str(error))

    @app.exception_handler(DatabaseBusy)
    async def busy(request: Request, error: DatabaseBusy) -> Response:
        return _error(request, 503, str(error))

    @app.exception_handler(duckdb.Error)
    async def database_error(request: Request, error: duckdb.Error) -> Response:
        log.exception("database error on %s", request.url.path)
        return _error(request, 500, f"the database could not answer: {type(error).__name__}")

    _mount_docs(app)

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> Response:
        # plotly.js as bundled in the plotly wheel (a pinned dependency): the charts need no CDN.
        return FileResponse(_plotly_js(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response((STATIC_DIR / "favicon.svg").read_bytes(), media_type="image/svg+xml")

    return app
