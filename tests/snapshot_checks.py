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


def state(store) -> dict:
    """Every table's rows and their checksum. Not the file's bytes: the first write of an older store switches it
    to WAL (a header change, store/store_lock.py), which is not a change of anything the store holds."""
    return fingerprint(store)
