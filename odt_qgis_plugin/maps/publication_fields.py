"""What each territory publishes, written on the régions, départements and EPCI layers for the styles and the panel.

Refreshed with the other measures (maps/measure_fields.py). Written only once the store holds dataset
listings (`harvest --datasets`): before, every collectivity with an actor would be unknown and those
without one "not publishing", a map of nothing but misleading zeros. Rates are 0..1, NULL when unknown.
"""
from ..publications.publication_measures import PublicationIndex
from ..store import db

PUBLICATION_COLUMNS = (
    ("pub_datasets", "INTEGER"),  # datasets listed for the territory's actors (NULL: none listed)
    ("pub_open_licence", "REAL"),  # share under an open licence, of those whose licence is known
    ("pub_open_format", "REAL"),  # share with an open machine-readable format, of those known
    ("pub_fresh", "REAL"),  # share updated in the 12 months before the listing's run, of those dated
    ("scdl_share_bloc", "REAL"),  # obligated communes and EPCI publishing an SCDL dataset, of those known
    ("scdl_bloc_publishing", "INTEGER"),
    ("scdl_bloc_known", "INTEGER"),
    ("scdl_bloc_unknown", "INTEGER"),  # obligated communes and EPCI whose actor was not listed
)
LAYERS = (("regions", "region"), ("departements", "departement"), ("epci", "epci"))


def write_publication_fields(connection, snapshot) -> bool:
    """Write the fields on the three layers; False (nothing written) while the store has no listing."""
    index = PublicationIndex(connection, snapshot, snapshot.threshold)
    if not index.listed:
        return False
    names = [name for name, _ in PUBLICATION_COLUMNS]
    for layer, level in LAYERS:
        db.add_missing_columns(connection, layer, PUBLICATION_COLUMNS)
        rows = []
        for (code,) in connection.execute(f"SELECT code FROM {db.quote_identifier(layer)}").fetchall():
            found = index.territory(level, code)
            bloc = index.scdl_bloc(level, code)
            shares = [None, None, None] if found.datasets is None else \
                [found.open_licence.ratio, found.open_format.ratio, found.fresh.ratio]
            rows.append((found.datasets, *shares, bloc.ratio, bloc.yes, bloc.known, bloc.unknown, code))
        db.update_many(connection, layer, names, "code", rows)
    return True
