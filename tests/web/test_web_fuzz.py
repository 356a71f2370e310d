"""API fuzzing over the OpenAPI document (schemathesis + hypothesis): every operation, with generated valid and
invalid parameters and bodies, answers below 500. The coder behind POST /api/code is replaced by a stub that
answers at once, so the fuzzing exercises the HTTP layer, not spaCy; the actor search still reads the real
dictionary through the server's CoderHolder."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from webdata import build_sample_db

from eventscope.records import Article, CodedArticle
from eventscope.settings import Settings
from eventscope.web import create_app
from eventscope.web.api import CoderHolder

pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("EVENTSCOPE_FUZZ_EXAMPLES", "80"))  # per operation and phase
STATUS: Counter[str] = Counter()  # "2xx", "4xx", "5xx" over the whole module


class _StubCoder(CoderHolder):
    """The server's holder with coding replaced: no spaCy model is loaded; the dictionary is the real one."""

    def code(self, request) -> CodedArticle:
        text = request.text
        return CodedArticle(article=Article(id=Article.make_id(text), text=text, published=request.published), events=[])


def _app(tmp: Path):
    db = tmp / "fuzz.duckdb"
    build_sample_db(db)
    app = create_app(db, refresh_interval=0, max_body_bytes=200_000)
    app.state.coder = _StubCoder(Settings())
    return app


# A fresh folder per run: a folder named by the process id could be a dead run's (ids are reused), whose database
# already holds the sample rows, and building them again fails at collection.
_TMP = Path(tempfile.mkdtemp(prefix="eventscope-fuzz-"))
atexit.register(shutil.rmtree, _TMP, ignore_errors=True)
APP = _app(_TMP)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_no_request_gets_a_server_error(case):
    response = case.call()
    STATUS[f"{response.status_code // 100}xx"] += 1
    assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.status_code,
                                        response.text[:500])


def test_zz_fuzz_summary():
    """Runs last: the counts for the record (test-artifacts/web/fuzz.json)."""
    total = sum(STATUS.values())
    out = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
    out.mkdir(parents=True, exist_ok=True)
    (out / "fuzz.json").write_text(json.dumps({"requests": total, **STATUS, "date": date.today().isoformat()}))
    print(f"\nfuzz: {total} requests, {dict(STATUS)}")
    assert STATUS["5xx"] == 0 and total >= 100
