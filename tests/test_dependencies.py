"""The dependencies declared in pyproject.toml are the ones the package imports (and no others)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import eventscope

ROOT = Path(eventscope.__file__).parent
PYPROJECT = ROOT.parents[1] / "pyproject.toml"
# Needed at run time but never imported by name: trafilatura's HTML cleaner, FastAPI's templates, the
# plotly.js file served from the plotly wheel and the valence lexicon of the vaderSentiment wheel (both found with
# importlib.resources).
USED_WITHOUT_IMPORT = {"lxml-html-clean", "jinja2", "plotly", "vadersentiment"}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    specs = [*project["dependencies"], *project["optional-dependencies"]["ray"]]
    return {_normal(re.split(r"[\[=<>~! ]", spec, maxsplit=1)[0]) for spec in specs}


def _imported_modules() -> set[str]:
    names: set[str] = set()
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
            elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
                  and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                names.add(node.args[0].value.split(".")[0])
    return {name for name in names if name not in sys.stdlib_module_names and name != "eventscope"}


def test_every_import_is_declared_and_every_declared_package_is_used():
    distributions = packages_distributions()
    imported = {_normal(dist) for module in _imported_modules() for dist in distributions.get(module, [module])}
    declared = _declared()
    assert imported - declared == set(), "imported but not declared in pyproject.toml"
    assert declared - imported - USED_WITHOUT_IMPORT == set(), "declared in pyproject.toml but never imported"
