"""What replacing a store may do, decided before any work starts; what a build must produce to replace one.

`build-store` and `copy-store --to` refuse, unless forced, to overwrite a store written by a newer
plugin, a file or schema that is not an observatory store, or a store whose replacement would lose
tables the source lacks (a copy replaces the store whole; a build keeps everything that is not
its own). A build also refuses territories that cannot be right (far fewer communes than the
reference, a level missing): the old store is then kept as it was.
"""
import sqlite3
from pathlib import Path
from typing import Iterable, List, Optional

from ..common.errors import StoreError
from ..common.i18n import tr
from ..common.levels import BY_TABLE
from . import db, gpkg_swap

NEW = "new"  # nothing there yet
IN_PLACE = "in place"  # one of our stores: its tables are replaced in one transaction, the user's kept
WHOLE = "whole"  # forced over something else: replaced whole

MIN_COMMUNE_SHARE = 0.9  # of the reference's communes that must get a boundary


def gpkg_target(path: Path, force: bool) -> str:
    """How the GeoPackage `path` may be replaced, or one line saying why not (--force overrides)."""
    if not path.exists():
        return NEW
    version = None
    try:
        # Its own read-only connection: when the file is replaced whole, none must stay open on it.
        connection = gpkg_swap.open_source(path)
        try:
            row = connection.execute(f"SELECT value FROM {db.METADATA_TABLE} WHERE key = 'schema_version'").fetchone()
            version = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError:  # not SQLite at all, or no metadata table
        pass
    return _versioned(str(path), version, force)


def pg_target(store, force: bool) -> str:
    """The same for a PostgreSQL schema (pg_schemas.check_target has refused what is not ours to touch)."""
    from . import pg_schemas

    connection = store.connect()
    try:
        if not pg_schemas.check_target(connection, store.schema):
            return NEW
        if not pg_schemas.is_store(connection, store.schema):
            return NEW  # an empty schema made for the store by an administrator
    finally:
        connection.close()
    return _versioned(store.label(), store.get_meta("schema_version"), force)


def _versioned(label: str, version: Optional[str], force: bool) -> str:
    try:
        found = int(version) if version is not None else None
    except ValueError:
        found = None
    if found is None:
        if not force:
            raise StoreError(tr("{path} is not an observatory store (made by another program?): it is left as it "
                                "is; use --force to replace it whole").format(path=label))
        return WHOLE
    if found > db.SCHEMA_VERSION:
        if not force:
            raise StoreError(tr("{path} was written by a newer version of the plugin (schema {found} > {known}): "
                                "update the plugin, or use --force to replace it whole").format(
                path=label, found=found, known=db.SCHEMA_VERSION))
        return WHOLE
    return IN_PLACE


def check_losses(label: str, present: Iterable[str], incoming: Iterable[str], force: bool) -> List[str]:
    """The tables of the store the incoming one lacks; refused unless forced, since a copy replaces it whole."""
    lost = sorted(set(present) - set(incoming))
    if lost and not force:
        raise StoreError(tr("Copying would delete what {path} holds and the source lacks ({tables}): "
                            "copy into another store, or use --force to replace it whole").format(
            path=label, tables=", ".join(lost)))
    return lost


def gpkg_objects(path: Path) -> List[str]:
    """Tables and views of a GeoPackage store, GeoPackage machinery aside."""
    connection = gpkg_swap.open_source(path)
    try:
        return sorted(gpkg_swap.user_objects(connection))
    finally:
        connection.close()


def clean_temporaries(out: Path) -> None:
    """What killed builds and copies of this store left beside it (called under its lock: none is running)."""
    for pattern in (f"{out.stem}.building*.gpkg*", f"{out.stem}.copying*.gpkg*"):
        for leftover in out.parent.glob(pattern):
            if leftover.is_file():
                leftover.unlink()


def check_territories(counts: dict, reference: dict, force: bool) -> None:
    """Refuse implausible territories: too few communes, a level with none, régions or départements missing.

    `counts` and `reference`: {"communes": n, "departements": n, "regions": n} built and expected.
    """
    if force:
        return
    communes, expected = counts.get("communes", 0), reference.get("communes", 0)
    if expected and communes < MIN_COMMUNE_SHARE * expected:
        raise StoreError(tr("The boundaries give {n} communes out of the reference's {total}: wrong boundaries "
                            "or field mapping? The store is left as it was (--force builds it anyway).").format(
            n=communes, total=expected))
    for level in ("departements", "regions"):
        if reference.get(level) and counts.get(level, 0) < reference[level]:
            raise StoreError(tr("The build gives {n} {level} out of the reference's {total}: the store is left as "
                                "it was (--force builds it anyway).").format(
                n=counts.get(level, 0), level=BY_TABLE[level].label(plural=True), total=reference[level]))
