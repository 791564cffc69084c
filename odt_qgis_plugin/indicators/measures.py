"""The measures a map or a page shows, described once: id, labels, the layer fields holding them, their classes.

The first measure is the default of the maps, the panel and the layouts. Population measures are
defined in indicators/coverage.py; the two shares of collectivities in registry/engagement.py.
Each measure is a rate 0..1 on the régions, départements and EPCI layers (`rate_field`), drawn in
fixed classes (maps/classes.py, in percent); on the communes layer the population measures are a
category (who covers the commune, `commune_field`), the shares are the commune's own engagement.
"""
from dataclasses import dataclass
from typing import Optional, Tuple

from ..maps import classes
from ..maps.classes import Category, Range
from . import coverage


@dataclass(frozen=True)
class Measure:
    id: str
    fr: str
    en: str
    rate_field: str  # on the régions, départements (and EPCI when `on_epci`) layers, 0..1
    breaks: Tuple[Range, ...]
    commune_field: Optional[str]  # category field of the communes layer, None: the engagement style
    categories: Tuple[Category, ...]
    population: bool  # a share of the population (True) or of collectivities
    on_epci: bool = True

    def label(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


MEASURES: Tuple[Measure, ...] = (
    Measure(coverage.BLOC, "Population couverte par le bloc communal", "Population covered by the communes and EPCI",
            "rate_pop_bloc", classes.POPULATION_BREAKS, "cover_bloc", classes.COVER_CATEGORIES, True),
    Measure(coverage.LOCAL, "Population couverte par un portail local", "Population covered by a local portal",
            "rate_pop_local", classes.POPULATION_BREAKS, "cover_local", classes.COVER_CATEGORIES, True),
    Measure(coverage.ANY, "Population couverte à un niveau quelconque", "Population covered at any level",
            "rate_pop_any", classes.ANY_LEVEL_BREAKS, "cover_any", classes.COVER_CATEGORIES, True),
    Measure("share", "Part des collectivités engagées", "Share of collectivities engaged", "rate_collectivities",
            classes.SHARE_BREAKS, None, classes.ENGAGEMENT_CATEGORIES, False, on_epci=False),
    Measure("obligated", "Part des collectivités soumises à l'obligation qui publient",
            "Share of obligated collectivities publishing", "rate_obligated", classes.OBLIGATED_BREAKS, None,
            classes.ENGAGEMENT_CATEGORIES, False, on_epci=False),
)
BY_ID = {measure.id: measure for measure in MEASURES}
DEFAULT = MEASURES[0].id
IDS = tuple(BY_ID)


def measure(measure_id: Optional[str]) -> Measure:
    """The measure of that id (the default for None); KeyError for an unknown id, checked by the callers."""
    return BY_ID[measure_id or DEFAULT]


def commune_category(level: Optional[str], obligated: bool) -> str:
    """The category id of a commune: the level covering it, else whether it is within the obligation."""
    if level is not None:
        return level
    return "obligated" if obligated else "none"
