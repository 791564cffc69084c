"""The words and numbers printed on council layouts: titles, key figures, sources, in French or English.

Pure: the GIS layer measures the text in the layout's fonts and shrinks it to fit
(layouts/qgis_layouts.py); here are only the strings. French typography: decimal comma, a narrow
no-break space between thousands and before "%", "29 novembre 2026".
"""
import re
from datetime import date, datetime

from ..common.i18n import tr
from ..common.numbers import SPACE, number, percent
from ..indicators.key_figures import card_label
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


def french_label(text: str, language: str = "fr") -> str:
    """A legend class label with its numbers in the language's form ("0.25 - 0.5" -> "0,25 – 0,5")."""
    if language != "fr":
        return text
    text = re.sub(r"(?<=\d)\.(?=\d)", ",", text)
    return re.sub(r"(?<=\d) ?- ?(?=[\d-])", " – ", text)


def title(name: str, prefix: str = "") -> str:
    return f"{prefix}{name}" if prefix else name


def subtitle(day, language: str = "fr") -> str:
    return tr("Open data of local authorities, {date}").format(date=long_date(day, language))


def figure_lines(cards: dict[str, dict], language: str = "fr") -> list[str]:
    """One line per key figure of the page's territory; rank only for régions and départements,
    datasets only once a harvest has counted them."""
    lines = []
    for card in ("engaged_actors", "engaged_collectivities", "obligated", "datasets", "rank"):
        figure = cards.get(card)
        if figure is None or figure["value"] is None:
            continue
        if card == "engaged_actors" or card == "datasets":
            value = number(figure["value"], language)
        elif card == "rank":
            value = tr("{rank} of {peers}").format(rank=figure["value"], peers=figure["total"])
        else:
            value = "{rate} ({engaged} / {total})".format(
                rate=percent(figure["rate"], language), engaged=number(figure["value"], language),
                total=number(figure["total"], language))
        lines.append(tr("{label}: {value}").format(label=card_label(card, figure.get("threshold")), value=value))
    return lines


def figures_heading() -> str:
    return tr("Key figures")


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
    harvest = None
    if store.has_table("harvest_runs"):
        rows = store.query("SELECT MAX(COALESCE(ended_at, started_at)) FROM harvest_runs WHERE status = 'finished'")
        harvest = rows[0][0] if rows else None
    return {
        "registry_edition": ", ".join(sorted(editions)),
        "boundaries_vintage": meta.get("boundaries_vintage", ""),
        "cog_vintage": meta.get("cog_vintage", ""),
        "reference_version": meta.get("reference_version", ""),
        "harvest_date": harvest,
        "no_boundary": no_boundary,
        "overseas_actors": overseas,
    }


def today() -> date:
    return date.today()
