"""The store: the one place that writes and reads the DuckDB database.

    schema      the tables (one definition drives DDL, Arrow batches, Parquet shards and exports)
    connection  connect() for one short unit of work, transaction() around a write
    rows        contract records -> table rows and Arrow batches
    write       batches and Parquet shards into the tables
    stories     the derived tables: near-duplicate articles and stories
    filters     EventFilter, the one checked filter of the CLI and the API
    query       the only reader: every SELECT of the CLI, the web and the exports

`from eventscope import store` gives the names below; the modules above can be imported on their own.
"""

from eventscope.store.connection import StoreLocked, connect, transaction
from eventscope.store.filters import EventFilter, EventQuery, FilterError
from eventscope.store.query import (
    TREND_GROUPS,
    TREND_INTERVALS,
    count_rows,
    event_json_lines,
    events_of_article,
    existing_ids,
    get_article,
    query_events,
    query_stories,
    read_events,
    trends,
)
from eventscope.store.rows import actor_rows, batch_tables, concat_batches, event_row, reject_id, without_articles
from eventscope.store.schema import BATCH_TABLES, DEFAULT_DB, SCHEMA_VERSION, TABLES, arrow_schema, ensure_schema
from eventscope.store.stories import StoryOptions, rebuild_stories
from eventscope.store.write import insert_table, load_parquet_shards, write_tables

__all__ = [
    "BATCH_TABLES",
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "TABLES",
    "TREND_GROUPS",
    "TREND_INTERVALS",
    "EventFilter",
    "EventQuery",
    "FilterError",
    "StoreLocked",
    "StoryOptions",
    "actor_rows",
    "arrow_schema",
    "batch_tables",
    "concat_batches",
    "connect",
    "count_rows",
    "ensure_schema",
    "event_json_lines",
    "event_row",
    "events_of_article",
    "existing_ids",
    "get_article",
    "insert_table",
    "load_parquet_shards",
    "query_events",
    "query_stories",
    "read_events",
    "rebuild_stories",
    "reject_id",
    "transaction",
    "trends",
    "without_articles",
    "write_tables",
]
