"""Building the territory store: reference + SIREN list + boundaries -> one GeoPackage, atomically."""

import os
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from qgis.core import QgsGeometry

from ..common import about, output_paths
from ..common.errors import InputError
from ..common.i18n import tr
from ..common.levels import TERRITORY_TABLES
from ..common.progress import Feedback, Steps
from ..common.qgis_geometry import dissolve_groups
from ..common.settings import DEFAULT_THRESHOLD
from ..common.sources import Fetch, is_url
from . import db, gpkg_swap, replacement, store_design, store_lock
from .qgis_boundaries import read_boundaries
from .qgis_layer_writer import write_new_layer
from .qgis_reference_tables import write_reference_tables
from .reconciliation import NO_BOUNDARY, UNKNOWN_CODE, reconcile
from .reference import Reference, load_collectivities, load_reference

_SCRATCH_PREFIX = "odt-build-"  # the scratch folders of builds into PostgreSQL, in the system's temporary folder

COMMUNE_SPEC = [
    ("code", "string"),
    ("name", "string"),
    ("siren", "string"),
    ("population", "int"),
    ("epci", "string"),
    ("departement", "string"),
    ("region", "string"),
]
EPCI_SPEC = [
    ("code", "string"),
    ("siren", "string"),
    ("name", "string"),
    ("kind", "string"),
    ("population", "int"),
    ("members", "int"),
    ("departement", "string"),
    ("region", "string"),
    ("departements", "string"),
    ("regions", "string"),
]
DEPARTEMENT_SPEC = [
    ("code", "string"),
    ("name", "string"),
    ("siren", "string"),
    ("collectivity", "string"),
    ("population", "int"),
    ("region", "string"),
]
REGION_SPEC = [
    ("code", "string"),
    ("name", "string"),
    ("siren", "string"),
    ("collectivity", "string"),
    ("population", "int"),
]



@dataclass
class BuildSummary:
    path: str
    counts: Dict[str, int] = field(default_factory=dict)
    merged: int = 0  # old communes dissolved into current ones
    unmatched: int = 0  # codes matched neither way
    repaired: int = 0  # invalid input geometries made valid
    unmatched_rows: List[dict] = field(default_factory=list)
    carried: List[str] = field(default_factory=list)  # the user's tables kept from the previous store

    def lines(self) -> List[str]:
        lines = [tr("Store written: {path}").format(path=self.path)]
        for layer in TERRITORY_TABLES:
            lines.append(tr("  {layer}: {count}").format(layer=layer, count=self.counts.get(layer, 0)))
        lines.append(tr("  communes reconciled (merged since the boundaries' vintage): {n}").format(n=self.merged))
        lines.append(tr("  codes unmatched (see the reconciliation table): {n}").format(n=self.unmatched))
        lines.append(tr("  invalid geometries repaired: {n}").format(n=self.repaired))
        if self.carried:
            lines.append(tr("  kept from the previous store: {tables}").format(tables=", ".join(self.carried)))
        return lines


def build_store(
    reference: str,
    sirens: str,
    boundaries: str,
    out: str,
    field_map: Optional[Dict[str, str]] = None,
    fetch: Optional[Fetch] = None,
    feedback: Optional[Feedback] = None,
    threads: int = 2,
    threshold: int = DEFAULT_THRESHOLD,
    force: bool = False,
) -> BuildSummary:
    """Build into a temporary file beside `out`, then put it in: a failure leaves `out` as it was.

    An existing store is updated in place, in one transaction: its territory tables are replaced and
    everything else in it (actors, harvests, scenarios, layers added by hand) is kept. What may be
    replaced at all, and `force`: store/replacement.py. `threshold` (obligated communes) re-identifies the
    actors a rebuild keeps. `out` may be a PostgreSQL location: the store
    is then built into a temporary GeoPackage and published into the schema (store/qgis_copy.publish).
    """
    feedback = feedback or Feedback()
    if db.is_postgres(out):
        return _build_postgres(reference, sirens, boundaries, out, field_map, fetch, feedback, threads, threshold,
                               force)
    out_path = output_paths.check_output(out)
    if out_path.suffix.lower() != ".gpkg":
        raise InputError(tr("The store must be a .gpkg file: {path}").format(path=out))
    with store_lock.writing(out_path, "build-store"):
        mode = replacement.gpkg_target(out_path, force)
        replacement.clean_temporaries(out_path)
        steps = Steps(feedback, {"reference": 4, "boundaries": 30, "communes": 4, "epci": 35, "upper": 12,
                                 "write": 15})

        steps.start("reference", tr("Reading the administrative reference"))
        ref = load_reference(reference, fetch)
        collectivities = load_collectivities(sirens, fetch)
        expected = {"communes": len(ref.communes), "departements": len(ref.departements), "regions": len(ref.regions)}

        steps.start("boundaries", tr("Reading boundaries"))
        bounds = read_boundaries(boundaries, field_map, sorted(ref.departements), fetch, steps.share())

        steps.start("communes", tr("Reconciling commune codes"))
        recon = reconcile({code: name for code, (name, _) in bounds.communes.items()}, ref)
        # Checked before the long steps: boundaries that cover nothing must not replace a good store.
        replacement.check_territories({"communes": len(recon.groups)}, {"communes": expected["communes"]}, force)
        commune_geoms = dissolve_groups(
            {code: [bounds.communes[c][1] for c in codes] for code, codes in recon.groups.items()}, threads
        )
        for row in recon.rows:
            row["level"] = "commune"
        for dropped in bounds.dropped:
            recon.rows.append(dict(dropped, level="commune", source="boundaries", status="no_geometry",
                                   current_code=""))

        steps.start("epci", tr("Dissolving EPCI from their member communes"))
        epci_geoms = dissolve_groups(
            {e.code: [commune_geoms[m] for m in e.members if m in commune_geoms] for e in ref.epci.values()},
            threads,
            on_done=lambda done, total: steps.advance(done / total),
        )

        steps.start("upper", tr("Départements and régions"))
        dep_geoms = _upper_level(
            bounds.departements, ref.departements, commune_geoms, ref, "departement", recon.rows, threads
        )
        reg_geoms = _upper_level(bounds.regions, ref.regions, commune_geoms, ref, "region", recon.rows, threads)
        replacement.check_territories(
            {"communes": len(commune_geoms), "departements": len(dep_geoms), "regions": len(reg_geoms)},
            expected, force)

        steps.start("write", tr("Writing the store"))
        temporary = out_path.with_name(f"{out_path.stem}.building-{output_paths.tag()}.gpkg")
        try:
            counts = _write(temporary, ref, collectivities, commune_geoms, epci_geoms, dep_geoms, reg_geoms,
                            recon.rows)
            write_reference_tables(temporary, ref, dep_geoms)
            _write_metadata(temporary, reference, sirens, boundaries, ref, counts, bounds.repaired)
            feedback.check()
            if mode == replacement.IN_PLACE:
                carried = _update_in_place(out_path, temporary, threshold)
            else:
                db.write_ahead_log(temporary)
                _remove(out_path, main=False)  # a journal left beside the old file would spoil the new one
                os.replace(temporary, out_path)
                carried = []
        finally:
            _remove(temporary)
        steps.finish()
    unmatched = [row for row in recon.rows if row["status"] != "merged"]
    return BuildSummary(
        path=str(out_path),
        counts=counts,
        merged=recon.count("merged"),
        unmatched=len(unmatched),
        repaired=bounds.repaired,
        unmatched_rows=unmatched,
        carried=carried,
    )


def _build_postgres(reference, sirens, boundaries, out, field_map, fetch, feedback, threads, threshold,
                    force) -> BuildSummary:
    from .pg_store import PgStore
    from .qgis_copy import publish

    target = PgStore(out, must_exist=False)
    with store_lock.writing(target, "build-store"):
        mode = replacement.pg_target(target, force)
        output_paths.clean_leftovers(Path(tempfile.gettempdir()), _SCRATCH_PREFIX)
        with tempfile.TemporaryDirectory(prefix=f"{_SCRATCH_PREFIX}{output_paths.tag()}-") as folder:
            summary = build_store(
                reference, sirens, boundaries, str(Path(folder) / "store.gpkg"), field_map, fetch, feedback, threads,
                threshold, force)
            feedback.set_text(tr("Writing the store into PostgreSQL"))

            def re_resolve(connection):
                if db.table_exists(connection, "actors"):
                    from ..registry.actors import re_resolve_in

                    re_resolve_in(connection, threshold)

            summary.carried = publish(db.StoreDb(summary.path), target, keep_user_tables=mode == replacement.IN_PLACE,
                                      after=re_resolve, force=force)
    summary.path = target.label()
    return summary


def _upper_level(source, known, commune_geoms, ref: Reference, level, rows, threads):
    """Départements or régions from the source when it has them, else dissolved from communes."""
    geoms: Dict[str, QgsGeometry] = {}
    if source:
        for code, (name, geometry) in source.items():
            if code in known:
                geoms[code] = geometry
            else:
                rows.append(
                    {
                        "code": code,
                        "name": name,
                        "level": level,
                        "source": "boundaries",
                        "status": UNKNOWN_CODE,
                        "current_code": "",
                        "reason": f"{level} code unknown to the reference",
                    }
                )
    missing = defaultdict(list)
    for code, commune in ref.communes.items():
        parent = getattr(commune, level)
        if parent not in geoms and code in commune_geoms:
            missing[parent].append(commune_geoms[code])
    geoms.update(dissolve_groups(dict(missing), threads))
    for code in sorted(set(known) - set(geoms)):
        rows.append(
            {
                "code": code,
                "name": known[code]["name"],
                "level": level,
                "source": "reference",
                "status": NO_BOUNDARY,
                "current_code": code,
                "reason": f"no boundary and no commune boundary for this {level}",
            }
        )
    return geoms


def _write(path, ref: Reference, collectivities, commune_geoms, epci_geoms, dep_geoms, reg_geoms, recon_rows):
    counts = {}
    counts["communes"] = write_new_layer(
        str(path),
        "communes",
        COMMUNE_SPEC,
        (
            ([c.code, c.name, c.siren, c.population, c.epci, c.departement, c.region], commune_geoms[c.code])
            for c in ref.communes.values()
            if c.code in commune_geoms
        ),
        description="Communes actuelles",
    )
    counts["epci"] = write_new_layer(
        str(path),
        "epci",
        EPCI_SPEC,
        (
            (
                [
                    e.code,
                    e.code,
                    e.name,
                    e.kind,
                    e.population,
                    len(e.members),
                    e.departement,
                    e.region,
                    " ".join(e.departements),
                    " ".join(e.regions),
                ],
                epci_geoms[e.code],
            )
            for e in ref.epci.values()
            if e.code in epci_geoms and not epci_geoms[e.code].isEmpty()
        ),
        description="EPCI à fiscalité propre",
    )
    population = defaultdict(int)
    for commune in ref.communes.values():
        population[("departement", commune.departement)] += commune.population
        population[("region", commune.region)] += commune.population
    covering = {}
    for collectivity in collectivities:
        if collectivity.level == "departement":
            for dep in collectivity.departements:
                covering[("departement", dep)] = collectivity
        else:
            covering[("region", collectivity.code)] = collectivity
    counts["departements"] = write_new_layer(
        str(path),
        "departements",
        DEPARTEMENT_SPEC,
        (
            (
                [
                    code,
                    d["name"],
                    *_collectivity(covering, "departement", code),
                    population[("departement", code)],
                    d["region"],
                ],
                dep_geoms[code],
            )
            for code, d in sorted(ref.departements.items())
            if code in dep_geoms
        ),
        description="Départements",
    )
    counts["regions"] = write_new_layer(
        str(path),
        "regions",
        REGION_SPEC,
        (
            ([code, r["name"], *_collectivity(covering, "region", code), population[("region", code)]], reg_geoms[code])
            for code, r in sorted(ref.regions.items())
            if code in reg_geoms
        ),
        description="Régions",
    )
    _write_tables(path, ref, collectivities, recon_rows)
    return counts


def _collectivity(covering, level, code):
    found = covering.get((level, code))
    return [found.siren, found.name] if found else ["", ""]


def _write_tables(path, ref: Reference, collectivities, recon_rows):
    with db.StoreDb(path, must_exist=False).transaction() as connection:
        db.ensure_attribute_table(connection, db.METADATA_TABLE, "key TEXT PRIMARY KEY, value TEXT", "Store metadata")
        db.ensure_attribute_table(
            connection,
            "reconciliation",
            "fid INTEGER PRIMARY KEY, level TEXT, code TEXT, name TEXT, source TEXT, status TEXT,"
            " current_code TEXT, reason TEXT",
            "Codes matched neither way between boundaries and reference, and merged communes",
        )
        connection.executemany(
            "INSERT INTO reconciliation (level, code, name, source, status, current_code, reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (r["level"], r["code"], r["name"], r["source"], r["status"], r["current_code"], r["reason"])
                for r in recon_rows
            ],
        )
        db.ensure_attribute_table(
            connection,
            "epci_members",
            "epci TEXT, commune TEXT, PRIMARY KEY (epci, commune)",
            "Member communes of each EPCI",
        )
        db.insert_ignore(
            connection, "epci_members", ("epci", "commune"), [(e.code, m) for e in ref.epci.values() for m in e.members]
        )
        db.ensure_attribute_table(
            connection,
            "collectivities",
            "siren TEXT PRIMARY KEY, level TEXT, code TEXT, name TEXT, departements TEXT",
            "Département- and région-level collectivities",
        )
        connection.executemany(
            "INSERT INTO collectivities (siren, level, code, name, departements) VALUES (?, ?, ?, ?, ?)",
            [(c.siren, c.level, c.code, c.name, " ".join(c.departements)) for c in collectivities],
        )
        for layer in TERRITORY_TABLES:
            connection.execute(f"CREATE INDEX IF NOT EXISTS {layer}_code ON {layer} (code)")


def _update_in_place(store_path: Path, fresh: Path, threshold: int) -> List[str]:
    """The fresh territories into the existing store, in one transaction; returns the user's tables kept.

    The store file stays (no connection still open on it can write into a replaced file); the
    actors are identified again on the new territories in the same transaction.
    """
    store = db.StoreDb(store_path)  # brings an older store up to date first
    source = gpkg_swap.open_source(fresh)
    try:
        incoming = [name for name in gpkg_swap.user_objects(source) if name != db.METADATA_TABLE]
        metadata = dict(source.execute(f"SELECT key, value FROM {db.METADATA_TABLE}").fetchall())
        with store.transaction() as connection:
            present = gpkg_swap.user_objects(connection)
            for name in store_design.REBUILT:
                gpkg_swap.drop(connection, name)
            gpkg_swap.replace(connection, source, incoming)
            # Keys the build does not write (the platform groups the footprints used...) stay.
            db.set_meta(connection, metadata)
            if db.table_exists(connection, "actors"):
                from ..registry.actors import re_resolve_in

                re_resolve_in(connection, threshold)
    finally:
        source.close()
    return sorted(name for name in present if name not in store_design.REBUILT and name != db.METADATA_TABLE)


def _vintage(location: str) -> str:
    years = re.findall(r"(?<!\d)(19|20)(\d\d)(?!\d)", location)
    return "".join(years[-1]) if years else ""


def _version(location: str) -> str:
    found = re.findall(r"(\d+\.\d+\.\d+)", location)
    return found[-1] if found else ""


def _write_metadata(path, reference, sirens, boundaries, ref, counts, repaired):
    values = {
        "schema_version": db.SCHEMA_VERSION,
        "plugin_version": about.version(),
        "build_date": db.utc_now(),
        "reference_source": reference if is_url(reference) else Path(reference).name,
        "reference_version": _version(reference),
        "sirens_source": sirens if is_url(sirens) else Path(sirens).name,
        "boundaries_source": boundaries if is_url(boundaries) else Path(boundaries).name,
        "boundaries_vintage": _vintage(boundaries),
        "repaired_geometries": repaired,
        **{f"count_{layer}": count for layer, count in counts.items()},
    }
    with db.StoreDb(path, must_exist=False).transaction() as connection:
        db.set_meta(connection, values)


def _remove(path: Path, main: bool = True) -> None:
    for suffix in ("", "-journal", "-wal", "-shm")[0 if main else 1:]:
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            candidate.unlink()
