"""CSV that is safe to open in Excel, LibreOffice or Google Sheets: every export goes through here.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a formula by
spreadsheets, so a display name like ``=HYPERLINK(...)`` would run when a host opens the attendee list. Following
OWASP's advice such a cell is prefixed with ``'``, which spreadsheets show as text. Files start with a UTF-8
byte-order mark so Excel shows ŵ and ŷ.
"""

import csv
import io
from collections.abc import Iterable

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BYTE_ORDER_MARK = "\ufeff"


def spreadsheet_safe(value) -> str:
    text = "" if value is None else str(value)
    if text.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + text
    return text


def spreadsheet_unescape(text: str) -> str:
    """Reverses ``spreadsheet_safe`` for a cell read back from one of our own exports (export then import)."""
    if text.startswith("'") and text[1:].lstrip(" ").startswith(FORMULA_STARTS):
        return text[1:]
    return text


def csv_text(*, header: Iterable, rows: Iterable[Iterable]) -> str:
    """Rows as CSV text, every cell neutralised, with the byte-order mark first."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([spreadsheet_safe(cell) for cell in header])
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return BYTE_ORDER_MARK + buffer.getvalue()


def csv_text_made_safe(text: str) -> str:
    """A CSV written before this module existed (a published report's stored copy), re-written through it."""
    rows = list(csv.reader(io.StringIO(text.lstrip(BYTE_ORDER_MARK))))
    if not rows:
        return BYTE_ORDER_MARK
    return csv_text(header=rows[0], rows=rows[1:])


def csv_response(text: str, *, filename: str) -> HttpResponse:
    response = HttpResponse(text.encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
