"""Finding communes, EPCI and actors by name or SIREN, for QGIS's search bar (pure, thread-safe reads)."""
import sqlite3
import unicodedata
from dataclasses import dataclass
from typing import List, Tuple

from ..common.levels import TABLE_OF
from ..store import db


@dataclass(frozen=True)
class Entry:
    kind: str  # "commune", "epci" or "actor"
    label: str
    layer: str  # the store layer to zoom to
    code: str  # value of that layer's `code` field
    key: str  # folded name and identifiers, what a search matches


def fold(text: str) -> str:
    """Case, accents and apostrophe kinds do not matter: "l'hay" finds "L’Haÿ-les-Roses"."""
    text = unicodedata.normalize("NFKD", text or "").replace("’", "'")
    return "".join(char for char in text if not unicodedata.combining(char)).casefold()


def build_index(connection: sqlite3.Connection) -> Tuple[Entry, ...]:
    entries = []
    for code, name, siren, dep in connection.execute("SELECT code, name, siren, departement FROM communes"):
        entries.append(Entry("commune", f"{name} ({dep})", "communes", code, fold(f"{name} {code} {siren or ''}")))
    for code, name in connection.execute("SELECT code, name FROM epci"):
        entries.append(Entry("epci", name, "epci", code, fold(f"{name} {code}")))
    if db.table_exists(connection, "actors"):
        for siren, name, level, code in connection.execute(
                "SELECT siren, name, territory_level, territory_code FROM actors"
                " WHERE territory_level IS NOT NULL AND territory_code IS NOT NULL"):
            if level in TABLE_OF:
                entries.append(Entry("actor", name, TABLE_OF[level], code, fold(f"{name} {siren}")))
    return tuple(entries)


def load_index(store) -> Tuple[Entry, ...]:
    connection = db.open_store(store).connect()
    try:
        return build_index(connection)
    finally:
        connection.close()


def search(index, text: str, limit: int = 30) -> List[Entry]:
    """Entries whose name or identifiers contain every word typed; names starting with it first."""
    words = fold(text).split()
    if not words or len(text.strip()) < 2:
        return []
    found = [entry for entry in index if all(word in entry.key for word in words)]
    found.sort(key=lambda entry: (not entry.key.startswith(words[0]), entry.kind == "actor", len(entry.label),
                                  entry.label))
    return found[:limit]
