"""footprints: classify the mutualised platforms and write their footprints layer."""
from ..common.i18n import QT_TR_NOOP, tr
from .arguments import add_store

NAME = "footprints"
HELP = QT_TR_NOOP("Find the mutualised platforms, type them and write their footprints into the store.")


def add_arguments(parser) -> None:
    add_store(parser)
    parser.add_argument("--platform-groups", dest="platform_groups",
                        help=tr("JSON file of the hosts that form one platform (default: the store's last, "
                                "else the plugin's)"))


def run(args) -> int:
    from ..common.qgis_translation import wanted_language
    from ..footprints.qgis_footprints import write_footprints
    from ..maps.classes import FOOTPRINT_TYPES, label

    footprints = write_footprints(args.store, args.platform_groups)
    language = wanted_language()
    types = {item.id: label(item, language) for item in FOOTPRINT_TYPES}
    for footprint in footprints:
        carrier = footprint.carrier.name if footprint.carrier else "-"
        print(f"{','.join(footprint.hosts)}\t{types[footprint.type]}\t{carrier}\t{len(footprint.members)}")
    print(tr("Mutualised platforms: {n}").format(n=len(footprints)))
    return 0
