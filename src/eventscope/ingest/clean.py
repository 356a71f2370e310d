"""Turn raw article text into clean text: normalised whitespace and no page furniture.

Which lines count as furniture is data (boilerplate.yaml); this module only applies it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from pydantic import Field, field_validator

from eventscope.datafiles import DataModel, bundled_file, load_data_file

__all__ = ["InputError", "clean_text", "decode_bytes"]


class InputError(ValueError):
    """Input that cannot be coded; the message is one line meant for the user, `reason` a short key."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class BoilerplateFile(DataModel):
    """boilerplate.yaml: regular expressions of whole lines that are page chrome."""

    lines: list[str] = Field(min_length=1)

    @field_validator("lines")
    @classmethod
    def _compiles(cls, lines: list[str]) -> list[str]:
        for line in lines:
            try:
                re.compile(line)
            except re.error as error:
                raise ValueError(f"{line!r} is not a regular expression: {error}") from None
        return lines


@cache
def _boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    path = bundled_file("eventscope.ingest", "boilerplate.yaml")
    return tuple(re.compile(p, re.IGNORECASE) for p in load_data_file(path, BoilerplateFile).lines)


def decode_bytes(raw: bytes, origin: str = "input") -> str:
    """Decode article bytes as UTF-8 (with or without BOM) or UTF-16 with its BOM; binary data is refused,
    not guessed at."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError("invalid_utf16", f"{origin}: not valid UTF-16 text (byte {error.start})") from None
    if b"\x00" in raw[:8192]:
        raise InputError("binary", f"{origin}: looks like a binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError("invalid_utf8", f"{origin}: not valid UTF-8 text (byte {error.start})") from None


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(raw: str) -> str:
    """Normalise the text and drop furniture lines; paragraphs stay separated by a newline."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    patterns = _boilerplate_patterns()
    kept: list[str] = []
    for line in text.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if not line or any(p.match(line) for p in patterns):
            continue
        kept.append(line)
    return "\n".join(kept)
