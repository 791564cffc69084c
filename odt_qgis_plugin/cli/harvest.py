"""harvest: count the datasets each actor publishes on its platforms, into the store."""
from ..common import settings as settings_module
from ..common.i18n import QT_TR_NOOP, tr
from .arguments import add_store

NAME = "harvest"
HELP = QT_TR_NOOP("Harvest the actors' open data platforms: datasets per actor and platform, into the store.")


def _positive(kind):
    def parse(text):
        value = kind(text)
        if value <= 0:
            raise ValueError(text)
        return value

    parse.__name__ = kind.__name__
    return parse


def add_arguments(parser) -> None:
    defaults = settings_module.load()
    add_store(parser)
    parser.add_argument("--concurrency", type=_positive(int), default=defaults.harvest_concurrency,
                        help=tr("requests in flight at most, all hosts together"))
    parser.add_argument("--per-host", type=_positive(int), default=defaults.harvest_per_host,
                        help=tr("requests in flight at most on one host"))
    parser.add_argument("--timeout", type=_positive(float), default=defaults.harvest_timeout,
                        help=tr("seconds before a request is abandoned"))
    parser.add_argument("--resume", action="store_true", help=tr("finish the latest unfinished harvest run"))
    parser.add_argument("--only-stale", type=_positive(float), metavar="DAYS", default=None,
                        help=tr("only actors/platforms without a successful count younger than DAYS"))
    parser.add_argument("--actors", default=None, metavar="SIREN,...", help=tr("only these actors"))
    parser.add_argument("--endpoints", default=None, metavar="FILE",
                        help=tr("endpoints file overriding the shipped resources/endpoints.json"))


def run(args) -> int:
    from ..common.errors import Cancelled
    from ..harvest import endpoints
    from ..harvest.engine import HarvestSettings
    from ..maps.qgis_observations import harvest
    from ..store.db import open_store
    from .terminal import TerminalFeedback

    open_store(args.store)  # a clear message when the store is missing or not ours
    settings = HarvestSettings(
        concurrency=args.concurrency, per_host=args.per_host, timeout=args.timeout, resume=args.resume,
        only_stale=args.only_stale, endpoints=args.endpoints, threshold=settings_module.load().obligated_threshold,
        actors=[s for s in args.actors.split(",") if s.strip()] if args.actors else None)
    config = endpoints.load(args.endpoints)
    feedback = TerminalFeedback()
    try:
        summary = harvest(args.store, settings, feedback=feedback, config=config)
    except Cancelled as error:
        raise Cancelled(error.message + " " + tr("To finish it: harvest --resume.")) from None
    finally:
        feedback.close()
    print("\n".join(summary.lines()))
    return 0
