"""candidates: data.gouv.fr organisations of collectivities missing from the registry, and accepting one."""
from ..common import settings as settings_module
from ..common.i18n import QT_TR_NOOP, tr
from .arguments import add_store

NAME = "candidates"
HELP = QT_TR_NOOP("List the data.gouv.fr organisations of collectivities not in the registry (found by "
                  "`harvest --datagouv-catalog`), or accept one as an actor.")


def add_arguments(parser) -> None:
    add_store(parser)
    parser.add_argument("--accept", metavar="SIREN", default=None,
                        help=tr("add this candidate to the registry, publishing on data.gouv.fr"))


def run(args) -> int:
    from ..common.numbers import number
    from ..harvest.datagouv_catalog import candidate_actor, stored_candidates
    from ..store.db import open_store

    open_store(args.store)
    if args.accept:
        from ..maps.qgis_observations import change_actor

        outcome = change_actor(args.store, "add", args.accept, candidate_actor(args.store, args.accept),
                               threshold=settings_module.load().obligated_threshold)
        print("\n".join(outcome.lines()))
        return 0
    rows = stored_candidates(args.store)
    for row in rows:
        print(f"{row['siren']}  {number(row['datasets']):>7}  {row['level'] or '':<11} {row['code'] or '':<9} "
              f"{row['territory'] or ''} — {row['name']}")
    print(tr("{n} data.gouv.fr organisations of collectivities are not in the registry.").format(n=len(rows)))
    if rows:
        print(tr("Accept one with: candidates --store STORE --accept SIREN"))
    return 0
