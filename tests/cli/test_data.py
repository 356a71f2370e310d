"""`eventscope data check` knows a schema for every data file the package ships."""

from __future__ import annotations

from pathlib import Path

import eventscope
from eventscope.cli.data import bundled_data_files

DATA_SUFFIXES = (".yaml", ".yml", ".tsv", ".csv", ".json")


def test_every_bundled_data_file_has_a_schema_and_passes_it():
    root = Path(eventscope.__file__).parent
    shipped = {str(path.relative_to(root)) for path in root.rglob("*") if path.suffix in DATA_SUFFIXES}
    checked = bundled_data_files()
    assert shipped == set(checked)
    for name, load in checked.items():
        load(root / name)
