"""Ingest: sources (text, HTML, feeds, JSONL/CSV, WARC, stdin) to RawDocuments, and RawDocuments to Articles."""

from eventscope.ingest.clean import InputError, clean_text, decode_bytes
from eventscope.ingest.document import FieldMap, IngestOptions, RawDocument, detect_language, extract_html, prepare
from eventscope.ingest.fetch import Fetcher
from eventscope.ingest.sources import Item, SourceError, read_source, read_sources

__all__ = [
    "FieldMap",
    "Fetcher",
    "IngestOptions",
    "InputError",
    "Item",
    "RawDocument",
    "SourceError",
    "clean_text",
    "decode_bytes",
    "detect_language",
    "extract_html",
    "prepare",
    "read_source",
    "read_sources",
]
