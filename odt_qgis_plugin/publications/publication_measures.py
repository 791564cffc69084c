"""What an actor or a territory publishes, measured from the `datasets` table of the counted harvest.

API shared by the indicators, the maps, the council pages and the panel (implemented by the measures work).
"""
from dataclasses import dataclass, field
from datetime import date
from typing import List, Optional, Tuple


@dataclass(frozen=True)
class Share:
    """Datasets meeting a rule among those whose answer is known; `unknown` ones are counted apart."""

    yes: int
    known: int  # yes + no
    unknown: int

    @property
    def ratio(self) -> Optional[float]:
        return self.yes / self.known if self.known else None


@dataclass(frozen=True)
class TopDataset:
    title: str
    url: str
    siren: str
    actor: str
    platform: str
    downloads: Optional[int]
    views: Optional[int]
    api_calls: Optional[int]


@dataclass(frozen=True)
class ChecklistRow:
    schema: str  # scdl name, e.g. "scdl/deliberations"
    title: str  # French label
    here: Optional[str]  # "declared", "detected", or None (not found) for the territory or actor
    datasets: int  # datasets of the territory following it (declared or detected)
    obligated_publishing: Optional[int]  # obligated collectivities of the territory publishing it
    obligated: Optional[int]  # obligated collectivities of the territory
    national_share: Optional[float]  # same share over France, for comparison


@dataclass
class Publication:
    """One actor's or one territory's publications; `datasets` is None when no listing was harvested."""

    datasets: Optional[int]
    actors_listed: int  # actors whose datasets were listed
    themes: List[Tuple[str, int]] = field(default_factory=list)  # most frequent first
    open_licence: Optional[Share] = None
    open_format: Optional[Share] = None
    fresh: Optional[Share] = None
    checklist: List[ChecklistRow] = field(default_factory=list)
    top: List[TopDataset] = field(default_factory=list)
    as_of: Optional[date] = None  # date the freshness is judged at (the run's date)
    run_id: Optional[int] = None


def actor_publication(connection, siren: str) -> Publication:
    raise NotImplementedError


def territory_publication(connection, level: str, code: str) -> Publication:
    """level in common/levels.py ("france", "region", "departement", "epci"), code "" for France."""
    raise NotImplementedError
