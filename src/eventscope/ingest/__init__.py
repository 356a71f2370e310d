"""Ingest: sources (text, HTML, feeds, JSONL/CSV, WARC) to Article records."""

from eventscope.ingest.clean import InputError, clean_text, decode_bytes

__all__ = ["InputError", "clean_text", "decode_bytes"]
