"""Building the territory store: reference + SIREN list + boundaries -> one GeoPackage, atomically."""

import os
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from qgis.core import QgsGeometry

from ..common import about
from ..common.errors import InputError, StoreError
from ..common.i18n import tr
from ..common.levels import TERRITORY_TABLES
from ..common.progress import Feedback, Steps
from ..common.qgis_geometry import dissolve_groups
from ..common.settings import DEFAULT_THRESHOLD
from ..common.sources import Fetch, is_url
from . import db
from .qgis_boundaries import read_boundaries
from .qgis_layer_writer import write_layer
from .qgis_reference_tables import TABLES as REFERENCE_TABLES
from .qgis_reference_tables import write_reference_tables
from .reconciliation import NO_BOUNDARY, UNKNOWN_CODE, reconcile
from .reference import Reference, load_collectivities, load_reference

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
) -> BuildSummary:
    """Build into a temporary file beside `out`, then swap it in: a failure leaves `out` untouched.

    `out` may be a PostgreSQL location: the store is then built into a temporary GeoPackage and
    published into the schema in one transaction (see store_copy.publish). `threshold` (obligated
    communes) re-identifies the actors a rebuild keeps.
    """
    feedback = feedback or Feedback()
    if db.is_postgres(out):
        return _build_postgres(reference, sirens, boundaries, out, field_map, fetch, feedback, threads, threshold)
    out_path = Path(out)
    if not out_path.parent.is_dir():
        raise InputError(tr("Output folder does not exist: {path}").format(path=out_path.parent))
    if out_path.suffix.lower() != ".gpkg":
        raise InputError(tr("The store must be a .gpkg file: {path}").format(path=out))
    steps = Steps(feedback, {"reference": 4, "boundaries": 30, "communes": 4, "epci": 35, "upper": 12, "write": 15})

    steps.start("reference", tr("Reading the administrative reference"))
    ref = load_reference(reference, fetch)
    collectivities = load_collectivities(sirens, fetch)

    steps.start("boundaries", tr("Reading boundaries"))
    bounds = read_boundaries(boundaries, field_map, sorted(ref.departements), fetch, steps.share())

    steps.start("communes", tr("Reconciling commune codes"))
    recon = reconcile({code: name for code, (name, _) in bounds.communes.items()}, ref)
    commune_geoms = dissolve_groups(
        {code: [bounds.communes[c][1] for c in codes] for code, codes in recon.groups.items()}, threads
    )
    for row in recon.rows:
        row["level"] = "commune"
    for dropped in bounds.dropped:
        recon.rows.append(dict(dropped, level="commune", source="boundaries", status="no_geometry", current_code=""))

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

    steps.start("write", tr("Writing the store"))
    temporary = out_path.with_name(out_path.stem + ".building.gpkg")
    _remove(temporary)
    try:
        counts = _write(temporary, ref, collectivities, commune_geoms, epci_geoms, dep_geoms, reg_geoms, recon.rows)
        write_reference_tables(temporary, ref, dep_geoms)
        _write_metadata(temporary, reference, sirens, boundaries, ref, counts, bounds.repaired)
        carried = _carry_over(out_path, temporary, threshold)
        feedback.check()
        os.replace(temporary, out_path)
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


def _build_postgres(reference, sirens, boundaries, out, field_map, fetch, feedback, threads,
                    threshold) -> BuildSummary:
    from .pg_store import PgStore
    from .qgis_copy import publish

    target = PgStore(out, must_exist=False)
    if target.get_meta("schema_version") is not None:
        db.check_store(target)  # refuses a newer schema before anything is written
    with tempfile.TemporaryDirectory(prefix="odt-build-") as folder:
        summary = build_store(
            reference, sirens, boundaries, str(Path(folder) / "store.gpkg"), field_map, fetch, feedback, threads,
            threshold)
        feedback.set_text(tr("Writing the store into PostgreSQL"))

        def re_resolve(connection):
            if db.table_exists(connection, "actors"):
                from ..registry.actors import re_resolve_in

                re_resolve_in(connection, threshold)

        summary.carried = publish(db.StoreDb(summary.path), target, keep_user_tables=True, after=re_resolve)
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
    counts["communes"] = write_layer(
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
    counts["epci"] = write_layer(
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
    counts["departements"] = write_layer(
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
    counts["regions"] = write_layer(
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


BUILT_TABLES = {db.METADATA_TABLE, "reconciliation", "epci_members", "collectivities", *REFERENCE_TABLES}


def _carry_over(previous: Path, new: Path, threshold: int) -> List[str]:
    """Keep the actors, harvests and scenarios of the store being replaced, re-resolved on the new territories."""
    if not previous.is_file():
        return []
    try:
        db.StoreDb(previous)
    except StoreError:
        return []  # not one of our stores: nothing of the user's to keep
    carried = db.carry_over(previous, new, BUILT_TABLES)
    if "actors" in carried:
        from ..registry.actors import re_resolve_all

        re_resolve_all(new, threshold)
    return carried


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


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            candidate.unlink()
