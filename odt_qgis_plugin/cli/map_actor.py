"""map-actor: list name-based suggestions for an actor, accept one, or attach the actor by hand."""

from ..common import settings as settings_module
from ..common.errors import InputError
from ..common.i18n import QT_TR_NOOP, tr
from .arguments import add_store

NAME = "map-actor"
HELP = QT_TR_NOOP("Show suggestions for an unresolved actor, accept one, or map the actor to a territory by hand.")


def add_arguments(parser) -> None:
    add_store(parser)
    parser.add_argument("siren", help=tr("SIREN of the actor"))
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--accept", type=int, metavar="N", help=tr("accept suggestion number N (1 = best)"))
    action.add_argument(
        "--territory", metavar="LEVEL:CODE", help=tr("the territory the actor is, e.g. epci:200083392 or region:94")
    )
    action.add_argument(
        "--located",
        metavar="LEVEL:CODE",
        help=tr("the territory a partner (syndicate, agency) serves, e.g. departement:44"),
    )
    action.add_argument("--remove", action="store_true", help=tr("forget the mapping of this actor"))


def run(args) -> int:
    from ..registry import actors

    threshold = settings_module.load().obligated_threshold
    if args.remove:
        actors.remove_mapping(args.store, args.siren, threshold)
        print(tr("Mapping removed for {siren}").format(siren=args.siren))
        return 0
    if args.territory or args.located:
        level, _, code = (args.territory or args.located).partition(":")
        if not code:
            raise InputError(tr("Expected LEVEL:CODE, e.g. epci:200083392"))
        role = actors.SAME if args.territory else actors.LOCATED
    else:
        found = actors.suggestions(args.store, args.siren)
        if not args.accept:
            for number, (territory, score) in enumerate(found, start=1):
                print(f"{number}. {territory.level}:{territory.code}  {territory.name}  ({score:.0%})")
            return 0
        if not 1 <= args.accept <= len(found):
            raise InputError(tr("No suggestion number {n}").format(n=args.accept))
        level, code, role = found[args.accept - 1][0].level, found[args.accept - 1][0].code, actors.SAME
    record = actors.set_mapping(args.store, args.siren, level, code, role=role, threshold=threshold)
    print(tr("{siren} is now {category} ({level} {code})").format(
        siren=args.siren, category=record["category"], level=record["territory_level"], code=record["territory_code"]))
    return 0
