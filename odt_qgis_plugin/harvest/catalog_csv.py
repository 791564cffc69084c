"""Reading chosen columns of data.gouv.fr's catalogue exports, in chunks: pandas when present, else the csv module."""
import csv
from typing import Dict, Iterator, List, Sequence, Tuple

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.numbers import number

# A field longer than this is hostile (udata's longest texts, markdown descriptions, stay far below):
# the csv module refuses it, and the pandas path checks the columns it keeps.
FIELD_LIMIT = 64 * 1024 * 1024
CHUNK_ROWS = 200_000


def reader(stream):
    """Rows of an export; descriptions are long markdown texts, above the csv module's field limit, which is
    process-wide: it is lifted only while these rows are read, then put back (registry reading relies on it)."""
    limit = csv.field_size_limit()
    csv.field_size_limit(FIELD_LIMIT)
    try:
        # strict: an unterminated quote is an error, not the rest of the file swallowed into one field
        yield from csv.reader(stream, delimiter=";", quotechar='"', strict=True)
    except csv.Error as error:
        raise InputError(tr("The catalogue exports are not valid CSV: {error}").format(error=error)) from None
    finally:
        csv.field_size_limit(limit)


def read_header(stream, label: str) -> List[str]:
    header = next(reader(stream), None)
    if not header:
        raise InputError(tr("The catalogue export {name} is empty").format(name=label))
    return [name.strip() for name in header]


def column_index(header: Sequence[str], columns: Sequence[str], label: str) -> Dict[str, int]:
    missing = [name for name in columns if name not in header]
    if missing:
        raise InputError(tr("The catalogue export {name} lacks the columns {columns}").format(
            name=label, columns=", ".join(missing)))
    return {name: header.index(name) for name in columns}


def select(stream, label: str, required: Sequence[str], optional: Sequence[str] = ()
           ) -> Tuple[Dict[str, int], Iterator[tuple]]:
    """The positions of the selected columns in each row ({name: i}), and the rows as tuples of those columns:
    the required ones first, in order, then the optional ones the export has. The header is read at once."""
    header = read_header(stream, label)
    names = list(required) + [name for name in optional if name in header and name not in required]
    positions = [column_index(header, names, label)[name] for name in names]
    return {name: i for i, name in enumerate(names)}, _rows(stream, label, positions)


def _rows(stream, label: str, positions: List[int]) -> Iterator[tuple]:
    try:
        import pandas
    except ImportError:  # QGIS ships pandas; without it the csv module does the same, about half as fast
        width = max(positions)
        for row in reader(stream):
            if len(row) > width:
                yield tuple(row[i] for i in positions)
        return
    # The C parser of pandas converts only the selected columns, 200,000 rows at a time: memory stays flat.
    try:
        for chunk in pandas.read_csv(stream, sep=";", quotechar='"', header=None, usecols=positions, dtype=str,
                                     keep_default_na=False, na_filter=False, chunksize=CHUNK_ROWS, engine="c"):
            chunk = chunk[positions]
            for position in positions:
                longest = chunk[position].str.len().max()
                if longest == longest and longest > FIELD_LIMIT:  # NaN when the chunk is empty
                    raise InputError(tr("The catalogue export {name} holds a field longer than {size} characters")
                                     .format(name=label, size=number(FIELD_LIMIT)))
            yield from chunk.itertuples(index=False, name=None)
    except (ValueError, pandas.errors.ParserError) as error:
        raise InputError(tr("The catalogue export {name} is not valid CSV: {error}").format(
            name=label, error=str(error).splitlines()[0])) from None
