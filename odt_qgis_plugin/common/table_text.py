"""Results as the JSON or CSV text the command line, Processing and the Python API write."""
import csv
import io
import json
from typing import Iterable, Sequence

from .csv_cells import safe_cell
from .errors import InputError
from .i18n import tr


def as_text(data: dict, fmt: str, fields: Sequence[str], rows: Iterable[dict], ignore_extra: bool = False) -> str:
    """`data` as JSON, or `rows` as one CSV with the columns `fields` (None as an empty cell, no cell read as a
    formula). Keys outside `fields` are an error unless `ignore_extra`."""
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if fmt != "csv":
        raise InputError(tr("Unknown format {fmt}: use json or csv").format(fmt=fmt))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n",
                            extrasaction="ignore" if ignore_extra else "raise")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: "" if value is None else safe_cell(value) for key, value in row.items()})
    return buffer.getvalue()
