"""The OpenAPI document types every route: each JSON answer has a schema with named fields, not `{}`."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from eventscope.web import create_app


@pytest.fixture(scope="module")
def app(sample_db: Path):
    return create_app(sample_db)


@pytest.fixture(scope="module")
def document(app) -> dict:
    with TestClient(app) as client:
        response = client.get("/openapi.json")
    assert response.status_code == 200, response.text
    return response.json()


def _resolve(schema: dict, document: dict) -> dict:
    while "$ref" in schema:
        name = schema["$ref"].removeprefix("#/components/schemas/")
        schema = document["components"]["schemas"][name]
    return schema


def _typed(schema: dict, document: dict) -> bool:
    """A schema that says what is in the body: an object with named fields, or a choice of such objects."""
    schema = _resolve(schema, document)
    if "anyOf" in schema or "oneOf" in schema:
        return all(_typed(choice, document) for choice in schema.get("anyOf", schema.get("oneOf")))
    return schema.get("type") == "object" and bool(schema.get("properties"))


def test_every_json_route_has_a_typed_answer(document):
    operations = [(method.upper(), path, op) for path, ops in document["paths"].items() for method, op in ops.items()]
    assert len(operations) >= 15
    untyped = []
    for method, path, op in operations:
        body = op["responses"].get("200", {}).get("content", {}).get("application/json", {}).get("schema", {})
        if not _typed(body, document):
            untyped.append(f"{method} {path}: {body or 'no JSON schema'}")
    assert untyped == [], "routes whose 200 answer is not typed in /openapi.json"


def test_lists_document_their_csv_form_too(document):
    for path in ("/api/events", "/api/articles", "/api/stories", "/api/actors", "/api/trends", "/api/countries"):
        content = document["paths"][path]["get"]["responses"]["200"]["content"]
        assert set(content) == {"application/json", "text/csv"}, path


def test_table_rows_follow_the_store_schema(document):
    from eventscope.store.query import EVENT_LIST_COLUMNS

    fields = document["components"]["schemas"]["EventRow"]["properties"]
    assert list(fields) == list(EVENT_LIST_COLUMNS)
    assert fields["date"]["anyOf"][0] == {"type": "string", "format": "date"}
    assert fields["contexts"]["anyOf"][0] == {"type": "array", "items": {"type": "string"}}


def test_typed_schema_check_rejects_an_empty_answer(document):
    assert not _typed({}, document)
    assert not _typed({"type": "object", "additionalProperties": True}, document)
    assert _typed({"$ref": "#/components/schemas/Stats"}, document)


def test_every_route_outside_the_document_names_its_response_class(app):
    """Pages, files and docs are not JSON: each says what it answers instead of FastAPI's default JSON."""
    from fastapi.datastructures import DefaultPlaceholder

    for route in app.routes:
        if isinstance(route, APIRoute) and not route.include_in_schema:
            assert route.response_model is not None or not isinstance(route.response_class, DefaultPlaceholder), route.path
