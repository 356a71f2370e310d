"""A bundled sample of short news-style articles written for eventscope (used by `make run` and tests)."""

from importlib import resources
from pathlib import Path

__all__ = ["sample_path"]


def sample_path() -> Path:
    """Path of the sample JSONL ({"id", "text", "published", "url", "source"} per line)."""
    return Path(str(resources.files("eventscope.samples").joinpath("articles.jsonl")))
