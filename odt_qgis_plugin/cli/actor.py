"""actor: add, edit or remove one actor of the registry by hand."""
from ..common import settings as settings_module
from ..common.i18n import QT_TR_NOOP, tr
from .arguments import add_store

NAME = "actor"
HELP = QT_TR_NOOP("Add, edit or remove one actor by hand (same checks as an import).")


def add_arguments(parser) -> None:
    add_store(parser)
    parser.add_argument("action", choices=("add", "edit", "remove"))
    parser.add_argument("siren", help=tr("SIREN of the actor"))
    parser.add_argument("--name", help=tr("name of the actor"))
    parser.add_argument("--new-siren", dest="new_siren", help=tr("a corrected SIREN (edit only)"))
    parser.add_argument("--url", dest="url_platform", help=tr("address of its open data platform"))
    parser.add_argument("--datagouv", dest="id_datagouv", help=tr("its data.gouv.fr organisation id"))
    parser.add_argument("--techno", dest="techno_platform", help=tr("platform technology, e.g. OpenDataSoft"))


def run(args) -> int:
    from ..maps.qgis_observations import change_actor
    from .terminal import TerminalFeedback

    fields = {"name": args.name, "url_platform": args.url_platform, "id_datagouv": args.id_datagouv,
              "techno_platform": args.techno_platform, "siren": args.new_siren}
    feedback = TerminalFeedback()
    try:
        outcome = change_actor(args.store, args.action, args.siren, fields, feedback,
                               settings_module.load().obligated_threshold)
    finally:
        feedback.close()
    print("\n".join(outcome.lines()))
    return 0
