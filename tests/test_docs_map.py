"""The README's map of the code and docs/architecture.md name every package and only files that exist."""

from __future__ import annotations

import re
from pathlib import Path

import eventscope

PACKAGE = Path(eventscope.__file__).parent
REPO = PACKAGE.parents[1]
CODE = re.compile(r"`([^`\s]+)`")


def _parts() -> set[str]:
    """Every package and top-level module of eventscope, by name (`store`, `settings`, ...)."""
    names = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    names |= {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    return names


def _map_rows() -> list[str]:
    """The first cell of each row of the README's table of where things are."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return [line.split("|")[1] for line in text.splitlines() if re.match(r"\| `(src/eventscope|tests|benchmarks|scripts)", line)]


def _exists(name: str, base: Path) -> bool:
    return (REPO / name).exists() or (base / name).exists()


def test_readme_map_names_files_that_exist():
    rows = _map_rows()
    assert len(rows) >= 15
    missing = []
    for cell in rows:
        base = REPO
        for name in CODE.findall(cell):
            if name.startswith("src/eventscope/"):  # the names after it in the cell are relative to its folder
                base = REPO / (name if name.endswith("/") else str(Path(name).parent))
            if not _exists(name, base) and not _exists(name, PACKAGE):
                missing.append(name)
    assert missing == [], "README's map names files that do not exist"


def test_readme_map_names_every_package_and_module():
    named = {Path(name.rstrip("/")).stem for cell in _map_rows() for name in CODE.findall(cell)}
    assert _parts() - named == set(), "packages or modules missing from the README's map"


def test_architecture_names_every_package_and_only_files_that_exist():
    text = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    jobs = text[text.index("## Each package's one job"):text.index("## Where to add")]
    named = set(CODE.findall(jobs))
    assert _parts() - named == set(), "packages or modules missing from the table of jobs"
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    missing = []
    for name in set(CODE.findall(text)):
        in_package = name.split("/")[0] in packages and "/" in name
        if (in_package and not (PACKAGE / name).exists()) or (
                name.endswith(".py") and "/" not in name and not any(PACKAGE.rglob(name)) and not (REPO / name).exists()):
            missing.append(name)
    assert missing == [], "docs/architecture.md names files that do not exist"


def test_the_check_finds_a_file_that_is_gone():
    assert not _exists("geo.py", PACKAGE) and not any(PACKAGE.rglob("geo.py"))
    assert _exists("geo/locator.py", PACKAGE)
