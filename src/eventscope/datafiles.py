"""Reading the package's data files (dictionaries, patterns, gazetteer additions).

PyYAML's pure-Python parser took about 2.8 CPU s of every process start, on the same files each time;
its C parser (libyaml, shipped in PyYAML's wheels) reads them about ten times faster with the same safe
semantics, so every loader goes through here.
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["YAMLError", "load_yaml"]

YAMLError = yaml.YAMLError

# The C loader when PyYAML was built with libyaml; the identical pure-Python safe loader otherwise.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse YAML text with the safe loader (no arbitrary Python objects)."""
    return yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader, chosen above
