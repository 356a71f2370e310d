"""Bad requests are said plainly: a query parameter an API endpoint does not take is a 400 that names it and the
parameters it takes, never ignored (`?actr=RUS` used to answer every event, `/api/trends?by=week` a monthly series);
a body that is no JSON says so."""

from __future__ import annotations

import pytest
from eventfactory import make_article, make_event
from fastapi.testclient import TestClient

from eventscope import store
from eventscope.records import CodedArticle
from eventscope.web import create_app
from eventscope.web.api import router


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("params") / "small.duckdb"
    article = make_article("Russia attacked Kenya on Monday.")
    coded = CodedArticle(article=article, events=[make_event(article, "Russia", "attacked", "Kenya", "190")])
    with store.connect(path) as con:
        store.write_tables(con, store.batch_tables([coded]))
    with TestClient(create_app(path, refresh_interval=0), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.mark.parametrize(("path", "params", "named", "takes"), [
    ("/api/events", {"actr": "RUS"}, "actr", "actor"),
    ("/api/events", {"actor": "RUS", "sicne": "2024-01-01"}, "sicne", "since"),
    ("/api/trends", {"by": "week"}, "by", "interval"),
    ("/api/stories", {"q": "attack"}, "q", "plover"),  # stories have no text filter: not ignored either
    ("/api/stats", {"modality": "any"}, "modality", "no query parameter"),
    ("/api/events/x", {"format": "csv"}, "format", "no query parameter"),
])
def test_an_unknown_parameter_is_a_400_naming_it(client, path, params, named, takes):
    response = client.get(path, params=params)
    assert response.status_code == 400, response.text
    detail = response.json()["detail"]
    assert f"unknown query parameter {named!r}" in detail and takes in detail


def test_every_parameter_an_endpoint_declares_is_accepted(client):
    """(what the check allows is what each route declares, so no declared parameter is refused)"""
    response = client.get("/api/events", params={"actor": "RUS", "since": "2024-01-01", "modality": "any",
                                                 "q": "attacked", "limit": 5, "sort": "-date", "format": "json"})
    assert response.status_code == 200, response.text
    assert response.json()["total"] == 1
    assert client.get("/api/trends", params={"interval": "week", "unit": "stories", "actor": "RUS"}).status_code == 200


def test_the_api_routes_take_what_the_dashboard_sends():
    """The dashboard's scripts send these parameters (static/*.js); each endpoint must take them."""
    from eventscope.web.api import _query_names

    takes = {route.path: _query_names(route.dependant) for route in router.routes}
    filters = {"plover", "since", "until", "modality"}
    sent = {
        "/api/events": filters | {"actor", "article_id", "cameo_root", "dyad", "location_country", "q", "quad_class",
                                  "sort", "story_id", "limit", "offset", "format"},
        "/api/countries": filters | {"by"}, "/api/locations": filters | {"limit"},
        "/api/dyads": filters | {"quad_class", "level", "limit", "sort"},
        "/api/trends": filters | {"actor", "interval", "group_by", "unit"},
        "/api/countries/{iso3}": filters | {"interval"}, "/api/stories": {"sort", "limit", "modality"},
        "/api/actors": {"q", "limit", "modality"}, "/api/articles": {"limit", "offset", "format"},
    }
    for path, names in sent.items():
        assert names <= takes[path], (path, names - takes[path])


def test_a_bad_value_twice_declared_is_said_once(client):
    detail = client.get("/api/events", params={"format": "xml"}).json()["detail"]
    assert detail.count("format:") == 1


def test_a_body_that_is_no_json_says_so(client):
    response = client.post("/api/code", content=b"not json", headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("request body: JSON decode error")
