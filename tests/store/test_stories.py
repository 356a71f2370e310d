"""Near-duplicate articles and cross-article event clustering into stories."""

import pytest
from eventfactory import make_article, make_event, protest_article, visit_article

from eventscope import store
from eventscope.ingest.minhash import minhash_signature, signature_similarity
from eventscope.records import CodedArticle
from eventscope.store.stories import StoryOptions, rebuild_stories

WIRE = ("Russian President Vladimir Putin arrived in Beijing on Thursday for a two-day state visit, his first trip "
        "abroad since the start of his new term. He is expected to hold talks with Chinese President Xi Jinping on "
        "energy, trade and the war in Ukraine, officials said. The two leaders last met in October.")


def write(db, coded):
    with store.connect(db) as con:
        tables = store.batch_tables(coded, (), [minhash_signature(c.article.text) for c in coded])
        store.write_tables(con, tables)
        return rebuild_stories(con, StoryOptions())


def test_minhash_sees_wire_copies_and_not_different_stories():
    copy = WIRE.replace("officials said", "Kremlin officials said") + " Reporting by the wire desk."
    assert signature_similarity(minhash_signature(WIRE), minhash_signature(copy)) >= 0.7
    assert signature_similarity(minhash_signature(WIRE), minhash_signature(protest_article().article.text)) < 0.2


def wire_copy(text, publisher, published="2024-05-16"):
    article = make_article(text, published=published, publisher=publisher)
    return CodedArticle(article=article, events=[make_event(article, "Russian", "arrived", "Beijing", "042")])


def test_wire_copies_are_linked_and_counted_as_one_report(tmp_path, monkeypatch):
    import eventfactory

    monkeypatch.setitem(eventfactory.STATES, "Russian", ("RUS", "RUS"))
    monkeypatch.setitem(eventfactory.STATES, "Beijing", ("CHN", "CHN"))
    first = wire_copy(WIRE, "Wire A")
    second = wire_copy(WIRE + " Copyright notice of outlet B.", "Outlet B", published="2024-05-17")
    third = wire_copy(WIRE.replace("Thursday", "Thursday morning"), "Outlet C")
    built = write(tmp_path / "s.duckdb", [first, second, third])
    with store.connect(tmp_path / "s.duckdb", read_only=True) as con:
        links = con.execute("SELECT article_id, duplicate_of FROM duplicates ORDER BY article_id").fetchall()
        story = con.execute("SELECT num_mentions, num_articles, num_sources, num_reports, date_start, plover "
                            "FROM stories").fetchall()
    assert built == {"stories": 1, "duplicates": 2}
    canonical = min([first, third], key=lambda c: c.article.id).article.id  # earliest date, then smallest id
    assert {a for a, _ in links} == {first.article.id, second.article.id, third.article.id} - {canonical}
    assert {d for _, d in links} == {canonical}
    assert story == [(3, 3, 3, 1, first.article.published, "CONSULT")]


def test_independent_reports_of_one_event_form_one_story(tmp_path):
    reports = [visit_article(publisher="Paper A"), visit_article(publisher="Paper B", published="2024-05-17",
                                                                 suffix=" Analysts were surprised.")]
    write(tmp_path / "s.duckdb", reports)
    with store.connect(tmp_path / "s.duckdb", read_only=True) as con:
        rows = con.execute("SELECT cameo, num_mentions, num_articles, num_sources, num_reports, date_start, date_end "
                           "FROM stories ORDER BY cameo").fetchall()
    assert [r[:5] for r in rows] == [("042", 2, 2, 2, 2), ("111", 2, 2, 2, 2)]
    assert str(rows[0][5]) == "2024-05-16" and str(rows[0][6]) == "2024-05-17"


def visit(text, published, place=None):
    article = make_article(text, published=published, publisher=f"Paper {published}")
    return CodedArticle(article=article, events=[make_event(article, "Russia", "visited", "China", "042", place=place)])


def test_distant_dates_and_other_places_stay_apart(tmp_path):
    write(tmp_path / "s.duckdb", [
        visit("Russia visited China in May, the ministry said after a long flight.", "2024-05-16", place="China"),
        visit("Months later Russia visited China again to sign a gas contract.", "2024-07-01", place="China"),
        visit("Russia visited China, the envoy said from a summit held in France.", "2024-05-16", place="France"),
        visit("In a brief note the Kremlin said Russia visited China this week.", "2024-05-17"),
    ])
    with store.connect(tmp_path / "s.duckdb", read_only=True) as con:
        stories = con.execute("SELECT location_name, num_articles, date_start FROM stories ORDER BY date_start, "
                              "location_name").fetchall()
    # the undated-place report joins the May story in China (place not contradicted); July and France stay apart
    assert [(r[0], r[1], str(r[2])) for r in stories] == [
        ("China", 2, "2024-05-16"), ("France", 1, "2024-05-16"), ("China", 1, "2024-07-01")]


def test_stories_do_not_depend_on_write_order_or_repetition(tmp_path):
    batch = [visit_article(), protest_article(), visit_article(publisher="Other", suffix=" More.")]

    def snapshot(db):
        with store.connect(db, read_only=True) as con:
            return sorted(con.execute("SELECT * FROM stories").fetchall(), key=str)

    write(tmp_path / "a.duckdb", batch)
    for coded in reversed(batch):
        write(tmp_path / "b.duckdb", [coded])
    write(tmp_path / "b.duckdb", batch)
    assert snapshot(tmp_path / "a.duckdb") == snapshot(tmp_path / "b.duckdb")


def test_reports_two_days_apart_do_not_chain_into_a_weeks_long_story(tmp_path):
    days = ["2024-05-01", "2024-05-03", "2024-05-05", "2024-05-07", "2024-05-09", "2024-05-11"]
    write(tmp_path / "s.duckdb", [visit(f"Russia visited China, report {n} of the series says.", day)
                                  for n, day in enumerate(days)])
    with store.connect(tmp_path / "s.duckdb", read_only=True) as con:
        spans = con.execute("SELECT date_start, date_end, num_articles FROM stories ORDER BY date_start").fetchall()
    assert all((end - start).days <= StoryOptions().max_span_days for start, end, _ in spans)
    assert sum(n for *_, n in spans) == len(days) and len(spans) == 2


def test_one_article_naming_the_same_dyad_years_apart_makes_two_stories(tmp_path):
    article = make_article("Russia visited China in 2015. Russia toured China again in 2024, the paper said.")
    events = [make_event(article, "Russia", "visited", "China", "042", event_date="2015-06-01"),
              make_event(article, "Russia", "toured", "China", "042", event_date="2024-05-16")]
    write(tmp_path / "s.duckdb", [CodedArticle(article=article, events=events)])
    with store.connect(tmp_path / "s.duckdb", read_only=True) as con:
        rows = con.execute("SELECT date_start, date_end FROM stories ORDER BY date_start").fetchall()
    assert [(str(a), str(b)) for a, b in rows] == [("2015-06-01", "2015-06-01"), ("2024-05-16", "2024-05-16")]


def test_events_without_actors_join_other_reports_only_at_the_same_place(tmp_path):
    def anonymous(text, place=None):
        article = make_article(text, publisher=text[:12])
        event = make_event(article, "Russia", "attacked", None, "190", place=place).model_copy(update={"source": []})
        return CodedArticle(article=article, events=[event])

    # "Russia" only gives make_event a source span; the events carry no actor at all
    write(tmp_path / "s.duckdb", [anonymous("Russia: gunmen attacked a convoy near the border."),
                                  anonymous("Russia: gunmen attacked a market, witnesses said."),
                                  anonymous("Russia: gunmen attacked a bus in China on Thursday.", place="China"),
                                  anonymous("Russia: gunmen attacked travellers in China overnight.", place="China")])
    with store.connect(tmp_path / "s.duckdb", read_only=True) as con:
        sizes = sorted(n for (n,) in con.execute("SELECT num_articles FROM stories").fetchall())
    assert sizes == [1, 1, 2]


def dated_visit(text, publisher, event_date, precision):
    """A report of Russia visiting China on `event_date` (the first day of a month or year) to `precision`."""
    article = make_article(text, published="2024-05-16", publisher=publisher)
    event = make_event(article, "Russia", "visited", "China", "042", event_date=event_date)
    return CodedArticle(article=article, events=[event.model_copy(update={"date_precision": precision})])


PRECISION_REPORTS = [
    ("Back then Russia visited China for a week of talks on the border.", "Paper M", "1986-04-01", "month"),
    ("An archive note says Russia visited China and signed a trade memorandum.", "Paper D", "1986-04-02", "day"),
    ("A museum display recalls that Russia visited China during that decade.", "Paper Y", "1979-01-01", "year"),
]


def test_a_story_keeps_the_precision_of_the_event_dates_it_starts_and_ends_on(tmp_path):
    write(tmp_path / "s.duckdb", [dated_visit(*report) for report in PRECISION_REPORTS])
    with store.connect(tmp_path / "s.duckdb", read_only=True) as con:
        rows = con.execute("SELECT date_start, date_start_precision, date_end, date_end_precision, num_mentions "
                           "FROM stories ORDER BY date_start").fetchall()
    assert [(str(r[0]), r[1], str(r[2]), r[3], r[4]) for r in rows] == [
        ("1979-01-01", "year", "1979-01-01", "year", 1),
        ("1986-04-01", "month", "1986-04-02", "day", 2),  # a month-precise start, a day-precise end
    ]


def test_of_two_events_on_a_storys_first_day_the_finer_precision_counts(tmp_path):
    write(tmp_path / "s.duckdb", [
        dated_visit(PRECISION_REPORTS[0][0], "Paper M", "1986-04-01", "month"),
        dated_visit(PRECISION_REPORTS[1][0], "Paper D", "1986-04-01", "day"),
    ])
    with store.connect(tmp_path / "s.duckdb", read_only=True) as con:
        assert con.execute("SELECT date_start_precision, date_end_precision, num_mentions FROM stories").fetchall() == [
            ("day", "day", 2)]


def test_a_database_of_the_first_schema_gets_the_story_precisions_when_opened(tmp_path):
    import duckdb

    db = tmp_path / "old.duckdb"
    write(db, [dated_visit(*report) for report in PRECISION_REPORTS])
    old = duckdb.connect(str(db))  # as version 1 wrote it: no precision columns on stories, no rule on events
    old.execute("ALTER TABLE stories DROP COLUMN date_start_precision")
    old.execute("ALTER TABLE stories DROP COLUMN date_end_precision")
    old.execute("ALTER TABLE events DROP COLUMN rule")
    old.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    old.close()
    with store.connect(db, read_only=True) as con:  # a reader brings the file up to date once
        rows = con.execute("SELECT date_start_precision, date_end_precision FROM stories ORDER BY date_start").fetchall()
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        rules = con.execute("SELECT rule FROM events").fetchall()
        last = con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'events' "
                           "ORDER BY ordinal_position DESC LIMIT 1").fetchone()
    assert rows == [("year", "year"), ("month", "day")]
    assert version == (str(store.SCHEMA_VERSION),)
    assert rules == [(None,)] * len(PRECISION_REPORTS) and last == ("rule",)  # added, last, empty
    with store.connect(db) as con:  # and stories are rebuilt into it (the added columns come last)
        assert rebuild_stories(con, StoryOptions())["stories"] == 2
        rows = con.execute("SELECT date_start_precision, date_end_precision FROM stories ORDER BY date_start").fetchall()
    assert rows == [("year", "year"), ("month", "day")]


def test_a_database_of_the_first_schema_that_may_not_be_written_is_read_as_it_is(tmp_path, monkeypatch):
    """(a file of an older version on a read-only disk, or another user's, was refused by every reader: 'cannot be
    opened (Read-only file system); give a --db file you may write' for a query)"""
    import duckdb
    from cliresults import invoke

    from eventscope.store import connection

    db = tmp_path / "old.duckdb"
    write(db, [dated_visit(*report) for report in PRECISION_REPORTS])
    old = duckdb.connect(str(db))
    old.execute("ALTER TABLE stories DROP COLUMN date_start_precision")
    old.execute("ALTER TABLE stories DROP COLUMN date_end_precision")
    old.execute("ALTER TABLE events DROP COLUMN rule")
    old.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    old.close()
    opened = connection._open

    def read_only_disk(path, read_only, lock_timeout):
        if not read_only:
            raise duckdb.IOException(f'IO Error: Cannot open file "{path}": Read-only file system')
        return opened(path, read_only, lock_timeout)

    monkeypatch.setattr(connection, "_open", read_only_disk)
    with store.connect(db, read_only=True) as con:
        rules = con.execute("SELECT rule FROM events").fetchall()
        precisions = con.execute("SELECT date_start_precision, date_end_precision FROM stories").fetchall()
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    assert rules == [(None,)] * len(PRECISION_REPORTS) and precisions == [(None, None)] * 2
    assert version == ("1",)  # nothing written
    listed = invoke("query", "--db", str(db), "--modality", "any", "--format", "jsonl")
    assert listed.exit_code == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == len(PRECISION_REPORTS)
    exported = invoke("export", "--db", str(db), "--stories", "--format", "csv", "-o", str(tmp_path / "s.csv"))
    assert exported.exit_code == 0, exported.stderr
    assert len((tmp_path / "s.csv").read_text().splitlines()) == 3  # header and two stories
    refused = invoke("ingest", str(tmp_path / "s.csv"), "--db", str(db), "--no-progress")  # a writer still needs to write
    assert refused.exit_code == 74 and "Read-only file system" in refused.stderr


def test_a_database_of_the_second_schema_gets_the_rule_column_and_takes_new_events(tmp_path):
    import duckdb

    db = tmp_path / "v2.duckdb"
    write(db, [dated_visit(*PRECISION_REPORTS[0])])
    old = duckdb.connect(str(db))  # as version 2 wrote it: no rule on events
    old.execute("ALTER TABLE events DROP COLUMN rule")
    old.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    old.close()
    visit = dated_visit(*PRECISION_REPORTS[1])
    visit = visit.revised(events=[e.revised(rule="verb:visit") for e in visit.events])
    write(db, [visit])  # a writer adds the column, then writes the new events' rules into it
    with store.connect(db, read_only=True) as con:
        rules = con.execute("SELECT rule FROM events ORDER BY rule NULLS FIRST").fetchall()
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    assert rules == [(None,), ("verb:visit",)]
    assert version == ("3",) == (str(store.SCHEMA_VERSION),)


def test_a_database_of_a_newer_schema_is_refused_and_left_as_it_is(tmp_path):
    import duckdb

    from eventscope.errors import DatabaseError

    db = tmp_path / "newer.duckdb"
    write(db, [dated_visit(*PRECISION_REPORTS[0])])
    newer = duckdb.connect(str(db))  # as a later version would leave it
    newer.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(store.SCHEMA_VERSION + 1)])
    newer.close()
    for read_only in (True, False):
        with pytest.raises(DatabaseError, match="newer eventscope"):
            with store.connect(db, read_only=read_only):
                pass
    check = duckdb.connect(str(db), read_only=True)
    assert check.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
        str(store.SCHEMA_VERSION + 1),)
    check.close()

