"""Ingest: the source readers. Sources (text, HTML, feeds, JSONL/CSV, WARC, stdin) to RawDocuments, and
RawDocuments to clean Articles. The corpus run that codes and stores them is `eventscope.corpus`.

The readers pull in trafilatura, feedparser, warcio and httpx; they are imported on first use so that a
coding worker, which only needs `prepare`, starts quickly.
"""

from importlib import import_module
from typing import Any

from eventscope.ingest.clean import InputError, clean_text, decode_bytes

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

_LAZY = {
    "FieldMap": "document", "IngestOptions": "document", "RawDocument": "document", "detect_language": "document",
    "extract_html": "document", "prepare": "document",
    "Fetcher": "fetch",
    "Item": "sources", "SourceError": "sources", "read_source": "sources", "read_sources": "sources",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f"eventscope.ingest.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'eventscope.ingest' has no attribute {name!r}")
