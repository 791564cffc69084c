"""The population measures written on the territory layers, so that styles, legends and the panel read them.

Materialised like the actor counts (maps/actor_counts.py) and refreshed with them after an import, a
harvest or an actor edit (maps/qgis_refresh.py): covered population and its rate on the régions,
départements and EPCI layers, and on each commune the category saying who covers it.
"""
from ..indicators import coverage
from ..indicators.measures import MEASURES, commune_category
from ..registry.engagement import Snapshot, rate
from ..store import db
from .publication_fields import write_publication_fields

POPULATION_MEASURES = tuple(measure for measure in MEASURES if measure.population)
# (covered population, rate) per measure on the larger territories; the rate field is the measure's.
TERRITORY_COLUMNS = tuple(column for measure in POPULATION_MEASURES
                          for column in ((measure.rate_field.replace("rate_", ""), "INTEGER"),
                                         (measure.rate_field, "REAL")))
COMMUNE_COLUMNS = tuple((measure.commune_field, "TEXT") for measure in POPULATION_MEASURES)


def write_measure_fields(connection, snapshot: Snapshot) -> coverage.Coverage:
    """Write every population measure on the four territory layers; returns the coverage computed."""
    found = coverage.compute(snapshot, coverage.commune_epci(connection))
    totals = coverage.by_territory(found)
    for layer in ("regions", "departements", "epci"):
        db.add_missing_columns(connection, layer, TERRITORY_COLUMNS)
        rows = []
        for (code,) in connection.execute(f"SELECT code FROM {db.quote_identifier(layer)}").fetchall():
            values = []
            for measure in POPULATION_MEASURES:
                covered, total = totals[layer].get(code, {}).get(measure.id, (0, 0))
                values += [covered if total else None, rate(covered, total)]
            rows.append((*values, code))
        db.update_many(connection, layer, [name for name, _ in TERRITORY_COLUMNS], "code", rows)
    db.add_missing_columns(connection, "communes", COMMUNE_COLUMNS)
    rows = []
    for code, population, _departement, _region in snapshot.communes:
        obligated = population >= snapshot.threshold
        rows.append((*(commune_category(found.covered_by[measure.id][code], obligated)
                       for measure in POPULATION_MEASURES), code))
    db.update_many(connection, "communes", [name for name, _ in COMMUNE_COLUMNS], "code", rows)
    write_publication_fields(connection, snapshot)
    return found
