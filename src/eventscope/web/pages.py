"""The dashboard's pages: server-rendered shells (Jinja2) whose scripts read the JSON API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from eventscope import __version__
from eventscope.store.query import article_summary
from eventscope.web.api import no_article, no_country

__all__ = ["NAVIGATION", "router", "templates"]

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
router = APIRouter(include_in_schema=False)

# (path, label, template) of the pages in the navigation bar, in order.
NAVIGATION = (
    ("/", "Overview", "overview.html"),
    ("/events", "Events", "events.html"),
    ("/articles", "Articles", "articles.html"),
    ("/trends", "Trends", "trends.html"),
    ("/network", "Network", "network.html"),
    ("/map", "Map", "map.html"),
    ("/code", "Code a text", "code.html"),
)


def render(request: Request, template: str, title: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(
        request, template,
        {"title": title, "navigation": NAVIGATION, "path": request.url.path, "version": __version__, **context},
    )


def _page(path: str, label: str, template: str) -> None:
    def show(request: Request) -> HTMLResponse:
        return render(request, template, label)

    router.add_api_route(path, show, methods=["GET"], response_class=HTMLResponse, name=f"page:{template}")


for _path, _label, _template in NAVIGATION:
    _page(_path, _label, _template)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(article_id: str, request: Request) -> HTMLResponse:
    with request.app.state.reader.connect() as con:
        found = article_summary(con, article_id)
    if found is None:
        raise no_article(article_id)
    return render(request, "article.html", found["title"] or "Article", article_id=article_id)


@router.get("/countries/{iso3}", response_class=HTMLResponse)
def country_page(iso3: str, request: Request) -> HTMLResponse:
    from eventscope.store.query import country_name, known_country

    if len(iso3) != 3 or not iso3.isalpha() or not known_country(iso3):
        raise no_country(iso3)
    return render(request, "country.html", country_name(iso3) or iso3.upper(), iso3=iso3.upper())
