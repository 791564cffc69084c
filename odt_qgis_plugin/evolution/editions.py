"""Dated editions of the registry: each imported registry kept whole, identified against the current reference.

The latest edition is the current registry (the `actors` table); an older edition imported later is kept
for the evolution only. Every edition's rows are identified by the import's own function
(registry/actors.py `resolver`) against the store's current territories and hand mappings, so that
editions of any vintage are compared at constant perimeter. The identification is kept with the rows
and redone when the territories, the mappings or the identification rules have changed since.
"""
import hashlib
import logging
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import List, Optional, Tuple

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.progress import Feedback
from ..common.settings import DEFAULT_THRESHOLD
from ..registry import actors as registry_actors
from ..registry.actors import MANUAL, ImportReport, import_registry, resolver
from ..registry.engagement import refresh_in
from ..registry.registry_csv import Registry, RegistryRow, read_registry
from ..store import db, schema

log = logging.getLogger(__name__)

EDITIONS = """
    edition TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    accepted INTEGER NOT NULL,
    rejected INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    resolved_with TEXT
"""
# Every row of every edition: the registry's own columns (as the `actors` table has them, with the
# registry's own département and région), then the identification.
_RAW = ("edition TEXT NOT NULL", "siren TEXT NOT NULL", *schema.REGISTRY_COLUMNS, "registry_departement TEXT",
        "registry_region TEXT", "source_line INTEGER")
EDITION_ACTORS = schema.columns_ddl("fid INTEGER PRIMARY KEY", *_RAW, *schema.IDENTIFICATION_COLUMNS,
                                    "UNIQUE (edition, siren)")
RAW = schema.column_names(_RAW)
IDENTIFIED = schema.column_names(schema.IDENTIFICATION_COLUMNS)


@dataclass
class EditionReport:
    edition: str
    source: str
    accepted: int
    rejected: int
    current: bool  # the edition became the current registry
    latest_before: Optional[str] = None
    registry: Optional[ImportReport] = None
    retired: List[Tuple[str, str]] = field(default_factory=list)  # (siren, name) that left the current registry

    def lines(self) -> List[str]:
        lines = [tr("Registry edition of {date}: {accepted} actors kept, {rejected} rows rejected ({source}).").format(
            date=self.edition, accepted=self.accepted, rejected=self.rejected, source=self.source)]
        if not self.current:
            lines.append(tr("  Older than the edition of {latest}: kept for the evolution only; the current registry "
                            "is unchanged.").format(latest=self.latest_before))
            return lines
        lines.append(tr("  This edition is the latest: it is the current registry."))
        lines += self.registry.lines() if self.registry else []
        if self.retired:
            lines.append(tr("  Actors of the current registry absent from this edition, removed from it (actors added "
                            "by hand stay): {n}").format(n=len(self.retired)))
            lines += [f"    {siren} {name}" for siren, name in self.retired[:20]]
            if len(self.retired) > 20:
                lines.append(tr("    ... and {n} more").format(n=len(self.retired) - 20))
        return lines


def edition_date(text: str) -> str:
    """An edition as YYYY-MM-DD; refused with a one-line reason otherwise."""
    try:
        day = date.fromisoformat((text or "").strip())
    except ValueError:
        raise InputError(tr("An edition is a date written YYYY-MM-DD, such as 2022-12-31, not {text!r}").format(
            text=text)) from None
    if day > date.today():
        raise InputError(tr("The edition date {date} is in the future").format(date=day.isoformat()))
    return day.isoformat()


def ensure_tables(connection) -> None:
    db.ensure_attribute_table(connection, "registry_editions", EDITIONS,
                              "Dated editions of the registry of actors (evolution over time)")
    db.ensure_attribute_table(connection, "edition_actors", EDITION_ACTORS,
                              "The actors of each registry edition, identified against the current reference")


def list_editions(store_path) -> List[dict]:
    """The store's editions, oldest first: edition (date), source, accepted, rejected, imported_at."""
    store = db.open_store(store_path)
    if not store.has_table("registry_editions"):
        return []
    return [dict(row) for row in store.query(
        "SELECT edition, source, accepted, rejected, imported_at FROM registry_editions ORDER BY edition")]


def import_edition(store_path, csv_path, edition: str, feedback: Optional[Feedback] = None,
                   threshold: int = DEFAULT_THRESHOLD) -> EditionReport:
    """Keep a registry file as the edition of `edition` (YYYY-MM-DD).

    When no edition is newer, the file also becomes the current registry: it is imported as a plain
    import does, then the actors it no longer lists leave the current registry (those added by hand stay).
    An older edition changes nothing but its own rows.
    """
    day = edition_date(edition)
    store = db.open_store(store_path)
    registry = read_registry(csv_path)  # bad input fails here, before the store is touched
    latest = _latest(store)
    current = latest is None or day >= latest
    report = EditionReport(day, registry.source, len(registry.rows), len(registry.rejects), current, latest)
    if current:
        report.registry = import_registry(store_path, csv_path, feedback, threshold=threshold)
    with store.transaction() as connection:
        ensure_tables(connection)
        registry_actors.ensure_tables(connection)  # the mappings table the identification reads
        _write(connection, day, registry)
        if current:
            report.retired = _retire_absent(connection, {row.siren for row in registry.rows})
            if report.retired:
                refresh_in(connection, threshold)
        identify_editions(connection)
    return report


def _latest(store) -> Optional[str]:
    if not store.has_table("registry_editions"):
        return None
    return store.query("SELECT MAX(edition) FROM registry_editions")[0][0]


def _write(connection, day: str, registry: Registry) -> None:
    connection.execute("DELETE FROM edition_actors WHERE edition = ?", (day,))
    connection.executemany(
        f"INSERT INTO edition_actors ({', '.join(RAW)}) VALUES ({', '.join('?' for _ in RAW)})",
        [(day, row.siren, row.name, row.url_platform or None, row.host or None, row.id_datagouv or None,
          row.techno_platform or None, row.departement or None, row.region or None, row.line or None)
         for row in registry.rows])
    db.upsert(connection, "registry_editions", ("edition", "source", "accepted", "rejected", "imported_at",
                                                "resolved_with"), ("edition",),
              [(day, registry.source, len(registry.rows), len(registry.rejects), db.utc_now(), None)])


def _retire_absent(connection, sirens: set) -> List[Tuple[str, str]]:
    gone = [(row[0], row[1]) for row in connection.execute("SELECT siren, name, source FROM actors ORDER BY siren")
            if row[0] not in sirens and row[2] != MANUAL]
    connection.executemany("DELETE FROM actors WHERE siren = ?", [(siren,) for siren, _name in gone])
    return gone


# --- identification, kept with the rows and redone when what it depends on has changed ---------------

@lru_cache(maxsize=1)
def _rules_digest() -> str:
    """The identification rules are the registry package's code: a new version of it re-identifies editions."""
    digest = hashlib.sha1()
    for path in sorted(Path(registry_actors.__file__).parent.glob("*.py")):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()


def identification_stamp(connection) -> str:
    """What an identification depends on: the territories (build date), the hand mappings and the rules."""
    build = connection.execute(f"SELECT value FROM {db.METADATA_TABLE} WHERE key = 'build_date'").fetchone()
    digest = hashlib.sha1(((build[0] if build else "") + "\0" + _rules_digest()).encode("utf-8"))
    if db.table_exists(connection, "mappings"):
        for row in connection.execute("SELECT siren, level, code, role FROM mappings ORDER BY siren"):
            digest.update("\0".join(str(value) for value in row).encode("utf-8"))
    return digest.hexdigest()[:20]


def stale_editions(connection) -> List[str]:
    if not db.table_exists(connection, "registry_editions"):
        return []
    stamp = identification_stamp(connection)
    rows = connection.execute("SELECT edition, resolved_with FROM registry_editions ORDER BY edition")
    return [edition for edition, resolved_with in rows if resolved_with != stamp]


def identify_editions(connection, editions: Optional[List[str]] = None) -> int:
    """(Re-)identify the rows of the stale editions (or of `editions`), inside the caller's transaction."""
    editions = stale_editions(connection) if editions is None else editions
    if not editions:
        return 0
    identify = resolver(connection)
    stamp = identification_stamp(connection)
    done = 0
    for edition in editions:
        rows = connection.execute(
            "SELECT fid, siren, name, registry_departement, registry_region FROM edition_actors WHERE edition = ?",
            (edition,)).fetchall()
        resolutions = identify([RegistryRow(siren=siren, name=name, departement=departement or "", region=region or "")
                                for _fid, siren, name, departement, region in rows])
        values = []
        for (fid, *_rest), resolution in zip(rows, resolutions):
            columns = resolution.columns()
            values.append([columns.get(key) for key in IDENTIFIED] + [fid])
        db.update_many(connection, "edition_actors", IDENTIFIED, "fid", values)
        connection.execute("UPDATE registry_editions SET resolved_with = ? WHERE edition = ?", (stamp, edition))
        done += len(rows)
    log.info("identified %d rows of %d registry editions", done, len(editions))
    return done
