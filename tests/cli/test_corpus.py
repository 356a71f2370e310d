"""`eventscope ingest / query / trends / export`: corpus runs, idempotence, crash safety and the outputs."""

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from cliresults import invoke
from eventfactory import make_article, make_event, protest_article, visit_article
from useractors import USER_GROUP, USER_GROUP_CODE, write_user_actors

from eventscope import store
from eventscope.records import CodedArticle, Event
from eventscope.store.stories import rebuild_stories

ENGLISH = ("The foreign ministers of Brazil and Argentina met in Buenos Aires on Monday to discuss trade. "
           "Both governments said they would sign an agreement on energy next month.")


def dump(db) -> dict[str, list[tuple]]:
    """Every row of every table, in a canonical order."""
    with store.connect(db, read_only=True) as con:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in store.TABLES}


@pytest.fixture
def coded_db(tmp_path):
    db = tmp_path / "hand.duckdb"
    with store.connect(db) as con:
        store.write_tables(con, store.batch_tables([visit_article(), protest_article(),
                                                    visit_article(publisher="Other Wire", suffix=" More.")]))
        rebuild_stories(con)
    return db


# ---------------------------------------------------------------------------------------- query & co


def test_query_filters_and_formats(coded_db):
    table = invoke("query", "--db", str(coded_db), "--dyad", "RUS:CHN")
    assert table.exit_code == 0, table.stderr
    assert table.stdout.count("visited") == 2 and "criticised" not in table.stdout
    as_jsonl = invoke("query", "--db", str(coded_db), "--plover", "PROTEST", "--format", "jsonl")
    [event] = [Event.model_validate_json(line) for line in as_jsonl.stdout.splitlines()]
    assert event.event.cameo == "141"
    as_csv = invoke("query", "--db", str(coded_db), "--actor", "KEN", "--since", "2024-06-01", "--format", "csv")
    assert sorted(r["cameo"] for r in csv.DictReader(io.StringIO(as_csv.stdout))) == ["141", "180"]
    none = invoke("query", "--db", str(coded_db), "--modality", "negated", "--format", "jsonl")
    assert none.exit_code == 0 and none.stdout == ""


def test_query_stories(coded_db):
    result = invoke("query", "--db", str(coded_db), "--stories", "--actor", "RUS", "--format", "jsonl")
    stories = [json.loads(line) for line in result.stdout.splitlines()]
    visit = next(s for s in stories if s["cameo"] == "042")
    assert (visit["num_mentions"], visit["num_articles"], visit["num_sources"]) == (2, 2, 2)


def test_query_tables_write_dates_to_their_precision(tmp_path):
    db = tmp_path / "dated.duckdb"
    article = make_article("Back then Russia visited China for a week of talks.", published="2024-05-16")
    visit = make_event(article, "Russia", "visited", "China", "042", event_date="1986-04-01")
    with store.connect(db) as con:
        store.write_tables(con, store.batch_tables([CodedArticle(article=article, events=[
            visit.model_copy(update={"date_precision": "month"})])]))
        rebuild_stories(con)
    events = invoke("query", "--db", str(db))
    stories = invoke("query", "--db", str(db), "--stories")
    as_jsonl = invoke("query", "--db", str(db), "--format", "jsonl")
    assert events.exit_code == 0 and stories.exit_code == 0, events.stderr + stories.stderr
    assert "1986-04 " in events.stdout and "1986-04-01" not in events.stdout
    assert stories.stdout.splitlines()[2].startswith("1986-04     1986-04 ")
    assert json.loads(as_jsonl.stdout)["date"] == "1986-04-01"  # the contract keeps the date and its precision


def test_trends(coded_db):
    result = invoke("trends", "--db", str(coded_db), "--by", "month", "--group", "quad_class", "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"period": "2024-06-01", "quad_class": "4", "count": 2, "mean_goldstein": -7.75} in rows
    stories = invoke("trends", "--db", str(coded_db), "--stories", "--group", "dyad", "--format", "jsonl")
    rows = [json.loads(line) for line in stories.stdout.splitlines()]
    assert {"period": "2024-05-01", "dyad": "RUS:CHN", "count": 1, "mean_goldstein": 1.9} in rows


# The GDELT 2.0 event table as GDELT's codebook lists it: column name and type, in file order.
GDELT_EVENT_TABLE = [("GLOBALEVENTID", int), ("SQLDATE", int), ("MonthYear", int), ("Year", int), ("FractionDate", float)]
for _n in (1, 2):
    GDELT_EVENT_TABLE += [(f"Actor{_n}{part}", str) for part in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")]
GDELT_EVENT_TABLE += [("IsRootEvent", int), ("EventCode", str), ("EventBaseCode", str), ("EventRootCode", str),
                      ("QuadClass", int), ("GoldsteinScale", float), ("NumMentions", int), ("NumSources", int),
                      ("NumArticles", int), ("AvgTone", float)]
for _prefix in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
    GDELT_EVENT_TABLE += [(f"{_prefix}_Type", int), (f"{_prefix}_FullName", str), (f"{_prefix}_CountryCode", str),
                          (f"{_prefix}_ADM1Code", str), (f"{_prefix}_ADM2Code", str), (f"{_prefix}_Lat", float),
                          (f"{_prefix}_Long", float), (f"{_prefix}_FeatureID", str)]
GDELT_EVENT_TABLE += [("DATEADDED", int), ("SOURCEURL", str)]


def read_gdelt(path):
    """Rows of a GDELT file read with the codebook's column list; each value converted to its column's type."""
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        assert len(fields) == len(GDELT_EVENT_TABLE) == 61
        records.append({name: kind(value) if value else None for (name, kind), value in zip(GDELT_EVENT_TABLE, fields)})
    return records


def test_export_gdelt_reads_with_gdelts_column_list(coded_db, tmp_path):
    out = tmp_path / "events.tsv"
    result = invoke("export", "--db", str(coded_db), "--format", "gdelt", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert not out.read_text().startswith("GLOBALEVENTID")  # GDELT files have no header
    records = read_gdelt(out)
    assert len(records) == 6 and all(r["GLOBALEVENTID"] > 0 for r in records)
    assert len({r["GLOBALEVENTID"] for r in records}) == 6
    police = next(r for r in records if r["EventCode"] == "180")
    assert (police["SQLDATE"], police["MonthYear"], police["Year"]) == (20240602, 202406, 2024)
    assert police["DATEADDED"] == 20240602000000 and police["FractionDate"] == round(2024 + 153 / 365, 4)
    assert (police["Actor1Code"], police["Actor1CountryCode"], police["Actor1Type1Code"]) == ("KENCOP", "KEN", "COP")
    assert (police["Actor2Code"], police["QuadClass"], police["GoldsteinScale"]) == ("KENCVL", 4, -9.0)
    # FIPS country code (Kenya is KE in FIPS 10-4), country-level geo type, and no actor geography
    assert (police["ActionGeo_Type"], police["ActionGeo_FullName"], police["ActionGeo_CountryCode"]) == (1, "Kenya", "KE")
    assert police["ActionGeo_ADM1Code"] == "KE" and police["Actor1Geo_Type"] == 0
    visit = [r for r in records if r["EventCode"] == "042"]
    assert visit[0]["EventBaseCode"] == "042" and visit[0]["EventRootCode"] == "04"
    # one row per report: the counts are 1, so a sum counts reports
    assert sum(r["NumMentions"] for r in records) == len(records) and {r["NumArticles"] for r in visit} == {1}


def test_export_gdelt_per_story_sums_to_the_reports(coded_db, tmp_path):
    out = tmp_path / "stories.tsv"
    result = invoke("export", "--db", str(coded_db), "--format", "gdelt", "--stories", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    stories = read_gdelt(out)
    visit = [r for r in stories if r["EventCode"] == "042"]
    assert len(visit) == 1 and (visit[0]["NumMentions"], visit[0]["NumArticles"], visit[0]["NumSources"]) == (2, 2, 2)
    assert sum(r["NumMentions"] for r in stories) == 6  # every report counted once, in its story
    with_header = tmp_path / "h.tsv"
    invoke("export", "--db", str(coded_db), "--format", "gdelt", "--header", "-o", str(with_header))
    assert with_header.read_text().split("\n")[0].split("\t") == [name for name, _ in GDELT_EVENT_TABLE]


def test_export_stories_one_row_per_story(coded_db, tmp_path):
    result = invoke("export", "--db", str(coded_db), "--format", "csv", "--stories", "-o", str(tmp_path / "s.csv"))
    assert result.exit_code == 0 and "story" in result.stderr
    rows = list(csv.DictReader((tmp_path / "s.csv").open()))
    assert sum(int(r["num_mentions"]) for r in rows) == 6 and len(rows) < 6


def test_export_jsonl_csv_parquet(coded_db, tmp_path):
    for fmt, name in (("jsonl", "e.jsonl"), ("csv", "e.csv"), ("parquet", "e.parquet")):
        result = invoke("export", "--db", str(coded_db), "--format", fmt, "-o", str(tmp_path / name),
                        "--plover", "CONSULT")
        assert result.exit_code == 0, result.stderr
        assert "2 event(s)" in result.stderr
    events = [Event.model_validate_json(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert [e.event.cameo for e in events] == ["042", "042"]
    as_csv = list(csv.DictReader((tmp_path / "e.csv").open()))
    assert len(as_csv) == 2 and "rule" in as_csv[0] and "event_json" not in as_csv[0]
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 2 and {"event_json", "rule"} <= set(table.column_names)


def test_corpus_errors_are_one_line(tmp_path):
    for args, words in (
        (["query", "--db", str(tmp_path / "none.duckdb")], ["no such database"]),
        (["ingest", str(tmp_path / "absent"), "--db", str(tmp_path / "x.duckdb")], ["absent", "no such file"]),
        (["ingest", "-", "--field", "body", "--db", str(tmp_path / "x.duckdb")], ["NAME=COLUMN"]),
    ):
        result = invoke(*args)
        assert result.exit_code != 0
        assert len(result.stderr.strip().splitlines()) == 1 and all(w in result.stderr for w in words), result.stderr
    db = tmp_path / "hand.duckdb"
    with store.connect(db):
        pass
    for args in (["query", "--db", str(db), "--dyad", "RUS"], ["query", "--db", str(db), "--since", "May"]):
        result = invoke(*args)
        assert result.exit_code != 0 and len(result.stderr.strip().splitlines()) == 1


# ---------------------------------------------------------------------------------------- ingest


def write_corpus(folder: Path) -> None:
    """One file of each source kind and one of each bad kind."""
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "b.html").write_text(
        "<html><head><title>Protest</title></head><body><article><p>Thousands of students protested in Dhaka on "
        "Sunday against a new quota system, and police arrested dozens of demonstrators near the university.</p>"
        "<p>The government said it would review the rules.</p></article></body></html>", encoding="utf-8")
    (folder / "c.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Japan and India agreed to expand defence cooperation, officials said on "
                    "Friday after talks in New Delhi.", "published": "2024-03-08"}) + "\n{bad json\n", encoding="utf-8")
    (folder / "d.csv").write_text('text,published\n"Turkey criticised Sweden on Tuesday over the burning of a '
                                  'Koran in Stockholm.",2024-01-23\n', encoding="utf-8")
    (folder / "e.txt").write_text(ENGLISH, encoding="utf-8")  # the same text again: stored once
    (folder / "bad-binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (folder / "bad-empty.txt").write_bytes(b"")
    (folder / "bad-latin1.txt").write_bytes("Caf\u00e9 owners in Lyon protested on Monday.".encode("latin-1"))
    (folder / "bad-broken.html").write_text("<html><body><div class=", encoding="utf-8")
    (folder / "bad-spanish.txt").write_text(
        "Los ministros de Asuntos Exteriores de Brasil y Argentina se reunieron el lunes en Buenos Aires para "
        "hablar de comercio y energía.", encoding="utf-8")
    (folder / "bad-big.txt").write_text("Big news. " * 200, encoding="utf-8")


@pytest.mark.slow
def test_ingest_every_kind_counts_rejects_and_second_run_adds_nothing(tmp_path):
    write_corpus(tmp_path / "corpus")
    db = tmp_path / "c.duckdb"
    result = invoke("ingest", str(tmp_path / "corpus"), "--db", str(db), "--max-bytes", "1000")
    assert result.exit_code == 0, result.stderr
    with store.connect(db, read_only=True) as con:
        reasons = dict(con.execute("SELECT reason, count(*) FROM rejects GROUP BY reason").fetchall())
        origins = {Path(o).name for (o,) in con.execute("SELECT origin FROM articles").fetchall()}
        published = con.execute("SELECT published FROM articles WHERE origin LIKE '%d.csv%'").fetchone()[0]
    assert reasons == {"binary": 1, "empty": 1, "invalid_utf8": 1, "broken_html": 1, "not_english": 1,
                       "oversize": 1, "bad_json": 1}
    assert origins == {"a.txt", "b.html", "c.jsonl:1", "d.csv:2"}
    assert str(published) == "2024-01-23"
    summary, pointer = result.stderr.strip().splitlines()[-2:]
    assert "4 new article(s)" in summary and "7 reject(s)" in summary and "1 duplicate(s)" in summary
    assert "eventscope rejects --db" in pointer
    listed = invoke("rejects", "--db", str(db), "--format", "jsonl")
    assert sorted(json.loads(line)["reason"] for line in listed.stdout.splitlines()) == sorted(reasons)
    first = dump(db)
    again = invoke("ingest", str(tmp_path / "corpus"), "--db", str(db), "--max-bytes", "1000")
    assert again.exit_code == 0 and "0 new article(s)" in again.stderr and "5 already stored" in again.stderr  # e.txt too
    assert dump(db) == first


@pytest.mark.slow
def test_stdin_ingest(tmp_path):
    db = tmp_path / "s.duckdb"
    lines = json.dumps({"id": "x", "text": ENGLISH, "published": "2024-03-04"}) + "\n"
    result = invoke("ingest", "-", "--db", str(db), stdin=lines)
    assert result.exit_code == 0, result.stderr
    with store.connect(db, read_only=True) as con:
        assert con.execute("SELECT origin, published FROM articles").fetchall()[0][0] == "stdin:1"


def synthetic_corpus(path: Path, count: int) -> None:
    """Distinct short news items from a few templates (no two texts alike)."""
    subjects = ["Kenya", "Brazil", "Japan", "Poland", "Egypt", "Chile", "Canada", "Vietnam"]
    actions = ["signed a trade agreement with", "criticised", "held talks with", "sent aid to", "accused"]
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            a, b = subjects[n % 8], subjects[(n // 8 + n + 1) % 8]
            text = (f"{a} {actions[n % 5]} {b} on day {n} of the summit, officials said. "
                    f"Report number {n} notes that the ministers of {a} and {b} will meet again in {2025 + n % 7}.")
            out.write(json.dumps({"id": f"n{n}", "text": text, "published": f"2024-0{1 + n % 9}-1{n % 10}"}) + "\n")


def ingest_process(corpus: Path, db: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "eventscope.cli", "ingest", str(corpus), "--db", str(db),
               "--batch-size", "2", "--write-every", "4", "--no-progress"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ})


def stored_articles(db: Path) -> int:
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:  # not created yet, or locked by the writer for a moment
        return 0
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except duckdb.Error:
        return 0
    finally:
        con.close()


@pytest.mark.slow
def test_killed_run_then_rerun_equals_an_uninterrupted_run(tmp_path):
    # Enough articles that the run outlasts the polling: a reader cannot open the file while the writer
    # holds it, so on a quiet machine a short run could end before a count is ever read.
    articles = 300
    corpus = tmp_path / "corpus.jsonl"
    synthetic_corpus(corpus, articles)
    killed_db, clean_db = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"

    process = ingest_process(corpus, killed_db)
    deadline = time.monotonic() + 180
    while stored_articles(killed_db) < 4 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    partial = stored_articles(killed_db)
    assert 0 < partial < articles, f"the kill did not land mid-run ({partial} articles stored)"

    rerun = ingest_process(corpus, killed_db)
    assert rerun.wait(300) == 0, rerun.stderr.read().decode()
    clean = ingest_process(corpus, clean_db)
    assert clean.wait(300) == 0, clean.stderr.read().decode()
    assert f"{partial} already stored" in rerun.stderr.read().decode()
    assert dump(killed_db) == dump(clean_db)
    assert len(dump(clean_db)["articles"]) == articles


@pytest.mark.slow
@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_two_workers_make_the_same_database_as_one(tmp_path, monkeypatch, start):
    monkeypatch.setenv("EVENTSCOPE_WORKER_START", start)
    corpus = tmp_path / "corpus.jsonl"
    synthetic_corpus(corpus, 24)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    corpus.write_text("\n".join(lines + lines[:5]) + "\n", encoding="utf-8")  # repeats, batches after their first
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    single = invoke("ingest", str(corpus), "--db", str(one))
    assert single.exit_code == 0, single.stderr
    result = invoke("ingest", str(corpus), "--db", str(two), "--workers", "2", "--batch-size", "3")
    assert result.exit_code == 0, result.stderr
    assert "24 new article(s)" in result.stderr and "5 duplicate(s)" in result.stderr
    assert dump(one) == dump(two)


def test_query_limit_holds_in_every_format(coded_db):
    jsonl = invoke("query", "--db", str(coded_db), "--format", "jsonl", "--limit", "3")
    assert len(jsonl.stdout.splitlines()) == 3
    as_csv = invoke("query", "--db", str(coded_db), "--format", "csv", "--limit", "3")
    assert len(list(csv.DictReader(io.StringIO(as_csv.stdout)))) == 3
    table = invoke("query", "--db", str(coded_db), "--limit", "3")
    assert "3 event(s)" in table.stderr
    stories = invoke("query", "--db", str(coded_db), "--stories", "--format", "jsonl", "--limit", "1")
    assert len(stories.stdout.splitlines()) == 1


def test_counts_are_of_asserted_events_unless_asked(tmp_path):
    from eventfactory import make_article, make_event

    from eventscope.records import CodedArticle

    article = make_article("Russia visited China. Russia did not attack France.")
    coded = CodedArticle(article=article, events=[
        make_event(article, "Russia", "visited", "China", "042"),
        make_event(article, "Russia", "attack", "France", "190", modality="negated")])
    db = tmp_path / "m.duckdb"
    with store.connect(db) as con:
        store.write_tables(con, store.batch_tables([coded]))
        rebuild_stories(con)
    default = invoke("query", "--db", str(db), "--format", "jsonl")
    assert [json.loads(line)["modality"] for line in default.stdout.splitlines()] == ["asserted"]
    every = invoke("query", "--db", str(db), "--format", "jsonl", "--modality", "any")
    assert len(every.stdout.splitlines()) == 2
    out = tmp_path / "g.tsv"
    invoke("export", "--db", str(db), "--format", "gdelt", "-o", str(out))
    assert [line.split("\t")[26] for line in out.read_text().splitlines()] == ["042"]  # EventCode: the asserted one
    trends = invoke("trends", "--db", str(db), "--format", "jsonl", "--modality", "any")
    assert sum(json.loads(line)["count"] for line in trends.stdout.splitlines()) == 2


def test_actors_search_finds_codes_by_name():
    result = invoke("actors", "--search", "putin")
    assert result.exit_code == 0 and result.stdout.split()[0] == "RUSGOV"
    assert invoke("actors", "--search", "taliban").stdout.split()[0] == "AFGREBTAL"
    nothing = invoke("actors", "--search", "zzqqxx")
    assert nothing.exit_code == 1 and "no actor is called" in nothing.stderr
    assert invoke("actors").exit_code == 2  # neither a text nor --search


def test_query_with_a_name_for_a_code_hints_at_the_code(coded_db):
    result = invoke("query", "--db", str(coded_db), "--actor", "Taliban")
    assert result.exit_code == 0 and "AFGREBTAL" in result.stderr


def test_query_hints_at_the_codes_of_the_users_actor_file(coded_db, tmp_path):
    mine = write_user_actors(tmp_path)
    assert USER_GROUP_CODE not in invoke("query", "--db", str(coded_db), "--actor", USER_GROUP).stderr
    result = invoke("query", "--db", str(coded_db), "--actor", USER_GROUP, "--actors", str(mine))
    assert result.exit_code == 0 and USER_GROUP_CODE in result.stderr


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory) -> tuple[Path, dict[str, list[tuple]]]:
    """The corpus of the kill trials and the database of its uninterrupted run."""
    folder = tmp_path_factory.mktemp("kill")
    corpus = folder / "corpus.jsonl"
    synthetic_corpus(corpus, 60)
    clean = ingest_process(corpus, folder / "clean.duckdb")
    assert clean.wait(300) == 0, clean.stderr.read().decode()
    return corpus, dump(folder / "clean.duckdb")


@pytest.mark.slow
@pytest.mark.parametrize("moment, kills", [(0, 1), (4, 1), (30, 2), (60, 1)],
                         ids=["while-loading-the-model", "after-4-articles", "twice-after-30", "during-stories"])
def test_kill_9_at_several_moments_then_rerun_equals_the_clean_run(clean_run, tmp_path, moment, kills):
    """kill -9 at a moment (articles stored so far; 60 = all stored, the stories rebuild running), `kills` times
    in a row; then a rerun to the end gives exactly the database of an uninterrupted run."""
    corpus, clean = clean_run
    db = tmp_path / "killed.duckdb"
    for _ in range(kills):
        process = ingest_process(corpus, db)
        deadline = time.monotonic() + 180
        if moment == 0:
            time.sleep(0.5)
        while moment and stored_articles(db) < moment and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    rerun = ingest_process(corpus, db)
    assert rerun.wait(300) == 0, rerun.stderr.read().decode()
    assert dump(db) == clean
