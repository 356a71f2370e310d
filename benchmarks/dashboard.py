"""Dashboard page timings on a synthetic database with many dyads, in Debian's Chromium.

    python benchmarks/dashboard.py --dyads 1000 [--json out.json]

Builds a database whose events connect `--dyads` distinct country (and country-sector) pairs over two years,
starts `eventscope serve` on it, and times each page from navigation to the page's ready mark (all of its
API calls answered and its charts drawn), plus the network's own layout-and-draw time as the page reports it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

_TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path[:0] = [str(_TESTS / "web"), str(_TESTS)]
from webdata import build_many_dyads_db  # noqa: E402  (the builder the browser tests use too)

if TYPE_CHECKING:
    from playwright.sync_api import Locator

PAGES = ("/", "/trends?interval=week", "/network?limit={dyads}", "/map", "/countries/RUS", "/events")


def first_line(server: subprocess.Popen[str]) -> str:
    """The server's first line of output (the address it listens on)."""
    if server.stdout is None:
        raise SystemExit("the server was started without a pipe on its output")
    return server.stdout.readline()


def number_attribute(element: Locator, name: str) -> int:
    """A whole number the page wrote into an element's attribute (the network's draw marks)."""
    value = element.get_attribute(name)
    if value is None:
        raise SystemExit(f"the page did not mark {name}")
    return int(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dyads", type=int, default=1000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "synthetic.duckdb"
        events = build_many_dyads_db(db, args.dyads)
        server = subprocess.Popen([sys.executable, "-m", "eventscope.cli", "serve", "--db", str(db), "--port", "0"],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            line = first_line(server)
            url = line[line.index("http://"):].split()[0].rstrip("/")
            time.sleep(1.0)
            results = {"dyads": args.dyads, "events": events, "pages": {}}
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                                     args=["--no-sandbox", "--disable-gpu"])
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(url + "/", wait_until="networkidle")  # warm the server's snapshot and the browser cache
                for path in PAGES:
                    path = path.format(dyads=args.dyads)
                    started = time.perf_counter()
                    page.goto(url + path)
                    page.wait_for_selector("body[data-ready='true']", timeout=60000)
                    seconds = time.perf_counter() - started
                    entry = {"ready_s": round(seconds, 3)}
                    if path.startswith("/network"):
                        box = page.locator("#network")
                        entry.update(draw_ms=number_attribute(box, "data-draw-ms"),
                                     layout_ms=number_attribute(box, "data-layout-ms"),
                                     nodes=number_attribute(box, "data-nodes"), edges=number_attribute(box, "data-edges"))
                    results["pages"][path] = entry
                    print(f"{path:32} {json.dumps(entry)}")
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
