"""The section "Ce que publie le territoire" of a council page, as rows of text (drawn by qgis_publication_page.py).

Pure. Figures come from publications/publication_measures.py: the territory beside its peers (the median of
the territories of its level), its parent (the région of a département, the département of an EPCI) and
France; a share is of the datasets whose answer is known, the unknown ones counted in their own column, never
as "no"; a value that cannot be known reads « inconnu ».
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

from typing import List, Optional, Tuple

from ..common.i18n import tr
from ..common.numbers import number, percent, small_percent, unknown
from ..publications.publication_measures import Peers, Publication, PublicationIndex, TopDataset
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


def peer_name(level: str) -> str:
    """The statistic named plainly (under the tables; the column itself is headed "Median", for width)."""
    return {"region": tr("Median of the régions"), "departement": tr("Median of the départements"),
            "epci": tr("Median of the EPCI")}[level]


def _rate(value: Optional[float], language: str) -> str:
    return percent(value, language, 0) if value is not None else unknown()


def no_listing_text() -> str:
    return tr("What the territory publishes: no dataset listing was harvested yet. To list the datasets: {command}"
              ).format(command=COMMAND)


def heading(data, page_level: str, code: Optional[str]) -> str:
    return tr("What the territory publishes – {name}").format(name=_name(data, page_level, code))


def subtitle(found: Publication, language: str) -> str:
    from .layout_texts import long_date

    if found.as_of is None:
        return tr("No dataset of this territory's actors was listed by the harvest")
    return tr("Data of {date} (datasets listed by the harvest). Shares are of the datasets whose licence, format "
              "or date is known; the others are counted as unknown.").format(date=long_date(found.as_of, language))


def peer_note(peers: Optional[Peers], language: str) -> str:
    if peers is None:
        return ""
    return tr("{median}: of the {n} {territories} whose datasets were listed, half do better, half worse. "
              "Unknown: datasets whose licence, format or date is not known.").format(
        median=peer_name(peers.level), n=number(peers.territories, language), territories=_plural(peers.level))


def _plural(level: str) -> str:
    return {"region": tr("régions"), "departement": tr("départements"), "epci": tr("EPCI")}[level]


def headline(found: Publication, language: str) -> str:
    """One sentence an elected member reads in ten seconds: how many, how open, how fresh, how many SCDL schemas."""
    if found.datasets is None:
        return tr("No dataset of this territory's actors was listed by the harvest")
    count = number(found.datasets, language)
    parts = [(tr("{n} dataset published") if found.datasets == 1 else tr("{n} datasets published")).format(n=count)]
    licence = found.open_licence.ratio if found.open_licence else None
    parts.append(tr("open licence unknown") if licence is None
                 else tr("{rate} under an open licence").format(rate=percent(licence, language, 0)))
    fresh = found.fresh.ratio if found.fresh else None
    parts.append(tr("freshness unknown") if fresh is None
                 else tr("{rate} updated within a year").format(rate=percent(fresh, language, 0)))
    followed = sum(1 for row in found.checklist if row.here)
    parts.append((tr("{n} SCDL schema of {total} followed") if followed <= 1
                  else tr("{n} of {total} SCDL schemas followed")).format(
        n=number(followed, language), total=number(len(found.checklist), language)))
    return typeset("; ".join(parts), language)


def _with_peers(cells: list, peers: Optional[Peers], value: str) -> list:
    """The peer column goes right after the territory's own figure."""
    return cells[:1] + [value] + cells[1:] if peers is not None else cells


def _median_count(value: Optional[float], language: str) -> str:
    if value is None:
        return unknown()
    return number(value, language, 1 if value != int(value) else 0)


def summary_table(data, index: PublicationIndex, level: str, code: Optional[str], language: str) -> Table:
    """Datasets, actors listed and the three shares, for the territory, its peers, its parent and France; the
    last column counts the territory's datasets whose answer is unknown."""
    scopes = columns(data, level, code)
    found = [index.territory(*scope) for scope in scopes]
    peers = index.peers(level)
    header = [""] + _with_peers([_name(data, *scope) for scope in scopes], peers,
                                tr("Median") if peers else "") + [tr("Unknown")]
    rows = [[tr("Datasets listed")] + _with_peers(
                [number(item.datasets, language) if item.datasets is not None else unknown() for item in found],
                peers, _median_count(peers.datasets, language) if peers else "") + [""],
            [tr("Actors listed")] + _with_peers([number(item.actors_listed, language) for item in found], peers, "")
            + [""]]
    for rule, label in (("open_licence", tr("Open licence")), ("open_format", tr("Open format")),
                        ("fresh", tr("Updated < 12 months"))):
        shares = [getattr(item, rule) for item in found]
        here = shares[0]
        rows.append([label] + _with_peers([_rate(share.ratio if share else None, language) for share in shares],
                                          peers, _rate(getattr(peers, rule), language) if peers else "")
                    + [number(here.unknown, language) if here else unknown()])
    return _typeset(header, rows, language)


def themes_table(found: Publication, language: str, limit: int) -> Table:
    header = [tr("Theme"), tr("Datasets"), tr("Share")]
    rows = [[theme or tr("no theme"), number(count, language), _rate(count / found.datasets, language)]
            for theme, count in found.themes] if found.datasets else []
    if not rows:
        rows = [[tr("No dataset listed"), "", ""]]
    return _typeset(header, truncated(rows, limit, language), language)


def theme_bars(found: Publication, language: str, slots: int) -> List[Tuple[str, float, str]]:
    """(theme, length from 0 to 1 against the commonest theme, "12 (40 %)") for a bar chart of `slots` bars;
    when there are more themes, the last slot names how many are left out (a dataset may have several themes,
    so they are not summed)."""
    if not found.datasets or not found.themes or slots <= 0:
        return []
    themes = list(found.themes)
    rest = len(themes) - slots + 1 if len(themes) > slots else 0
    if rest:
        themes = themes[:slots - 1]
    longest = max(count for _theme, count in themes)
    bars = [(typeset(theme or tr("no theme"), language), count / longest,
             typeset(f"{number(count, language)} ({percent(count / found.datasets, language, 0)})", language))
            for theme, count in themes]
    if rest:
        bars.append((typeset(tr("{n} other themes").format(n=number(rest, language)), language), 0.0, ""))
    return bars


def checklist_table(data, index: PublicationIndex, level: str, code: Optional[str], language: str) -> Table:
    """Each main SCDL schema: found here (declared or detected), and the share of obligated collectivities
    publishing it here, among the territory's peers (median) and in France."""
    scopes = [(level, code)] + ([("france", None)] if level != "france" else [])
    found = [index.territory(*scope) for scope in scopes]
    peers = index.peers(level)
    header = [tr("Schema"), tr("Here")] + _with_peers([_name(data, *scope) for scope in scopes], peers,
                                                      tr("Median") if peers else "")
    states = {"declared": tr("declared"), "detected": tr("detected"), None: tr("not found")}
    rows = []
    for position, row in enumerate(found[0].checklist):
        cells = []
        for item in found:
            other = item.checklist[position] if item.checklist else None
            cells.append(small_percent(other.share if other else None, language))
        peer = small_percent(peers.scdl.get(row.schema), language) if peers else ""
        rows.append([row.title, states[row.here]] + _with_peers(cells, peers, peer))
    if not rows:
        rows = [[tr("No dataset listed"), ""] + [""] * (len(scopes) + (peers is not None))]
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
