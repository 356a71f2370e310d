"""CSV cells that a spreadsheet shows as text and never evaluates.

A cell starting with =, +, -, @ (or a tab or carriage return before one) is a formula to Excel, LibreOffice
and Google Sheets: `=HYPERLINK(...)` in an article title would become a live link or worse. Such text cells
get a leading apostrophe, which spreadsheets hide and read as "this is text". Numbers are not touched
(a Goldstein score of -5.0 stays a number).
"""

from __future__ import annotations

__all__ = ["FORMULA_STARTS", "text_cell"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(text: str) -> str:
    """`text` as a CSV cell that cannot run as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
