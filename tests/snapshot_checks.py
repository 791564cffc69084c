"""Row counts and checksums of a store's tables, to prove a command lost nothing (or changed nothing)."""
import hashlib
import sqlite3


def fingerprint(store, tables=None) -> dict:
    """{table: (rows, sha256 of the rows in key order)} for `tables`, or every table of the file."""
    connection = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        if tables is None:
            tables = [name for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'rtree_%' ORDER BY name")]
        result = {}
        for table in tables:
            rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
            result[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return result
    finally:
        connection.close()


def file_digest(path) -> str:
    with open(path, "rb") as stream:
        return hashlib.sha256(stream.read()).hexdigest()


def state(store) -> tuple:
    """(row count of every table, sha256 of the file): cheap enough for a national store, and exact."""
    connection = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        counts = {table: connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables}
    finally:
        connection.close()
    return counts, file_digest(store)
