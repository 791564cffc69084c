"""The indicator tables as a JSON or CSV text, for the command line and Processing."""
import csv
import io
import json
from pathlib import Path
from typing import Optional

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.settings import DEFAULT_THRESHOLD
from .indicator_tables import TABLES, compute_indicators, load_snapshot

FORMATS = ("json", "csv")
# One CSV for all tables: a `table` column, then the union of the tables' fields (empty when unused).
CSV_FIELDS = ("table", "category", "region", "type", "class", "bucket", "host", "kind", "technology",
              "engaged", "actors", "total", "rate", "code", "name", "departement")


def as_text(tables: dict, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(tables, ensure_ascii=False, indent=1) + "\n"
    if fmt != "csv":
        raise InputError(tr("Unknown format {fmt}: use json or csv").format(fmt=fmt))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for name in TABLES:
        for row in tables[name]:
            writer.writerow({"table": name, **{key: "" if value is None else value for key, value in row.items()}})
    return buffer.getvalue()


def indicators_text(store, fmt: str, region: Optional[str] = None, departement: Optional[str] = None,
                    threshold: int = DEFAULT_THRESHOLD) -> str:
    return as_text(compute_indicators(load_snapshot(store, threshold), region, departement), fmt)


def write_indicators(store, out, fmt: str, region: Optional[str] = None, departement: Optional[str] = None,
                     threshold: int = DEFAULT_THRESHOLD) -> Path:
    out = Path(out)
    if not out.parent.is_dir():
        raise InputError(tr("Output folder does not exist: {path}").format(path=out.parent))
    text = indicators_text(store, fmt, region, departement, threshold)
    with out.open("w", encoding="utf-8", newline="") as stream:  # the CSV module wrote its own line ends
        stream.write(text)
    return out
