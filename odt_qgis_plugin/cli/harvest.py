"""harvest: count the datasets each actor publishes on its platforms, into the store."""
from ..common import settings as settings_module
from ..common.errors import InputError
from ..common.i18n import QT_TR_NOOP, tr
from .arguments import add_store, number

NAME = "harvest"
HELP = QT_TR_NOOP("Harvest the actors' open data platforms: datasets per actor and platform, into the store.")


def add_arguments(parser) -> None:
    defaults = settings_module.load()
    add_store(parser)
    parser.add_argument("--concurrency", type=number("concurrency"), default=defaults.harvest_concurrency,
                        help=tr("requests in flight at most, all hosts together"))
    parser.add_argument("--per-host", type=number("per_host"), default=defaults.harvest_per_host,
                        help=tr("requests in flight at most on one host"))
    parser.add_argument("--timeout", type=number("timeout"), default=defaults.harvest_timeout,
                        help=tr("seconds before a request is abandoned"))
    parser.add_argument("--actor-timeout", type=number("actor_timeout"), default=defaults.harvest_actor_timeout,
                        metavar="SECONDS",
                        help=tr("seconds for all the requests of one actor on one platform, retries included"))
    parser.add_argument("--max-retry-after", type=number("max_retry_after"),
                        default=defaults.harvest_max_retry_after, metavar="SECONDS",
                        help=tr("longest Retry-After waited for; beyond it the actor's status is rate_limited"))
    parser.add_argument("--resume", action="store_true",
                        help=tr("finish the latest unfinished harvest run, with the settings it was started with"))
    parser.add_argument("--only-stale", type=number("only_stale"), metavar="DAYS", default=None,
                        help=tr("only actors/platforms without a successful count younger than DAYS"))
    parser.add_argument("--actors", default=None, metavar="SIREN,...", help=tr("only these actors"))
    parser.add_argument("--endpoints", default=None, metavar="FILE",
                        help=tr("endpoints file overriding the shipped resources/endpoints.json"))
    parser.add_argument("--datagouv-catalog", default=None, metavar="FOLDER_OR_URL",
                        help=tr("count data.gouv.fr from its catalogue exports (a folder holding "
                                "export-organization-*.csv and export-dataset-*.csv, or the catalogue's API "
                                "address) instead of one API call per organisation"))
    parser.add_argument("--datasets", action="store_true",
                        help=tr("also list each actor's datasets (themes, licences, formats, dates, schemas, usage) "
                                "into the datasets table; always on with --datagouv-catalog"))
    parser.add_argument("--max-datasets", type=number("max_datasets"), default=settings_module.HARVEST_MAX_DATASETS,
                        metavar="N", help=tr("datasets listed at most per actor and platform"))
    parser.add_argument("--validate-schemas", action="store_true",
                        help=tr("with --datasets: send a sample of the datasets with an SCDL schema (their file's "
                                "and schema's addresses) to the public validation service ({service}), at most "
                                "{n} per run; off unless given or set in the options").format(
                                    service=defaults.validation_service, n=defaults.validation_sample))
    parser.add_argument("--report", default=None, metavar="FILE.csv",
                        help=tr("write per actor and platform the host, filter, count and status, with each "
                                "portal's total"))
    parser.add_argument("--report-only", action="store_true",
                        help=tr("write the --report of the results already in the store, without harvesting"))


def run(args) -> int:
    from ..common.errors import Cancelled
    from ..harvest import endpoints
    from ..harvest.engine import HarvestSettings
    from ..harvest.harvest_report import write_report
    from ..maps.qgis_observations import harvest
    from ..store.db import open_store
    from .terminal import TerminalFeedback

    open_store(args.store)  # a clear message when the store is missing or not ours
    if args.report_only:
        if not args.report:
            raise InputError(tr("--report-only needs --report FILE.csv"))
        print(tr("Report: {n} rows in {path}").format(n=write_report(args.store, args.report), path=args.report))
        return 0
    loaded = settings_module.load()
    if args.validate_schemas and not (args.datasets or args.datagouv_catalog or args.resume):
        raise InputError(tr("--validate-schemas checks the datasets a harvest lists: add --datasets"))
    settings = HarvestSettings(
        concurrency=args.concurrency, per_host=args.per_host, timeout=args.timeout, resume=args.resume,
        actor_timeout=args.actor_timeout, max_retry_after=args.max_retry_after,
        only_stale=args.only_stale, endpoints=args.endpoints, datagouv_catalog=args.datagouv_catalog,
        threshold=loaded.obligated_threshold,
        datasets=args.datasets, max_datasets=args.max_datasets,
        validate_schemas=args.validate_schemas or loaded.schema_validation,
        validation_service=loaded.validation_service, validation_sample=loaded.validation_sample,
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
    if args.report:
        print(tr("Report: {n} rows in {path}").format(n=write_report(args.store, args.report), path=args.report))
    return 0
