"""check-sources: which configured endpoints answer."""
from ..common.i18n import QT_TR_NOOP, tr
from .arguments import number

NAME = "check-sources"
HELP = QT_TR_NOOP("Tell which endpoints of the endpoints configuration answer.")


def add_arguments(parser) -> None:
    parser.add_argument("--endpoints", default=None, metavar="FILE",
                        help=tr("endpoints file overriding the shipped resources/endpoints.json"))
    parser.add_argument("--timeout", type=number("timeout"), default=15.0,
                        help=tr("seconds before a request is abandoned"))


def run(args) -> int:
    from ..harvest import endpoints
    from ..network.gateway import RequestsTransport

    config = endpoints.load(args.endpoints)
    results = endpoints.check_sources(config, RequestsTransport(timeout=args.timeout))
    width = max((len(r.url) for r in results), default=0)
    for result in results:
        mark = "OK  " if result.ok else "FAIL"
        print(f"{mark} {result.name:<28} {result.url:<{width}}  {result.detail}")
    answered = sum(r.ok for r in results)
    print(tr("{ok}/{total} endpoints answer.").format(ok=answered, total=len(results)))
    return 0
