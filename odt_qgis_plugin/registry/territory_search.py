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
    name: str = ""  # folded name alone, for exact and prefix matches
    weight: int = 0  # population: of two communes of the same name, the larger comes first


def fold(text: str) -> str:
    """Case, accents and apostrophe kinds do not matter: "l'hay" finds "L’Haÿ-les-Roses"."""
    text = unicodedata.normalize("NFKD", text or "").replace("’", "'")
    return "".join(char for char in text if not unicodedata.combining(char)).casefold()


def build_index(connection: sqlite3.Connection) -> Tuple[Entry, ...]:
    entries = []
    for code, name, siren, dep, population in connection.execute(
            "SELECT code, name, siren, departement, population FROM communes"):
        entries.append(Entry("commune", f"{name} ({dep})", "communes", code, fold(f"{name} {code} {siren or ''}"),
                             fold(name), population or 0))
    for code, name in connection.execute("SELECT code, name FROM epci"):
        entries.append(Entry("epci", name, "epci", code, fold(f"{name} {code}"), fold(name)))
    if db.table_exists(connection, "actors"):
        for siren, name, level, code in connection.execute(
                "SELECT siren, name, territory_level, territory_code FROM actors"
                " WHERE territory_level IS NOT NULL AND territory_code IS NOT NULL"):
            if level in TABLE_OF:
                entries.append(Entry("actor", name, TABLE_OF[level], code, fold(f"{name} {siren}"), fold(name)))
    return tuple(entries)


def load_index(store) -> Tuple[Entry, ...]:
    connection = db.open_store(store).connect()
    try:
        return build_index(connection)
    finally:
        connection.close()


def _rank(entry: Entry, typed: str) -> int:
    """0: the name is what was typed; 1: the name starts with it; 2: an identifier does; 3: contains it."""
    if entry.name == typed:
        return 0
    if entry.name.startswith(typed):
        return 1
    return 2 if entry.key.startswith(typed) else 3


def search(index, text: str, limit: int = 30) -> List[Entry]:
    """Entries whose name or identifiers contain every word typed: the exact name first ("Saint-Nazaire"
    before "Ablain-Saint-Nazaire"), then names starting with it, larger communes before smaller ones."""
    words = fold(text).split()
    if not words or len(text.strip()) < 2:
        return []
    typed = " ".join(words)
    found = [entry for entry in index if all(word in entry.key for word in words)]
    found.sort(key=lambda entry: (_rank(entry, typed), entry.kind == "actor", -entry.weight, len(entry.label),
                                  entry.label))
    return found[:limit]
