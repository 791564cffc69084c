"""The dataset-level harvest: list a pair's datasets after its count, and write them beside its `harvests` row.

A listing that fails after a good count leaves the count as it is and says why in `harvests.error`;
the pair's earlier listings stay in the store (measures read the latest run that wrote some).
"""
import logging
from dataclasses import replace
from typing import List, Optional, Tuple

from ..common.errors import Cancelled, PortalError
from ..common.i18n import tr
from ..publications import scdl
from ..publications.dataset_record import RECORD_COLUMNS, as_row
from ..store import schema
from ..store.db import add_column, ensure_attribute_table, insert_ignore
from ..store.db import table_columns as db_columns
from .portals import adapter
from .portals.datagouv import KIND as DATAGOUV
from .portals.portal_base import ABSENT, Listing, Target

LOG = logging.getLogger(__name__)
LISTING_FAILED = "listing failed: "  # the start of harvests.error when the count is good and the listing is not
LISTING_INCOMPLETE = "listing incomplete: "  # ... and when the listing stopped at the limit
_COLUMNS = ("run_id", "siren", "platform", *RECORD_COLUMNS, "detected_schema")


def ensure_table(connection) -> None:
    ensure_attribute_table(connection, "datasets", schema.DATASETS, "Datasets per actor and platform, per run")
    present = set(db_columns(connection, "datasets"))
    for name, kind in schema.DATASETS_ADDED:  # a store whose table was made before these columns
        if name not in present:
            add_column(connection, "datasets", name, kind)
    connection.execute("CREATE INDEX IF NOT EXISTS datasets_pair ON datasets (siren, platform, run_id)")


def with_catalogue(transport, target: Target) -> Target:
    """A whole-catalogue feed downloaded once for both the count and the listing, when the engine has not
    attached the host's survey already; unchanged when the feed is not there (count() has its fallbacks)."""
    module = adapter(target.kind)
    if not getattr(module, "WHOLE_CATALOGUE", False) or target.survey is not None:
        return target
    try:
        return replace(target, survey=module.survey(transport, target))
    except ABSENT:
        return target


def list_datasets(transport, target: Target, limit: int, catalog=None) -> Tuple[Optional[Listing], str]:
    """(the listing, "" or a note that it is partial) or (None, why it failed); Cancelled goes through
    (the pair is asked again on resume)."""
    try:
        if catalog is not None and target.kind == DATAGOUV:
            listing = catalog.datasets(target, limit)
        else:
            listing = adapter(target.kind).datasets(transport, target, limit)
        if listing.complete:
            return listing, ""
        # The store has no other place for it: the pair's note says its listing is partial.
        return listing, LISTING_INCOMPLETE + tr("the first {n} datasets").format(n=len(listing.records))
    except Cancelled:
        raise
    except PortalError as error:
        return None, LISTING_FAILED + error.message
    except Exception as error:  # noqa: BLE001 - a listing that breaks must not cost the pair its count
        LOG.info("listing of %s on %s failed: %s: %s", target.url, target.kind, type(error).__name__, error)
        return None, LISTING_FAILED + f"{type(error).__name__}: {error}"


def dataset_rows(run_id: int, siren: str, platform: str, listing: Listing) -> List[tuple]:
    """One row per dataset id: a portal listing one id twice keeps the first."""
    rows, seen = [], set()
    for record in listing.records:
        if record.dataset_id in seen:
            continue
        seen.add(record.dataset_id)
        detected = None if record.schema_name else scdl.detect(record.fields)
        rows.append((run_id, siren, platform, *as_row(record), detected))
    return rows


def write_datasets(connection, run_id: int, results) -> int:
    """Replace the listed pairs' rows of this run (inside the caller's transaction, after their `harvests`
    rows) and note how many each listed in `harvests.listed`, so that a listing of 0 datasets counts as 0."""
    written = 0
    for result in results:
        if result.listing is None:
            continue
        connection.execute("DELETE FROM datasets WHERE run_id = ? AND siren = ? AND platform = ?",
                           (run_id, result.siren, result.platform))
        rows = dataset_rows(run_id, result.siren, result.platform, result.listing)
        if rows:
            insert_ignore(connection, "datasets", _COLUMNS, rows)
        connection.execute("UPDATE harvests SET listed = ? WHERE run_id = ? AND siren = ? AND platform = ?",
                           (len(rows), run_id, result.siren, result.platform))
        written += len(rows)
    return written


def summary_line(listed: int, incomplete: int, failed: int) -> str:
    return tr("Datasets listed: {n} ({incomplete} listings stopped at the limit, {failed} listings failed)."
              ).format(n=listed, incomplete=incomplete, failed=failed)
