"""EventFilter checks itself: the CLI and the API reject a bad filter with the same message."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from eventscope import store
from eventscope.cli import main
from eventscope.store.filters import EventFilter, FilterError
from eventscope.web import create_app

BAD_FILTERS = [
    ({"dyad": "RUS"}, "dyad must be SOURCE:TARGET"),
    ({"since": "May"}, "since must be a date YYYY-MM-DD"),
    ({"until": "2024-02-30"}, "until must be a date YYYY-MM-DD"),
    ({"since": "2024-07-01", "until": "2024-01-01"}, "is after until"),
    ({"plover": "DANCE"}, "plover must be one of"),
    ({"modality": "maybe"}, "historical or any, not 'maybe'"),  # (the message left out "any", which it takes)
    ({"quad_class": "5"}, "quad_class must be 1, 2, 3 or 4"),
    ({"actor": "RUS' OR 1=1--"}, "actor must be a country or actor code"),
]


def test_parse_builds_a_checked_filter():
    flt = EventFilter.parse(dyad="RUS:CHN", since="2024-01-01", plover="consult", quad_class=1)
    assert flt.dyad == ("RUS", "CHN") and flt.since == date(2024, 1, 1)
    assert EventFilter.parse() == EventFilter(modality="asserted")  # what users count unless they ask
    assert EventFilter.parse(modality="any") == EventFilter()
    assert EventFilter.parse(modality="ANY") == EventFilter()  # any case, as plover ("NEGATED" was refused)
    assert EventFilter.parse(modality="Negated") == EventFilter(modality="negated")
    with pytest.raises(FilterError, match="cameo_root"):
        EventFilter(cameo_root="4")


@pytest.mark.parametrize(("values", "words"), BAD_FILTERS)
def test_cli_and_api_reject_a_bad_filter_with_the_same_message(tmp_path, values, words):
    db = tmp_path / "empty.duckdb"
    with store.connect(db):
        pass
    with pytest.raises(FilterError) as raised:
        EventFilter.parse(**{k: int(v) if k == "quad_class" else v for k, v in values.items()})
    message = str(raised.value)
    assert words in message
    options = [part for key, value in values.items() for part in (f"--{key.replace('_', '-')}", value)]
    result = CliRunner().invoke(main, ["query", "--db", str(db), *options])
    assert result.exit_code == 2 and result.stderr.strip() == f"Error: {message}"
    with TestClient(create_app(db)) as client:
        response = client.get("/api/events", params=values)
    assert response.status_code == 400 and response.json()["detail"] == message
