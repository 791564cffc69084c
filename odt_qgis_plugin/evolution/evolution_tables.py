"""A territory's evolution: its figures at each edition and complete run, the change from the previous point,
and the collectivities that joined and left.

The change is taken from the previous point *of the same kind* (edition to edition, run to run): an edition
says who the observatory lists, a run who was found publishing, and the difference between the two is not a
change of anyone's engagement. Joined: engaged at the latest point, not at the previous one where its state
is known. Left: engaged at some earlier point (listed in an edition, or with datasets in a run), absent or
with no dataset at the latest point; an actor whose platform did not answer is neither.
"""
from typing import Dict, List, Optional, Tuple

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.levels import LEVEL_IDS, normalise_code
from ..indicators.key_figures import Scope
from ..registry.engagement import rate
from .history import ABSENT, EDITION, FRANCE, RUN, History, Point, Tally, epci_tally, epci_totals
from .reference_series import reference_series

CHANGED = ("collectivities", "obligated", "population_covered", "datasets")


def check_scope(history: History, scope: Scope) -> Scope:
    """The scope with its code as the reference writes it; an unknown territory is refused."""
    territories = history.territories
    if scope.epci:
        code = scope.epci.strip()
        if ("epci", code) not in territories.scopes:
            raise InputError(tr("Unknown EPCI {code}").format(code=code))
        return Scope(epci=code)
    if scope.departement:
        code = normalise_code("departement", scope.departement)
        if code not in territories.dep_region:
            raise InputError(tr("Unknown département {code}").format(code=code))
        return Scope(departement=code)
    if scope.region:
        code = normalise_code("region", scope.region)
        if code not in territories.regions:
            raise InputError(tr("Unknown région {code}").format(code=code))
        return Scope(region=code)
    return Scope()


def territory_name(history: History, scope: Scope) -> str:
    if scope.level == "france":
        return tr("France")
    return history.territories.place_name(scope.level, scope.code)


def region_of(history: History, scope: Scope) -> Optional[str]:
    """The région a département or an EPCI belongs to (None for France and a région itself)."""
    territories = history.territories
    if scope.departement:
        return territories.dep_region.get(scope.departement)
    if scope.epci:
        return next((code for level, code in territories.scopes[("epci", scope.epci)] if level == "region"), None)
    return None


def _tally(history: History, point: Point, scope: Scope) -> Tally:
    if scope.epci:
        return epci_tally(history, point, scope.epci)
    key = FRANCE if scope.level == "france" else (scope.level, scope.code)
    return point.tallies.get(key) or Tally()


def _totals(history: History, scope: Scope) -> Dict[str, int]:
    if scope.epci:
        return epci_totals(history.territories, scope.epci)
    key = FRANCE if scope.level == "france" else (scope.level, scope.code)
    return history.territories.totals.get(key) or dict.fromkeys(("commune", "epci", "departement", "region",
                                                                 "obligated", "population"), 0)


def point_label(point: Point) -> str:
    if point.kind == EDITION:
        return tr("registry edition of {date}").format(date=point.date)
    return tr("harvest run {run} of {date}").format(run=point.key, date=point.date)


def point_rows(history: History, scope: Scope) -> List[dict]:
    """One row per point, oldest first, with the change from the previous point of the same kind."""
    totals = _totals(history, scope)
    collectivities_total = sum(totals[level] for level in LEVEL_IDS)
    rows = []
    previous: Dict[str, dict] = {}
    for point in history.points:
        tally = _tally(history, point, scope)
        engaged = sum(tally.engaged.values())
        row = {
            "kind": point.kind, "date": point.date, "label": point_label(point),
            "edition": point.key if point.kind == EDITION else None,
            "run_id": int(point.key) if point.kind == RUN else None,
            "communes": tally.engaged["commune"], "epci": tally.engaged["epci"],
            "departements": tally.engaged["departement"], "regions": tally.engaged["region"],
            "collectivities": engaged, "collectivities_total": collectivities_total,
            "collectivities_rate": rate(engaged, collectivities_total),
            "obligated": tally.obligated, "obligated_total": totals["obligated"],
            "obligated_rate": rate(tally.obligated, totals["obligated"]),
            "population_covered": tally.covered, "population_total": totals["population"],
            "population_rate": rate(tally.covered, totals["population"]),
            # the registry counts no dataset; a run's sum leaves out the actors that did not answer
            "datasets": tally.datasets if point.kind == RUN else None,
            "unknown_collectivities": tally.unknown if point.kind == RUN else None,
            "unknown_actors": tally.datasets_unknown if point.kind == RUN else None,
        }
        before = previous.get(point.kind)
        row["previous"] = before["label"] if before else None
        for name in CHANGED:
            row["change_" + name] = (None if before is None or row[name] is None or before[name] is None
                                     else row[name] - before[name])
        previous[point.kind] = row
        rows.append(row)
    return rows


def _known(history: History, scope: Scope) -> list:
    """The collectivities of the scope that some point knew."""
    if scope.epci:
        epci_of = history.territories.commune_epci
        return [key for key in history.known.get(FRANCE, ()) if key == ("epci", scope.epci)
                or (key[0] == "commune" and epci_of.get(key[1]) == scope.epci)]
    return history.known.get(FRANCE if scope.level == "france" else (scope.level, scope.code), [])


def movements(history: History, scope: Scope) -> Tuple[List[dict], List[dict]]:
    """(joined, left) at the latest point, by name; both empty when there is no earlier point."""
    points = history.points
    if len(points) < 2:
        return [], []
    latest, earlier = points[-1], points[:-1]
    joined, left = [], []
    for key in _known(history, scope):
        now = latest.status.get(key, ABSENT)
        if now == 1:
            before = next((point for point in reversed(earlier) if point.status.get(key, ABSENT) is not None), None)
            if before is not None and before.status.get(key, ABSENT) != 1:
                joined.append(_entry(history, key, now, before))
        elif now in (0, ABSENT):
            last = next((point for point in reversed(earlier) if point.status.get(key, ABSENT) == 1), None)
            if last is not None:
                left.append(_entry(history, key, now, last))
    order = {level: rank for rank, level in enumerate(reversed(LEVEL_IDS))}
    joined.sort(key=lambda item: (order[item["level"]], item["name"], item["code"]))
    left.sort(key=lambda item: (order[item["level"]], item["name"], item["code"]))
    return joined, left


def _entry(history: History, key, now, other: Point) -> dict:
    return {"level": key[0], "code": key[1], "name": history.territories.name_of(key),
            "now": {1: "engaged", 0: "no_dataset", ABSENT: ABSENT}[now],
            # joined: the earlier point where it was not engaged; left: the last point where it was
            "compared_with": point_label(other), "compared_date": other.date}


def evolution(history: History, scope: Scope = Scope()) -> dict:
    """Everything about one territory's evolution: its points, who joined and left, and, for France, the
    report's reference series (kept apart: it is never mixed with computed points)."""
    scope = check_scope(history, scope)
    joined, left = movements(history, scope)
    result = {
        "territory": {"level": scope.level, "code": scope.code, "name": territory_name(history, scope)},
        "region": region_of(history, scope),
        "threshold": history.territories.threshold,
        "points": point_rows(history, scope),
        "joined": joined,
        "left": left,
    }
    if scope.level == "france":
        result["reference_series"] = reference_series()
    return result


def comparison(history: History, scope: Scope) -> List[Tuple[str, Scope, List[dict]]]:
    """(role, scope, point rows) for the territory, its région and France, as the chart compares them."""
    scope = check_scope(history, scope)
    scopes = [("territory", scope)]
    region = region_of(history, scope)
    if region:
        scopes.append(("region", Scope(region=region)))
    if scope.level != "france":
        scopes.append(("france", Scope()))
    return [(role, item, point_rows(history, item)) for role, item in scopes]
