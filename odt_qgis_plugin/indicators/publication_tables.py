"""The indicator tables of what a scope publishes: themes, openness, the SCDL checklist, the most used datasets.

Read from the harvested dataset listings (publications/publication_measures.py); every table is empty
when the store holds no listing of the scope (run `harvest --datasets`). Rows carry `as_of`, the date
of the latest run whose listings they count (freshness is judged at each listing's own run date), and
`run_id`. Unknown stays unknown: `unknown` counts the datasets (or obligated collectivities) whose
answer is not known, kept out of `rate`, which is None (empty in CSV) when nothing is known. `peer_rate` is
the median of the same rate over the territories of the scope's level whose datasets were listed (None for
France, which has no peers).
"""
from typing import Dict, List, Optional

from ..publications.publication_measures import Peers, Publication, PublicationIndex

PUBLICATION_TABLES = ("publication_themes", "publication_openness", "publication_scdl", "publication_top")
RULES = ("open_licence", "open_format", "fresh")
# Columns of the scripts' CSV these tables add after the existing ones.
CSV_FIELDS = ("theme", "rule", "known", "schema", "title", "here", "national_rate", "peer_rate", "rank", "url",
              "siren", "platform", "downloads", "api_calls", "views", "as_of", "run_id")


def publication_tables(index: PublicationIndex, level: str, code: Optional[str]) -> Dict[str, List[dict]]:
    return tables_of(index.territory(level, code), index.peers(level))


def tables_of(found: Publication, peers: Optional[Peers] = None) -> Dict[str, List[dict]]:
    if found.datasets is None:
        return {name: [] for name in PUBLICATION_TABLES}
    stamp = {"as_of": found.as_of.isoformat() if found.as_of else None, "run_id": found.run_id}
    openness = []
    for rule in RULES:
        share = getattr(found, rule)
        openness.append({"rule": rule, "datasets": share.yes, "known": share.known, "unknown": share.unknown,
                         "total": found.datasets, "rate": share.ratio,
                         "peer_rate": getattr(peers, rule) if peers else None, "actors": found.actors_listed, **stamp})
    return {
        "publication_themes": [{"theme": theme, "datasets": count, "total": found.datasets, **stamp}
                               for theme, count in found.themes],
        "publication_openness": openness,
        "publication_scdl": [{"schema": row.schema, "title": row.title, "here": row.here, "datasets": row.datasets,
                              "engaged": row.obligated_publishing, "total": row.obligated,
                              "unknown": row.obligated_unknown, "rate": row.share,
                              "national_rate": row.national_share,
                              "peer_rate": peers.scdl.get(row.schema) if peers else None, **stamp}
                             for row in found.checklist],
        "publication_top": [{"rank": rank, "title": item.title, "url": item.url, "siren": item.siren,
                             "name": item.actor, "platform": item.platform, "downloads": item.downloads,
                             "api_calls": item.api_calls, "views": item.views, **stamp}
                            for rank, item in enumerate(found.top, start=1)],
    }
