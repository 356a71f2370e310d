"""HTTP API and dashboard: `create_app(db_path)` builds the FastAPI app that `eventscope serve` runs."""

from eventscope.web.app import create_app

__all__ = ["create_app"]
