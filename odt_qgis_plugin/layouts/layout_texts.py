"""The words printed on council pages: titles, the data's date, the edition date, sources, in French or English.

Pure: the GIS layer measures the text in the layout's fonts and shrinks it to fit
(layouts/qgis_layouts.py); here are only the strings. French typography: decimal comma, a narrow
no-break space between thousands and before "%", "29 novembre 2026".
"""
from __future__ import annotations  # X | None annotations on Python 3.9 (QGIS 3.22/3.28 on Windows)

import re
from datetime import date, datetime

from ..common.i18n import tr
from ..common.numbers import SPACE
from ..store import db

NNBSP = SPACE  # narrow no-break space: French thousands separator and space before "%"
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
LICENCE = "Licence Ouverte / Etalab 2.0"


def long_date(day, language: str = "fr") -> str:
    """A date (or ISO text) as people write it: "1er mars 2024", "29 novembre 2026", "29 November 2026"."""
    if isinstance(day, str):
        day = datetime.fromisoformat(day[:10]).date()
    if language == "fr":
        first = "1er" if day.day == 1 else str(day.day)
        return f"{first} {MONTHS_FR[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def title(name: str, prefix: str = "") -> str:
    return f"{prefix}{name}" if prefix else name


def data_date(sources: dict, language: str = "fr") -> str:
    """What the figures describe and when: "registry 2022" or "registry 2022, harvest of 12 March 2024"."""
    edition = sources.get("registry_edition") or ""
    if sources.get("harvest_date"):
        return tr("registry {edition}, harvest of {date}").format(
            edition=edition, date=long_date(sources["harvest_date"], language))
    return tr("registry {edition}").format(edition=edition)


def data_line(sources: dict, language: str = "fr") -> str:
    """The subtitle of a page: the data's date, never the day the page was made."""
    if sources.get("harvest_date"):
        return tr("Data: the observatory's registry of actors {edition}; datasets harvested on {date}").format(
            edition=sources.get("registry_edition") or "", date=long_date(sources["harvest_date"], language))
    return tr("Data: the observatory's registry of actors {edition} (no harvest yet)").format(
        edition=sources.get("registry_edition") or "")


def edition_line(day, language: str = "fr") -> str:
    return tr("Edition of {date}, QGIS plugin of the Observatoire open data des territoires").format(
        date=long_date(day, language))


def sources_line(sources: dict, language: str = "fr") -> str:
    """Observatory registry and edition, IGN ADMIN EXPRESS and vintage, INSEE COG, harvest date, licence."""
    parts = [tr("Observatoire open data des territoires, registry of actors {edition}").format(
        edition=sources.get("registry_edition") or "")]
    parts.append(tr("IGN ADMIN EXPRESS {vintage}").format(vintage=sources.get("boundaries_vintage") or ""))
    cog = sources.get("cog_vintage")
    if cog:
        parts.append(tr("INSEE COG {vintage}").format(vintage=cog))
    else:
        parts.append(tr("INSEE COG (découpage administratif {version})").format(
            version=sources.get("reference_version") or ""))
    if sources.get("harvest_date"):
        parts.append(tr("harvest of {date}").format(date=long_date(sources["harvest_date"], language)))
    else:
        parts.append(tr("no harvest yet"))
    separator = " ; " if language == "fr" else "; "
    notes = []
    if sources.get("no_boundary"):
        notes.append(tr("{n} communes without a boundary in the boundary vintage, counted but not drawn").format(
            n=sources["no_boundary"]))
    if sources.get("overseas_actors"):
        notes.append(tr("{n} overseas actors (COM) counted in the tables, outside the maps").format(
            n=sources["overseas_actors"]))
    notes = (" " + tr("Notes: {notes}.").format(notes=separator.join(notes))) if notes else ""
    return tr("Sources: {sources}. {licence}.").format(
        sources=separator.join(" ".join(part.split()) for part in parts), licence=LICENCE) + notes


def last_complete_harvest(store) -> str | None:
    """When the latest complete harvest run ended (ISO text), None when none has finished.

    Read here from the harvest tables until the harvest package exposes it."""
    if not store.has_table("harvest_runs"):
        return None
    rows = store.query("SELECT MAX(COALESCE(ended_at, started_at)) FROM harvest_runs WHERE status = 'finished'")
    return rows[0][0] if rows else None


def read_sources(store_path) -> dict:
    """What the sources line needs, from the store's metadata, registry and harvest runs."""
    store = db.open_store(store_path)
    meta = store.metadata()
    editions = set()
    if store.has_table("actors"):
        for (source,) in store.query("SELECT DISTINCT source FROM actors WHERE source IS NOT NULL"):
            years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", source)
            if years:
                editions.add(years[-1])
    overseas = no_boundary = 0
    if store.has_table("actors"):
        overseas = store.query("SELECT COUNT(*) FROM actors WHERE territory_level = 'com'")[0][0]
    if store.has_table("reconciliation"):
        no_boundary = store.query("SELECT COUNT(*) FROM reconciliation WHERE level = 'commune'"
                                  " AND status = 'no_boundary'")[0][0]
    return {
        "registry_edition": ", ".join(sorted(editions)),
        "boundaries_vintage": meta.get("boundaries_vintage", ""),
        "cog_vintage": meta.get("cog_vintage", ""),
        "reference_version": meta.get("reference_version", ""),
        "harvest_date": last_complete_harvest(store),
        "no_boundary": no_boundary,
        "overseas_actors": overseas,
    }


def today() -> date:
    return date.today()
