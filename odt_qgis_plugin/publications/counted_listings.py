"""Which dataset listings the figures read, and which data.gouv.fr copies they leave out: one rule for all.

For each actor and platform, the counted listing is the one of the latest finished run whose `harvests`
row is `ok` and listed the pair's datasets (`harvests.listed` is the number of records written, NULL when
the pair was only counted or its listing failed; stores written before that column: the run wrote rows).
A later count-only run therefore does not hide an earlier listing, and a listing of 0 datasets counts as 0.
Freshness is judged at the date that run started. A data.gouv.fr record whose `origin` is the host of one
of the actor's own platforms that was listed is a federated copy: the portal's own record is the one
counted; when that portal was not listed, the data.gouv.fr copy counts.
"""
from dataclasses import dataclass
from datetime import date
from typing import Dict, Iterable, Optional, Set, Tuple

from ..harvest.portals.portal_base import host_name
from ..store.db import table_columns, table_exists

DATAGOUV = "datagouv"  # harvests.platform of data.gouv.fr (harvest/portals/datagouv.py KIND)
FINISHED, OK = "finished", "ok"


@dataclass(frozen=True)
class CountedListing:
    siren: str
    platform: str
    run_id: int
    as_of: Optional[date]  # the date the run started: freshness is judged then
    host: str  # the platform's host ("data.gouv.fr" for data.gouv.fr), "" when unknown


def run_day(text) -> Optional[date]:
    try:
        return date.fromisoformat(str(text or "")[:10])
    except ValueError:
        return None


def has_listings(connection) -> bool:
    """Whether any harvest listed datasets into this store (else pages and panel say how to get them)."""
    return bool(counted_listings(connection))


def counted_listings(connection, siren: Optional[str] = None) -> Dict[Tuple[str, str], CountedListing]:
    """{(siren, platform): CountedListing} of every actor (or of one)."""
    if not all(table_exists(connection, name) for name in ("datasets", "harvests", "harvest_runs")):
        return {}
    # A harvests table without `listed` (a store copied by an older plugin): a pair was listed when its run
    # wrote rows for it.
    listed = "h.listed IS NOT NULL" if "listed" in table_columns(connection, "harvests") else (
        "EXISTS (SELECT 1 FROM datasets d WHERE d.run_id = h.run_id AND d.siren = h.siren AND d.platform = h.platform)")
    sql = ("SELECT h.siren, h.platform, h.run_id, h.host, h.url, r.started_at FROM harvests h"
           " JOIN harvest_runs r ON r.run_id = h.run_id"
           f" WHERE r.status = ? AND h.status = ? AND {listed}")
    params: list = [FINISHED, OK]
    if siren is not None:
        sql += " AND h.siren = ?"
        params.append(siren)
    found: Dict[Tuple[str, str], CountedListing] = {}
    for who, platform, run_id, host, url, started_at in connection.execute(sql, params):
        key = (who, platform)
        if key in found and found[key].run_id >= run_id:
            continue
        name = host_name(host or "") or host_name(url or "") or ("data.gouv.fr" if platform == DATAGOUV else "")
        found[key] = CountedListing(who, platform, run_id, run_day(started_at), name)
    return found


def listed_own_hosts(listings: Iterable[CountedListing]) -> Dict[str, Set[str]]:
    """{siren: hosts of the actor's own platforms (not data.gouv.fr) that were listed}."""
    hosts: Dict[str, Set[str]] = {}
    for listing in listings:
        if listing.platform != DATAGOUV and listing.host:
            hosts.setdefault(listing.siren, set()).add(listing.host)
    return hosts


def is_counted_copy(platform: str, origin: str, own_listed: Set[str]) -> bool:
    """A data.gouv.fr record harvested from a portal of the actor that was listed: counted there, not here."""
    return platform == DATAGOUV and bool(origin) and host_name(origin) in own_listed
