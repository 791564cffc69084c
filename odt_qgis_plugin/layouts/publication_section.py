"""The section "Ce que publie le territoire" of a council page, as rows of text (drawn by qgis_publication_page.py).

Pure. Figures come from publications/publication_measures.py: the territory beside its parent (the région
of a département, the département of an EPCI) and France; a share is of the datasets whose answer is
known, the unknown ones counted in their own column, never as "no".
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

from typing import List, Optional, Tuple

from ..common.i18n import tr
from ..common.numbers import number, percent
from ..publications.publication_measures import Publication, PublicationIndex, TopDataset
from .page_tables import Table, truncated
from .typography import typeset

COMMAND = "python -m odt_qgis_plugin harvest --store STORE --datasets"


def parent_of(data, level: str, code: Optional[str]) -> Optional[Tuple[str, Optional[str]]]:
    """The territory a page's figures are set beside, before France: its région, or its EPCI's département."""
    if level == "departement":
        return "region", data.snapshot.dep_region.get(code)
    if level == "epci":
        return "departement", data.epci_place.get(code, ("", ""))[0]
    return None


def columns(data, level: str, code: Optional[str]) -> List[Tuple[str, Optional[str]]]:
    found = [(level, code)]
    parent = parent_of(data, level, code)
    if parent is not None and parent[1]:
        found.append(parent)
    if level != "france":
        found.append(("france", None))
    return found


def _name(data, level: str, code: Optional[str]) -> str:
    return tr("France") if level == "france" else data.name(level, code)


def _rate(value: Optional[float], language: str) -> str:
    return percent(value, language, 0) if value is not None else "—"


def _small_rate(value: Optional[float], language: str) -> str:
    """A share that is often a few tenths of a percent (SCDL): one decimal, so that 0.3 % is not shown as 0 %."""
    if value is None:
        return "—"
    if 0 < value < 0.0005:
        return "< " + percent(0.001, language, 1, trim=True)
    return percent(value, language, 1, trim=True)


def no_listing_text() -> str:
    return tr("What the territory publishes: no dataset listing was harvested yet. To list the datasets: {command}"
              ).format(command=COMMAND)


def heading(data, page_level: str, code: Optional[str]) -> str:
    return tr("What the territory publishes – {name}").format(name=_name(data, page_level, code))


def subtitle(found: Publication, language: str) -> str:
    from .layout_texts import long_date

    if found.as_of is None:
        return tr("No dataset of this territory's actors was listed by the harvest")
    return tr("Datasets listed by the harvest of {date}. Shares are of the datasets whose licence, format or date "
              "is known; the others are counted as unknown.").format(date=long_date(found.as_of, language))


def summary_table(data, index: PublicationIndex, level: str, code: Optional[str], language: str) -> Table:
    """Datasets, actors listed and the three shares, for the territory, its parent and France."""
    scopes = columns(data, level, code)
    found = [index.territory(*scope) for scope in scopes]
    header = [""] + [_name(data, *scope) for scope in scopes] + [tr("Unknown")]
    rows = [[tr("Datasets listed")] + [number(item.datasets, language) if item.datasets is not None else "—"
                                       for item in found] + [""],
            [tr("Actors listed")] + [number(item.actors_listed, language) for item in found] + [""]]
    for rule, label in (("open_licence", tr("Open licence")), ("open_format", tr("Open format")),
                        ("fresh", tr("Updated < 12 months"))):
        shares = [getattr(item, rule) for item in found]
        here = shares[0]
        rows.append([label] + [_rate(share.ratio if share else None, language) for share in shares]
                    + [number(here.unknown, language) if here else "—"])
    return _typeset(header, rows, language)


def themes_table(found: Publication, language: str, limit: int) -> Table:
    header = [tr("Theme"), tr("Datasets"), tr("Share")]
    rows = [[theme or tr("no theme"), number(count, language), _rate(count / found.datasets, language)]
            for theme, count in found.themes] if found.datasets else []
    if not rows:
        rows = [[tr("No dataset listed"), "", ""]]
    return _typeset(header, truncated(rows, limit, language), language)


def checklist_table(data, index: PublicationIndex, level: str, code: Optional[str], language: str) -> Table:
    """Each main SCDL schema: found here (declared or detected), and the share of obligated collectivities
    publishing it here, in the parent territory and in France."""
    scopes = columns(data, level, code)
    found = [index.territory(*scope) for scope in scopes]
    header = [tr("Schema"), tr("Here")] + [_name(data, *scope) for scope in scopes]
    states = {"declared": tr("declared"), "detected": tr("detected"), None: tr("not found")}
    rows = []
    for position, row in enumerate(found[0].checklist):
        cells = [row.title, states[row.here]]
        for item in found:
            other = item.checklist[position] if item.checklist else None
            cells.append(_small_rate(other.share if other else None, language))
        rows.append(cells)
    if not rows:
        rows = [[tr("No dataset listed"), ""] + [""] * len(scopes)]
    return _typeset(header, rows, language)


def usage_text(item: TopDataset, language: str) -> str:
    name, value = item.usage
    words = {"downloads": tr("{n} downloads"), "api_calls": tr("{n} API calls"), "views": tr("{n} views")}
    return words[name].format(n=number(value, language))


def top_table(data, found: Publication, language: str, limit: int) -> Table:
    from .page_data import tidy_name

    header = [tr("Dataset"), tr("Actor"), tr("Use")]
    rows = [[item.title or item.url, tidy_name(item.actor), usage_text(item, language)] for item in found.top]
    if not rows:
        rows = [[tr("No platform published usage figures for these datasets"), "", ""]]
    return _typeset(header, truncated(rows, limit, language), language)


def _typeset(header, rows, language: str) -> Table:
    return [typeset(cell, language) for cell in header], [[typeset(cell, language) for cell in row] for row in rows]
