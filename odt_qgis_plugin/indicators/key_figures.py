"""Key-figure cards of a territory, with the national figure beside each (panel, layouts, command line).

Cards, in order (machine ids; labels are added when shown, through card_label()):
- engaged_actors: actors of the registry in the territory whose status is engaged;
- engaged_collectivities: communes, EPCI, départements and régions engaged, over all of them;
- obligated: the same within the "open data by default" scope (see indicators/indicator_tables.py);
- datasets: datasets published by the engaged actors, None until a harvest has run;
- rank: the territory's place among its peers (régions or départements) by share of engaged
  collectivities; None for France and for an EPCI.
Each card is a plain dict: value, total, rate, and `national` with the same keys.
"""
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from ..common import levels
from ..common.i18n import tr
from ..common.levels import LEVEL_IDS
from ..common.numbers import number, percent, signed
from ..registry.engagement import Snapshot, obligated, rate, scope_counts

CARDS = ("engaged_actors", "engaged_collectivities", "obligated", "datasets", "rank")
TYPES = LEVEL_IDS  # collectivity types, in the order of the levels


@dataclass(frozen=True)
class Scope:
    """France (all None), one région, one département or one EPCI (SIREN)."""

    region: Optional[str] = None
    departement: Optional[str] = None
    epci: Optional[str] = None

    @property
    def level(self) -> str:
        return "epci" if self.epci else "departement" if self.departement else "region" if self.region else "france"

    @property
    def code(self) -> Optional[str]:
        return self.epci or self.departement or self.region

    def as_dict(self) -> dict:
        return {"level": self.level, "code": self.code}


def _epci_counts(snapshot: Snapshot, epci: str, members: Dict[str, Tuple[str, ...]]) -> dict:
    """scope_counts for an EPCI: its member communes and itself."""
    population = {row[0]: row[1] for row in snapshot.communes} if members.get(epci) else {}
    communes = members.get(epci, ())
    engaged = sum(1 for code in communes if snapshot.engaged("commune", code) == 1)
    bound = [code for code in communes if obligated(population.get(code), snapshot.threshold)]
    epci_engaged = 1 if snapshot.engaged("epci", epci) == 1 else 0
    return {
        "commune": (engaged, len(communes)),
        "epci": (epci_engaged, 1),
        "departement": (0, 0),
        "region": (0, 0),
        "obligated_commune": (sum(1 for code in bound if snapshot.engaged("commune", code) == 1), len(bound)),
        "all": (engaged + epci_engaged, len(communes) + 1),
    }


def counts_for(snapshot: Snapshot, scope: Scope, members=None) -> dict:
    if scope.epci:
        return _epci_counts(snapshot, scope.epci, members or {})
    return scope_counts(snapshot, scope.region, scope.departement)


def _actors(snapshot: Snapshot, scope: Scope, members) -> list:
    if scope.epci:
        keys = {("epci", scope.epci)} | {("commune", code) for code in (members or {}).get(scope.epci, ())}
        return [actor for actor in snapshot.actors if (actor.territory_level, actor.territory_code) in keys]
    return snapshot.in_scope("actors", scope.region, scope.departement)


def _obligated(counts: dict) -> Tuple[int, int]:
    parts = [counts["obligated_commune"], counts["epci"], counts["departement"], counts["region"]]
    return sum(p[0] for p in parts), sum(p[1] for p in parts)


def _card(value, total=None) -> dict:
    return {"value": value, "total": total, "rate": rate(value, total) if total is not None else None}


def _figures(snapshot: Snapshot, scope: Scope, members) -> Dict[str, dict]:
    counts = counts_for(snapshot, scope, members)
    actors = _actors(snapshot, scope, members)
    engaged = [actor for actor in actors if actor.engaged == 1]
    datasets = sum(actor.datasets or 0 for actor in engaged) if snapshot.harvested else None
    return {
        "engaged_actors": _card(len(engaged), len(actors)),
        "engaged_collectivities": _card(*counts["all"]),
        "obligated": _card(*_obligated(counts)),
        "datasets": _card(datasets),
        "by_type": {kind: _card(*counts[kind]) for kind in TYPES},
    }


def rank(snapshot: Snapshot, scope: Scope) -> Optional[Tuple[int, int]]:
    """(rank, peers) by share of engaged collectivities; ties share the better rank."""
    if scope.region:
        peers = [scope_counts(snapshot, region=code)["all"] for code in snapshot.regions]
        mine = scope_counts(snapshot, region=scope.region)["all"]
    elif scope.departement:
        peers = [scope_counts(snapshot, departement=code)["all"] for code in snapshot.dep_region]
        mine = scope_counts(snapshot, departement=scope.departement)["all"]
    else:
        return None
    rates = [rate(*pair) or 0.0 for pair in peers]
    return 1 + sum(1 for value in rates if value > (rate(*mine) or 0.0)), len(rates)


def key_figures(snapshot: Snapshot, scope: Scope = Scope(), members=None) -> Dict[str, dict]:
    """{card id: {value, total, rate, national: {...}}} plus `by_type` (the panel's bar chart)."""
    mine = _figures(snapshot, scope, members)
    national = _figures(snapshot, Scope(), members) if scope.level != "france" else mine
    cards = {}
    for card in CARDS[:-1]:
        cards[card] = dict(mine[card], national=national[card])
    place = rank(snapshot, scope)
    cards["rank"] = {"value": place[0] if place else None, "total": place[1] if place else None, "rate": None,
                     "national": {"value": None, "total": None, "rate": None}}
    cards["by_type"] = {kind: dict(mine["by_type"][kind], national=national["by_type"][kind]) for kind in TYPES}
    cards["obligated"]["threshold"] = snapshot.threshold  # shown in the card's label, panel and layouts alike
    return cards


def card_label(card: str, threshold: Optional[int] = None) -> str:
    """The card's title; the open data by default scope says from which population communes are in it."""
    if card == "obligated" and threshold is not None:
        return tr("Open data by default scope (communes from {population} inhabitants)").format(
            population=number(threshold))
    return {
        "engaged_actors": tr("Engaged actors"),
        "engaged_collectivities": tr("Engaged collectivities"),
        "obligated": tr("Open data by default scope"),
        "datasets": tr("Datasets published"),
        "rank": tr("Rank among peers"),
    }[card]


def card_text(card_id: str, card: dict) -> Tuple[str, str]:
    """(main text, national text) of a card, as the panel and the layouts show them."""
    def main(figure):
        if figure["value"] is None:
            return "–"
        if card_id == "rank":
            return f"{figure['value']} / {figure['total']}"
        if figure["rate"] is not None and card_id != "engaged_actors":
            return f"{percent(figure['rate'])} ({number(figure['value'])} / {number(figure['total'])})"
        return number(figure["value"])

    national = card["national"]
    return main(card), (tr("France: {value}").format(value=main(national)) if national["value"] is not None else "")


def changes(before: Dict[str, dict], after: Dict[str, dict]) -> Dict[str, dict]:
    """Per card: the delta of value and rate, and a text like "16.2 % → 24.8 %, +12 collectivities"."""
    units = {"engaged_actors": tr("actors"), "engaged_collectivities": tr("collectivities"),
             "obligated": tr("collectivities"), "datasets": tr("datasets")}
    result = {}
    for card in CARDS:
        old, new = before[card], after[card]
        delta = None if old["value"] is None or new["value"] is None else new["value"] - old["value"]
        rate_delta = None if old["rate"] is None or new["rate"] is None else new["rate"] - old["rate"]
        if card == "rank":
            text = "" if delta is None else f"{old['value']} → {new['value']}"
        elif delta is None:
            text = ""
        elif old["rate"] is not None and card != "engaged_actors":
            text = f"{percent(old['rate'])} → {percent(new['rate'])}, {signed(delta)} {units[card]}"
        else:
            text = f"{number(old['value'])} → {number(new['value'])}, {signed(delta)} {units[card]}"
        result[card] = {"delta": delta, "rate_delta": rate_delta, "text": text}
    return result


def chart_rows(cards: Dict[str, dict], scenario: Optional[Dict[str, dict]] = None) -> List[tuple]:
    """(label, observed rate, scenario rate or None) per collectivity type, for the bar chart."""
    rows = []
    for kind in TYPES:
        observed = cards["by_type"][kind]
        if not observed["total"]:
            continue
        rows.append((levels.level(kind).label(plural=True), observed["rate"] or 0.0,
                     (scenario["by_type"][kind]["rate"] or 0.0) if scenario else None))
    return rows
