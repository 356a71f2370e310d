"""Scale-out: the same pipeline on Ray Data (`eventscope.scale.ray`), behind the optional `ray` extra.

Importing this package never imports Ray; `require_ray()` does, and turns a missing install into one
clear message, so `--engine ray` without the extra fails with the install hint instead of a traceback.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from eventscope.errors import UserError

__all__ = ["RAY_INSTALL_HINT", "MissingExtra", "require_ray"]

RAY_INSTALL_HINT = "the Ray engine needs the 'ray' extra: pip install 'eventscope[ray]'"


class MissingExtra(UserError, RuntimeError):
    """An optional dependency is not installed; the message says which extra installs it."""


def require_ray() -> ModuleType:
    """Import Ray (with Ray Data) or raise MissingExtra carrying the install hint."""
    try:
        ray = importlib.import_module("ray")
        importlib.import_module("ray.data")
    except ImportError as error:
        raise MissingExtra(f"{RAY_INSTALL_HINT} ({error})") from error
    return ray
