"""The actors' registry in the store: import with update semantics, manual edits, mappings."""
import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.levels import LEVEL_IDS
from ..common.progress import Feedback, Steps
from ..common.settings import DEFAULT_THRESHOLD
from ..store import db, schema
from ..store.store_lock import writer
from .engagement import refresh_in
from .partners import platform_places
from .registry_csv import RegistryRow, check_row, read_registry
from .resolution import (
    CATEGORIES,
    HINT_SCORE,
    LOCATED,
    SAME,
    Resolution,
    Territory,
    guessed_level,
    load_index,
    resolve,
    suggest,
)
from .siren import siren_departements

log = logging.getLogger(__name__)

REJECTS = """
    fid INTEGER PRIMARY KEY,
    line INTEGER,
    raw TEXT,
    reason TEXT NOT NULL,
    source TEXT,
    imported_at TEXT NOT NULL
"""
MAPPINGS = """
    siren TEXT PRIMARY KEY,
    level TEXT NOT NULL,
    code TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'same',
    note TEXT,
    created_at TEXT NOT NULL
"""
# Columns an import compares to tell "updated" from "unchanged" (not dates nor line numbers).
COMPARED = schema.column_names(schema.REGISTRY_COLUMNS + schema.IDENTIFICATION_COLUMNS)
MANUAL = "manual"


@dataclass
class ImportReport:
    source: str
    read: int = 0
    accepted: int = 0
    rejected: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    categories: Counter = field(default_factory=Counter)
    unresolved: List[Tuple[str, str, str]] = field(default_factory=list)  # siren, name, reason
    successors: List[Tuple[str, str, str]] = field(default_factory=list)  # siren, name, reason (rule, current)
    resolutions: Counter = field(default_factory=Counter)  # label -> actors
    reject_reasons: Counter = field(default_factory=Counter)

    def lines(self) -> List[str]:
        lines = [
            tr("Registry {source}: {read} rows read, {accepted} accepted, {rejected} rejected").format(
                source=self.source, read=self.read, accepted=self.accepted, rejected=self.rejected),
            tr("  actors inserted: {inserted}, updated: {updated}, unchanged: {unchanged}").format(
                inserted=self.inserted, updated=self.updated, unchanged=self.unchanged),
            tr("  identified: {parts}").format(parts=", ".join(
                f"{category} {self.categories.get(category, 0)}" for category in CATEGORIES)),
            tr("  successors of old SIRENs (collectivities found by a rule): {n}").format(n=len(self.successors)),
        ]
        for siren, name, reason in self.successors[:20]:
            lines.append(f"    {siren} {name}: {reason}")
        if len(self.successors) > 20:
            lines.append(tr("    ... and {n} more").format(n=len(self.successors) - 20))
        lines += [
            tr("  overseas collectivities and bodies (COM, counted apart, not mapped): {n}").format(
                n=self.resolutions.get("overseas", 0)),
            tr("  partners located by their SIREN, name or platform: {n}; by the registry: {r}; nowhere: {x}").format(
                n=self.resolutions.get("located", 0), r=self.resolutions.get("registry", 0),
                x=self.resolutions.get("none", 0)),
            tr("  unresolved (kept, listed in the actors table with a reason): {n}").format(n=len(self.unresolved)),
        ]
        for siren, name, reason in self.unresolved[:20]:
            lines.append(f"    {siren} {name}: {reason}")
        if len(self.unresolved) > 20:
            lines.append(tr("    ... and {n} more").format(n=len(self.unresolved) - 20))
        for reason, count in self.reject_reasons.most_common(10):
            lines.append(tr("  rejected ({count}): {reason}").format(count=count, reason=reason))
        return lines


def ensure_tables(connection) -> None:
    db.ensure_attribute_table(connection, "actors", schema.ACTORS, "Open data actors (registry)")
    db.ensure_attribute_table(connection, "rejects", REJECTS, "Registry rows rejected by the import, with the reason")
    db.ensure_attribute_table(connection, "mappings", MAPPINGS, "Actors identified by hand (SIREN -> territory)")


def _mappings(connection) -> Dict[str, Tuple[str, str, str]]:
    rows = connection.execute("SELECT siren, level, code, role FROM mappings")
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


def resolver(connection) -> Callable[..., List[Resolution]]:
    """How an import identifies its rows against the store's current reference: `identify(rows, others=())`.

    The registry's editions (evolution/editions.py) are identified by the same function, so that they are
    compared at constant perimeter. `others` are actors the rows do not update whose platforms locate partners.
    """
    index = load_index(connection)
    mappings = _mappings(connection)
    return lambda rows, others=(): resolve_many(list(rows), index, mappings, list(others))


def _existing(connection) -> Dict[str, dict]:
    return {row["siren"]: dict(row) for row in connection.execute("SELECT * FROM actors")}


def _record(row: RegistryRow, resolution, source: str) -> dict:
    return {
        "siren": row.siren, "name": row.name, "url_platform": row.url_platform or None, "host": row.host or None,
        "id_datagouv": row.id_datagouv or None, "techno_platform": row.techno_platform or None,
        **resolution.columns(), "source": source, "source_line": row.line or None, "updated_at": db.utc_now(),
    }


def _upsert(connection, record: dict, existing: Optional[dict]) -> str:
    """'inserted', 'updated' or 'unchanged'."""
    if existing is None:
        # An upsert, not a plain insert: a colleague may have added the same SIREN meanwhile.
        names = list(record)
        db.upsert(connection, "actors", names, ("siren",), [[record[name] for name in names]])
        return "inserted"
    if all(existing.get(name) == record.get(name) for name in COMPARED):
        return "unchanged"
    names = [name for name in record if name != "siren"]
    connection.execute(f"UPDATE actors SET {', '.join(f'{name} = ?' for name in names)} WHERE siren = ?",
                       [record[name] for name in names] + [record["siren"]])
    return "updated"


@writer("import-actors")
def import_registry(store_path, csv_path, feedback: Optional[Feedback] = None,
                    threshold: int = DEFAULT_THRESHOLD) -> ImportReport:
    """Read, check, resolve and store a registry in one transaction, then refresh the layers' fields.

    The file is read and checked before the store is touched; any error afterwards rolls back.
    Actors missing from this file are kept: a second registry updates the first, it does not replace it.
    """
    # Bad input fails here, before any progress line, so that a shell shows one line only.
    store = db.open_store(store_path)
    registry = read_registry(csv_path)
    feedback = feedback or Feedback()
    steps = Steps(feedback, {"resolve": 5, "refresh": 3})
    report = ImportReport(source=registry.source, read=registry.read, accepted=len(registry.rows),
                          rejected=len(registry.rejects))
    report.reject_reasons.update(_reason_kind(reject.reason) for reject in registry.rejects)
    with store.transaction() as connection:
        steps.start("resolve", tr("Identifying actors by SIREN"))
        ensure_tables(connection)
        identify = resolver(connection)
        existing = _existing(connection)
        for row in registry.rows:
            _keep_absent_columns(row, registry.columns, existing.get(row.siren))
        given = {row.siren for row in registry.rows}
        others = [_row_of(actor) for siren, actor in existing.items() if siren not in given]
        resolved = identify(registry.rows, others)
        for number, (row, resolution) in enumerate(zip(registry.rows, resolved)):
            outcome = _upsert(connection, _record(row, resolution, registry.source), existing.get(row.siren))
            setattr(report, outcome, getattr(report, outcome) + 1)
            report.categories[resolution.category] += 1
            report.resolutions[resolution.resolution] += 1
            if resolution.resolution == "unresolved":
                report.unresolved.append((row.siren, row.name, resolution.reason))
            elif resolution.resolution == "successor":
                report.successors.append((row.siren, row.name, resolution.reason))
            if number % 200 == 0:
                steps.advance(number / max(len(registry.rows), 1))
        # Rejects of an earlier import of the same file are replaced: the fixed file is the new truth.
        connection.execute("DELETE FROM rejects WHERE source = ?", (registry.source,))
        now = db.utc_now()
        connection.executemany(
            "INSERT INTO rejects (line, raw, reason, source, imported_at) VALUES (?, ?, ?, ?, ?)",
            [(reject.line, reject.raw, reject.reason, registry.source, now) for reject in registry.rejects])
        steps.start("refresh", tr("Updating engagement on the territory layers"))
        refresh_in(connection, threshold)
    steps.finish()
    log.info("imported %s: %s", registry.source, report.lines()[0])
    return report


def resolve_many(rows: List[RegistryRow], index, mappings: Dict[str, Tuple[str, str, str]],
                 others: List[RegistryRow] = ()) -> list:
    """Resolve rows in two passes: collectivities first, then the partners their platforms locate.

    `others` are actors of the store the rows do not update: their platforms count too.
    """
    first = [resolve(row, index, mappings.get(row.siren)) for row in rows]
    known = [(row.host, resolution) for row, resolution in zip(rows, first)]
    known += [(row.host, resolve(row, index, mappings.get(row.siren))) for row in others if row.host]
    places = platform_places(known)
    if not places:
        return first
    return [resolve(row, index, mappings.get(row.siren), places)
            if resolution.resolution in ("none", "unresolved") and row.host in places else resolution
            for row, resolution in zip(rows, first)]


def _row_of(actor: dict) -> RegistryRow:
    """The registry row an actor of the store was read from, as far as resolution needs it."""
    row = RegistryRow(siren=actor["siren"], name=actor["name"], host=actor.get("host") or "")
    # The registry's location of an "other" actor is kept when no mapping says otherwise.
    if actor.get("resolution") == "registry" and actor.get("territory_level") in ("departement", "region"):
        setattr(row, actor["territory_level"], actor["territory_code"])
    return row


def _keep_absent_columns(row: RegistryRow, columns, existing: Optional[dict]) -> None:
    """A registry without, say, a URL column updates names only: it must not erase known URLs."""
    if existing is None:
        return
    if "url_platform" not in columns:
        row.url_platform, row.host = existing["url_platform"] or "", existing["host"] or ""
    for name in ("id_datagouv", "techno_platform"):
        if name not in columns:
            setattr(row, name, existing[name] or "")
    if ("departement" not in columns and "region" not in columns and existing["resolution"] == "registry"
            and existing["territory_level"] in ("departement", "region")):
        setattr(row, existing["territory_level"], existing["territory_code"])


def _reason_kind(reason: str) -> str:
    # Group reasons that differ only by the value they quote ("SIREN 123 ..." -> "SIREN ...").
    words = reason.split()
    return " ".join(word for word in words if not any(ch.isdigit() for ch in word) and "'" not in word)


def _row_from_fields(fields: dict) -> RegistryRow:
    row, problem = check_row(fields)
    if row is None:
        raise InputError(problem)
    return row


@writer("actor")
def add_actor(store_path, fields: dict, threshold: int = DEFAULT_THRESHOLD) -> dict:
    """Add one actor by hand (fields: siren, name, url_platform, id_datagouv, techno_platform...)."""
    row = _row_from_fields(fields)
    with db.open_store(store_path).transaction() as connection:
        ensure_tables(connection)
        if connection.execute("SELECT 1 FROM actors WHERE siren = ?", (row.siren,)).fetchone():
            raise InputError(tr("An actor with SIREN {siren} already exists; edit it instead").format(siren=row.siren))
        record = _store_row(connection, row)
        refresh_in(connection, threshold)
    return record


@writer("actor")
def edit_actor(store_path, siren: str, changes: dict, threshold: int = DEFAULT_THRESHOLD) -> dict:
    """Change some fields of an actor; the SIREN itself may change too (same checks as an import)."""
    with db.open_store(store_path).transaction() as connection:
        ensure_tables(connection)
        current = connection.execute("SELECT * FROM actors WHERE siren = ?", (siren,)).fetchone()
        if current is None:
            raise InputError(tr("No actor with SIREN {siren}").format(siren=siren))
        fields = {"siren": current["siren"], "name": current["name"], "url_platform": current["url_platform"],
                  "id_datagouv": current["id_datagouv"], "techno_platform": current["techno_platform"]}
        if current["resolution"] == "registry" and current["territory_level"] in ("departement", "region"):
            fields[current["territory_level"]] = current["territory_code"]
        fields.update(changes)
        row = _row_from_fields(fields)
        if row.siren != siren:
            if connection.execute("SELECT 1 FROM actors WHERE siren = ?", (row.siren,)).fetchone():
                raise InputError(tr("An actor with SIREN {siren} already exists").format(siren=row.siren))
            connection.execute("DELETE FROM actors WHERE siren = ?", (siren,))
        record = _store_row(connection, row)
        refresh_in(connection, threshold)
    return record


@writer("actor")
def remove_actor(store_path, siren: str, threshold: int = DEFAULT_THRESHOLD) -> None:
    with db.open_store(store_path).transaction() as connection:
        ensure_tables(connection)
        if connection.execute("DELETE FROM actors WHERE siren = ?", (siren,)).rowcount == 0:
            raise InputError(tr("No actor with SIREN {siren}").format(siren=siren))
        refresh_in(connection, threshold)


def _store_row(connection, row: RegistryRow) -> dict:
    resolution = _resolve_one(connection, row, load_index(connection))
    record = _record(row, resolution, MANUAL)
    existing = connection.execute("SELECT * FROM actors WHERE siren = ?", (row.siren,)).fetchone()
    _upsert(connection, record, dict(existing) if existing else None)
    return record


def suggestions(store_path, siren: str, limit: int = 5) -> List[Tuple[Territory, float]]:
    """Reference territories whose name is close to the actor's, for the user to pick from."""
    store = db.open_store(store_path)
    connection = store.connect()
    try:
        actor = connection.execute("SELECT name, siren FROM actors WHERE siren = ?", (siren,)).fetchone()
        if actor is None:
            raise InputError(tr("No actor with SIREN {siren}").format(siren=siren))
        # the level the SIREN and name point to (epci for "CA DE LAVAL") ranks first, not the commune Laval,
        # and within it the département the SIREN was numbered in (CHEMERE 44...: not Chémery, Loir-et-Cher)
        level = guessed_level(actor["siren"], actor["name"])
        departements = siren_departements(actor["siren"])
        found = suggest(load_index(connection), actor["name"], None, limit * 2, departements=departements)
        found.sort(key=lambda item: (item[0].level != level,
                                     bool(departements) and not set(item[0].departements) & set(departements),
                                     -item[1]))
        if not departements:
            # nothing ties the actor to a place: only close names, not "AUTOLIB VELIB" -> "Haut Pays du Velay"
            found = [item for item in found if item[1] >= HINT_SCORE]
        return found[:limit]
    finally:
        connection.close()


@writer("map-actor")
def set_mapping(store_path, siren: str, level: str, code: str, role: str = SAME, note: str = "",
                threshold: int = DEFAULT_THRESHOLD) -> dict:
    """Record that an actor is (role 'same') or sits in (role 'located') a territory, then re-resolve it.

    For level departement or region, `code` is the collectivity's code (67A, 94...) or a plain
    département or région code.
    """
    if level not in LEVEL_IDS:
        raise InputError(tr("Unknown level {level}; use one of {levels}").format(
            level=level, levels=", ".join(LEVEL_IDS)))
    if role not in (SAME, LOCATED):
        raise InputError(tr("Unknown mapping role {role}").format(role=role))
    with db.open_store(store_path).transaction() as connection:
        ensure_tables(connection)
        index = load_index(connection)
        if (level, code) not in index.by_code:
            raise InputError(tr("The store has no {level} with code {code}").format(level=level, code=code))
        current = connection.execute("SELECT * FROM actors WHERE siren = ?", (siren,)).fetchone()
        if current is None:
            raise InputError(tr("No actor with SIREN {siren}").format(siren=siren))
        db.upsert(connection, "mappings", ("siren", "level", "code", "role", "note", "created_at"), ("siren",),
                  [(siren, level, code, role, note or None, db.utc_now())])
        record = _re_resolve(connection, dict(current), index)
        refresh_in(connection, threshold)
    return record


@writer("map-actor")
def remove_mapping(store_path, siren: str, threshold: int = DEFAULT_THRESHOLD) -> None:
    with db.open_store(store_path).transaction() as connection:
        ensure_tables(connection)
        connection.execute("DELETE FROM mappings WHERE siren = ?", (siren,))
        current = connection.execute("SELECT * FROM actors WHERE siren = ?", (siren,)).fetchone()
        if current is not None:
            _re_resolve(connection, dict(current), load_index(connection))
        refresh_in(connection, threshold)


@writer("map-actor")
def re_resolve_all(store_path, threshold: int = DEFAULT_THRESHOLD) -> int:
    """Resolve every actor again, e.g. after the territories were rebuilt from a newer reference."""
    with db.open_store(store_path).transaction() as connection:
        return re_resolve_in(connection, threshold)


def re_resolve_in(connection, threshold: int = DEFAULT_THRESHOLD) -> int:
    """re_resolve_all inside a transaction the caller holds (a PostGIS rebuild swaps territories in it)."""
    ensure_tables(connection)
    index = load_index(connection)
    actors = [dict(row) for row in connection.execute("SELECT * FROM actors").fetchall()]
    rows = [_row_of(current) for current in actors]
    for current, resolution in zip(actors, resolve_many(rows, index, _mappings(connection))):
        _upsert(connection, {**current, **resolution.columns(), "updated_at": db.utc_now()}, current)
    refresh_in(connection, threshold)
    return len(actors)


def _resolve_one(connection, row: RegistryRow, index):
    """One actor, located by platform among the other actors of the store."""
    others = [_row_of(dict(actor)) for actor in connection.execute(
        "SELECT * FROM actors WHERE siren <> ? AND host = ?", (row.siren, row.host)).fetchall()] if row.host else []
    return resolve_many([row], index, _mappings(connection), others)[0]


def _re_resolve(connection, current: dict, index) -> dict:
    resolution = _resolve_one(connection, _row_of(current), index)
    record = {**current, **resolution.columns(), "updated_at": db.utc_now()}
    _upsert(connection, record, current)
    return record
