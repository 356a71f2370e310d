"""Dates on the dashboard are written to their precision: a month-precise event as "1986-04", a year-precise one
as "1986", never as the first day of its period (the store keeps them as that first day)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventscope.web import create_app

COMMON_JS = Path(__file__).resolve().parents[2] / "src" / "eventscope" / "web" / "static" / "common.js"
# Runs the dashboard's common.js in node and prints what its dateLabel writes for each (date, precision) pair.
RUNNER = """
const fs = require("fs"), vm = require("vm");
const context = {};
vm.createContext(context);
vm.runInContext(fs.readFileSync(process.argv[1], "utf8") + "\\n;globalThis.ES = ES;", context);
const pairs = JSON.parse(process.argv[2]);
console.log(JSON.stringify(pairs.map(([date, precision]) => context.ES.dateLabel(date, precision))));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_dashboard_writes_a_date_to_its_precision():
    pairs = [["1986-04-01", "month"], ["1986-01-01", "year"], ["2024-05-16", "day"], [None, "unknown"]]
    result = subprocess.run(["node", "-e", RUNNER, str(COMMON_JS), json.dumps(pairs)], capture_output=True, text=True,
                            check=True, timeout=60)
    assert json.loads(result.stdout) == ["1986-04", "1986", "2024-05-16", ""]


def test_event_rows_carry_the_precision_the_dashboard_writes_them_with(sample_db: Path):
    with TestClient(create_app(sample_db)) as client:
        rows = client.get("/api/events", params={"modality": "any"}).json()["items"]
    assert rows and all(row["date_precision"] in ("day", "month", "year", "unknown") for row in rows)
