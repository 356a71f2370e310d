"""A user's actor file (`--actors FILE`): a group the bundled dictionary does not know, under its own code, for
the tests that check every command building a dictionary or a coder reads the user's files."""

from __future__ import annotations

from pathlib import Path

USER_GROUP = "Nordfront"
USER_GROUP_CODE = "MLIREBNFR"


def write_user_actors(folder: Path) -> Path:
    path = folder / "mine.yaml"
    path.write_text(f"groups:\n  - {{name: {USER_GROUP}, country: MLI, sectors: [REB], code: {USER_GROUP_CODE}}}\n",
                    encoding="utf-8")
    return path
