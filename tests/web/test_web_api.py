"""The JSON/CSV API on a real DuckDB file, through FastAPI's TestClient."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from eventfactory import make_event
from fastapi.testclient import TestClient

from eventscope.records import Article, CodedArticle
from eventscope.web import create_app
from eventscope.web.api import CodeRequest


@pytest.fixture(scope="module")
def client(sample_db: Path):
    with TestClient(create_app(sample_db)) as test_client:
        yield test_client


def items(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["items"]


def rows_of_csv(response) -> list[dict]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


# ---------------------------------------------------------------------------------------------- events


def test_events_lists_every_event_newest_first(client, sample_events):
    body = client.get("/api/events", params={"modality": "any"}).json()
    assert body["total"] == len(sample_events) == 8
    dates = [row["date"] for row in body["items"]]
    assert dates == sorted(dates, reverse=True)
    assert "event_json" not in body["items"][0]


@pytest.mark.parametrize(("params", "expected"), [
    ({"actor": "RUS", "modality": "any"}, {"042", "111", "036"}),
    ({"actor": "RUS"}, {"042", "111"}),  # asserted events unless asked otherwise
    ({"dyad": "RUS:CHN"}, {"042"}),
    ({"dyad": "rus:chn"}, {"042"}),
    ({"plover": "ASSAULT"}, {"180"}),
    ({"plover": "assault"}, {"180"}),
    ({"modality": "future"}, {"130"}),
    ({"since": "2024-06-01", "modality": "any"}, {"141", "180", "130", "036"}),
    ({"since": "2024-06-01"}, {"141", "180"}),
    ({"until": "2024-05-16"}, {"042", "111"}),
    ({"quad_class": 4}, {"180", "141"}),
    ({"cameo_root": "13", "modality": "any"}, {"130"}),
    ({"location_country": "KEN", "modality": "any"}, {"141", "180", "036"}),
    ({"q": "tear gas"}, {"141", "180"}),
    ({"actor": "KENCOP"}, {"180"}),
])
def test_event_filters(client, params, expected):
    assert {row["cameo"] for row in items(client.get("/api/events", params=params))} == expected


def test_article_and_story_filters(client, sample_events):
    visit = next(e for e in sample_events if e.event.cameo == "042")
    in_article = items(client.get("/api/events", params={"article_id": visit.article_id}))
    assert {row["article_id"] for row in in_article} == {visit.article_id} and len(in_article) == 2
    in_story = items(client.get("/api/events", params={"story_id": "story-visit"}))
    assert [row["cameo"] for row in in_story] == ["042", "042"]


def test_pagination_and_sorting(client):
    first = client.get("/api/events", params={"limit": 3, "sort": "goldstein", "modality": "any"}).json()
    second = client.get("/api/events", params={"limit": 3, "offset": 3, "sort": "goldstein", "modality": "any"}).json()
    assert first["total"] == second["total"] == 8
    assert (first["limit"], first["offset"], second["offset"]) == (3, 0, 3)
    scores = [row["goldstein"] for row in first["items"] + second["items"]]
    assert scores == sorted(scores) and scores[0] == -9.0
    assert not {row["id"] for row in first["items"]} & {row["id"] for row in second["items"]}
    descending = items(client.get("/api/events", params={"limit": 1, "sort": "-goldstein", "modality": "any"}))
    assert descending[0]["goldstein"] == 4.0


def test_event_detail_has_its_evidence_and_article(client, sample_events):
    event = next(e for e in sample_events if e.event.cameo == "180")
    body = client.get(f"/api/events/{event.id}").json()
    assert body["event"]["id"] == event.id
    assert body["event"]["evidence"]["text"] == event.evidence.text
    assert body["article"]["id"] == event.article_id
    assert body["article"]["text"][event.trigger.start:event.trigger.end] == "fired"
    assert body["stories"] == []


def test_an_event_says_which_rule_made_it_in_its_detail_and_the_list(client, sample_events):
    warned = next(e for e in sample_events if e.event.cameo == "130")
    assert client.get(f"/api/events/{warned.id}").json()["event"]["rule"] == "verb:warn"
    listed = {row["id"]: row["rule"] for row in client.get("/api/events", params={"modality": "any"}).json()["items"]}
    assert listed[warned.id] == "verb:warn" and set(listed.values()) == {"verb:warn", None}


def test_event_detail_lists_the_story(client, sample_events):
    visit = next(e for e in sample_events if e.event.cameo == "042")
    assert [s["id"] for s in client.get(f"/api/events/{visit.id}").json()["stories"]] == ["story-visit"]


def test_article_has_its_text_and_all_its_events(client, sample_events):
    event = next(e for e in sample_events if e.event.cameo == "130")
    body = client.get(f"/api/articles/{event.article_id}").json()
    assert body["text"].startswith("China warned France")
    assert [e["event"]["cameo"] for e in body["events"]] == ["130", "036"]
    assert client.get("/api/articles", params={"sort": "published"}).json()["items"][0]["published"] == "2024-05-16"


# ---------------------------------------------------------------------------------------------- other lists


def test_stories(client):
    stories = items(client.get("/api/stories"))
    assert [(s["id"], s["num_articles"], s["source_code"]) for s in stories] == [("story-visit", 2, "RUS")]
    assert items(client.get("/api/stories", params={"plover": "ASSAULT"})) == []


def test_actors_count_events_by_role(client):
    actors = {row["actor"]: row for row in items(client.get("/api/actors", params={"limit": 100, "modality": "any"}))}
    assert actors["RUS"]["as_source"] == 2 and actors["RUS"]["as_target"] == 3 and actors["RUS"]["events"] == 5
    by_country = {row["actor"]: row for row in items(client.get("/api/actors", params={"level": "country", "modality": "any"}))}
    assert by_country["KEN"]["events"] == 3  # Kenya, its police and protesters


def test_dyads_weighted_by_count_and_goldstein(client):
    dyads = {(d["source"], d["target"]): d for d in items(client.get("/api/dyads"))}
    assert dyads[("RUS", "CHN")]["count"] == 2
    assert dyads[("RUS", "CHN")]["goldstein_total"] == pytest.approx(3.8)
    assert dyads[("KENCOP", "KENCVL")]["conflict"] == 1
    by_conflict = items(client.get("/api/dyads", params={"sort": "goldstein_total"}))
    assert (by_conflict[0]["source"], by_conflict[0]["target"]) == ("KENCOP", "KENCVL")


def test_locations_have_coordinates(client):
    places = {p["name"]: p for p in items(client.get("/api/locations", params={"modality": "any"}))}
    assert places["Kenya"]["count"] == 3 and (places["Kenya"]["lat"], places["Kenya"]["lon"]) == (0.5, 38.0)
    assert places["China"]["cooperation"] == 2


def test_trends_by_quad_class(client):
    body = client.get("/api/trends", params={"interval": "month", "group_by": "quad_class"}).json()
    may = {row["quad_class"]: row["count"] for row in body["items"] if row["period"] == "2024-05-01"}
    assert may == {"1": 2, "3": 2}
    stories = client.get("/api/trends", params={"unit": "stories"}).json()["items"]
    assert sum(row["count"] for row in stories) == 1


def test_stats(client):
    stats = client.get("/api/stats").json()
    assert stats["counts"]["articles"] == 4 and stats["counts"]["events"] == 8 and stats["counts"]["stories"] == 1
    assert (stats["date_min"], stats["date_max"]) == ("2024-05-16", "2024-07-01")
    assert stats["quad_class"] == {"1": 3, "3": 3, "4": 2}
    assert stats["modality"]["negated"] == 1


@pytest.mark.parametrize("path", ["/api/events", "/api/stories", "/api/actors", "/api/dyads", "/api/locations",
                                  "/api/articles", "/api/rejects", "/api/trends"])
def test_every_list_is_also_csv(client, path):
    as_json = client.get(path).json()
    rows = rows_of_csv(client.get(path, params={"format": "csv"}))
    assert len(rows) == len(as_json["items"])
    if rows:
        assert set(rows[0]) == set(as_json["items"][0])


def test_csv_without_rows_still_has_a_header(client):
    response = client.get("/api/events", params={"plover": "SANCTION", "format": "csv"})
    assert response.text.splitlines()[0].startswith("id,article_id,sentence_index")
    assert rows_of_csv(response) == []


def test_csv_joins_lists(client):
    rows = rows_of_csv(client.get("/api/stories", params={"format": "csv"}))
    assert len(rows[0]["event_ids"].split(";")) == 2


# ---------------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(("path", "status", "words"), [
    ("/api/events?sort=bogus", 400, "sort must be one of"),
    ("/api/events?plover=DANCE", 400, "plover must be one of"),
    ("/api/events?modality=maybe", 400, "modality must be one of"),
    ("/api/events?since=2024-07-01&until=2024-01-01", 400, "is after"),
    ("/api/events?since=yesterday", 400, "since"),
    ("/api/events?since=2024-02-30", 400, "since"),
    ("/api/events?limit=0", 422, "limit"),
    ("/api/events?limit=abc", 422, "limit"),
    ("/api/events?offset=-1", 422, "offset"),
    ("/api/events?quad_class=5", 400, "quad_class"),
    ("/api/events?dyad=RUS", 400, "dyad"),
    ("/api/events?actor=RUS'%20OR%201=1--", 400, "actor"),
    ("/api/events?format=xml", 422, "format"),
    ("/api/events?cameo_root=4", 400, "cameo_root"),
    ("/api/dyads?level=planet", 422, "level"),
    ("/api/trends?interval=year", 422, "interval"),
    ("/api/trends?group_by=weather", 422, "group_by"),
    ("/api/events/does-not-exist", 404, "no event"),
    ("/api/articles/does-not-exist", 404, "no article"),
    ("/api/no-such-thing", 404, "Not Found"),
])
def test_bad_parameters_get_a_4xx_with_a_message(client, path, status, words):
    response = client.get(path)
    assert response.status_code == status, response.text
    assert words in response.json()["detail"]


def test_parameters_are_bound_not_pasted(client):
    # Quotes and LIKE wildcards in a search are plain characters: nothing matches, nothing breaks.
    for text in ("' OR 1=1 --", "%", "_", "\\", "Russia'; DROP TABLE events; --"):
        assert items(client.get("/api/events", params={"q": text})) == [], text
    assert client.get("/api/events", params={"modality": "any"}).json()["total"] == 8


def test_counts_mean_asserted_events_unless_asked(client):
    assert client.get("/api/events").json()["total"] == 6  # a negated and a planned event are left out
    assert client.get("/api/events", params={"modality": "negated"}).json()["total"] == 1
    assert {r["iso3"] for r in client.get("/api/countries", params={"by": "actor"}).json()["items"]} == {"CHN", "FRA", "KEN", "RUS"}
    assert client.get("/api/countries/RUS").json()["events"] == 4
    assert client.get("/api/countries/RUS", params={"modality": "any"}).json()["events"] == 5


def test_unknown_page_is_a_404_page(client):
    response = client.get("/articles/nope", headers={"accept": "text/html"})
    assert response.status_code == 404 and "<html" in response.text and "no article" in response.text


# ---------------------------------------------------------------------------------------------- pages, docs


@pytest.mark.parametrize("path", ["/", "/events", "/articles", "/network", "/map", "/code"])
def test_pages_render(client, path):
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "/static/common.js" in response.text


def test_article_page(client, sample_events):
    response = client.get(f"/articles/{sample_events[0].article_id}")
    assert response.status_code == 200 and sample_events[0].article_id in response.text


def test_docs_and_every_asset_are_local(client):
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger-ui-bundle.js" in docs.text
    assert "http://" not in docs.text and "https://" not in docs.text
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    for page in ("/", "/events", "/map"):
        html = client.get(page).text
        assert "https://" not in html and "http://" not in html, page
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/stories", "/api/actors", "/api/dyads", "/api/trends",
                 "/api/stats", "/api/code"):
        assert path in spec["paths"], path


def test_world_map_and_plotly_are_served_locally(client):
    assert client.get("/api/world").json() == {"available": True, "detail": ""}
    world = client.get("/static/vendor/world_50m.json").json()
    assert world["type"] == "Topology"
    assert {"countries", "land", "coastlines", "ocean", "lakes", "rivers", "subunits"} <= set(world["objects"])
    ids = {g.get("id") for g in world["objects"]["countries"]["geometries"]}
    assert {"RUS", "CHN", "KEN", "USA", "BRA"} <= ids
    script = client.get("/vendor/plotly.min.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert "plotly.js" in script.text[:200]


def test_world_map_missing_is_a_clear_404(sample_db: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("EVENTSCOPE_WORLD_ATLAS", str(tmp_path / "none.json"))
    with TestClient(create_app(sample_db)) as test_client:
        status = test_client.get("/api/world").json()
        assert status["available"] is False and "none.json is missing" in status["detail"]
        response = test_client.get("/static/vendor/world_50m.json")
        assert response.status_code == 404 and "make install" in response.json()["detail"]


def test_countries_for_the_choropleth(client):
    located = client.get("/api/countries").json()
    assert located["by"] == "location" and all(len(r["iso3"]) == 3 and r["count"] > 0 for r in located["items"])
    actors = {r["iso3"]: r for r in client.get("/api/countries", params={"by": "actor"}).json()["items"]}
    assert actors["RUS"]["count"] >= 1 and actors["RUS"]["name"] == "Russian Federation"
    as_csv = client.get("/api/countries", params={"by": "actor", "format": "csv"})
    assert as_csv.text.startswith("iso3,name,count,mean_goldstein")


def test_country_page_and_profile(client):
    profile = client.get("/api/countries/rus").json()
    assert profile["iso3"] == "RUS" and profile["events"] >= 1
    assert {"periods", "partners_as_source", "partners_as_target", "event_types", "stories", "places"} <= set(profile)
    assert any(p["iso3"] == "CHN" for p in profile["partners_as_source"])
    assert all(p["by_country"] + p["against_country"] >= 1 for p in profile["periods"])
    assert client.get("/countries/RUS").status_code == 200
    assert client.get("/api/countries/XYZ").status_code == 404
    assert client.get("/api/countries/RUSSIA").status_code == 422
    assert client.get("/countries/XYZ", headers={"accept": "text/html"}).status_code == 404


# ---------------------------------------------------------------------------------------------- coding


class FakeCoder:
    """Codes 'Russia visited China.' by hand (the real coder runs in the slow test)."""

    def code(self, request: CodeRequest) -> CodedArticle:
        article = Article(id=Article.make_id(request.text), text=request.text, published=request.published)
        return CodedArticle(article=article, events=[make_event(article, "Russia", "visited", "China", "042")])


def test_code_endpoint_validates_and_codes(sample_db):
    app = create_app(sample_db)
    app.state.coder = FakeCoder()
    with TestClient(app) as client:
        check_code_endpoint(client)


def check_code_endpoint(client):
    response = client.post("/api/code", json={"text": "Russia visited China.", "published": "2024-05-16"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["article"]["published"] == "2024-05-16"
    assert [(e["event"]["cameo"], e["trigger"]["text"]) for e in body["events"]] == [("042", "visited")]
    assert client.post("/api/code", json={"text": ""}).status_code == 422
    assert client.post("/api/code", json={"text": "x", "published": "soon"}).status_code == 422
    assert client.post("/api/code", json={"nothing": 1}).status_code == 422
    assert client.post("/api/code", content=b"not json", headers={"content-type": "application/json"}).status_code == 422


@pytest.mark.slow
def test_code_endpoint_runs_the_real_coder(client):
    text = "Russian President Vladimir Putin visited China on Thursday."
    response = client.post("/api/code", json={"text": text, "published": "2024-05-16"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["article"]["text"] == text
    for event in body["events"]:
        assert text[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]


def test_actors_by_name(client):
    found = client.get("/api/actors", params={"q": "putin"}).json()["items"]
    assert found[0]["code"] == "RUSGOV" and found[0]["kind"] == "person" and "president" in found[0]["detail"]
    assert client.get("/api/actors", params={"q": "taliban"}).json()["items"][0]["code"] == "AFGREBTAL"
    russia = client.get("/api/actors", params={"q": "Russia", "modality": "any"}).json()["items"][0]
    assert (russia["code"], russia["events"]) == ("RUS", 5)
    as_csv = client.get("/api/actors", params={"q": "putin", "format": "csv"})
    assert as_csv.text.startswith("code,name,kind,country,matched,detail,events")


def test_a_name_where_a_code_belongs_gets_a_hint(client):
    body = client.get("/api/events", params={"actor": "Taliban"}).json()
    assert body["total"] == 0 and "AFGREBTAL" in body["hint"]
