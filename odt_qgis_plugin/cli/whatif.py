"""whatif: observed and scenario key figures of a territory side by side, as JSON or text."""
import json

from ..common import settings as settings_module
from ..common.i18n import QT_TR_NOOP, tr
from .arguments import add_store, add_threshold

NAME = "whatif"
HELP = QT_TR_NOOP("Recompute a territory's key figures under a what-if scenario, without changing observed data.")


def add_arguments(parser) -> None:
    add_store(parser)
    parser.add_argument("--scenario", required=True,
                        help=tr("scenario name; a scenario saved under that name is loaded first"))
    parser.add_argument("--rule", action="append", default=[],
                        help=tr("communes-above:POP[:region=CODE|departement=CODE], epci-members:SIREN or "
                                "departement-platform:DEP:HOST[:LEVELS]; repeatable"))
    parser.add_argument("--mark", action="append", default=[],
                        help=tr("a collectivity that would publish, LEVEL:CODE (e.g. commune:44109); repeatable"))
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--region", help=tr("INSEE code of a région, e.g. 52"))
    scope.add_argument("--departement", help=tr("code of a département, e.g. 44 or 2A"))
    scope.add_argument("--epci", help=tr("SIREN of an EPCI"))
    parser.add_argument("--format", choices=("json", "csv", "text"), default="json")
    parser.add_argument("--save", action="store_true", help=tr("save the scenario in the store under its name"))
    parser.add_argument("--layout", help=tr("also export the scenario's print layout to this file (.pdf, .png, .svg)"))
    parser.add_argument("--template", default="a4-portrait", help="a4-portrait, a4-landscape, a3-landscape")
    parser.add_argument("--measure", help=tr("measure of the layout's map (default: the first)"))
    add_threshold(parser)


def run(args) -> int:
    from ..common.errors import StoreError
    from ..indicators.key_figures import CARDS, card_label, card_text
    from ..scenarios import saved_scenarios as scenario_store
    from ..scenarios.evaluation import Scenario, checked_scope, load_observed, parse_mark, parse_rule

    threshold = args.threshold if args.threshold is not None else settings_module.load().obligated_threshold
    rules = tuple(parse_rule(text) for text in args.rule)
    marks = [parse_mark(text) for text in args.mark]
    try:
        scenario = scenario_store.load(args.store, args.scenario)
        scenario = Scenario(scenario.name, scenario.rules + rules, scenario.marked).with_marks(marks)
    except StoreError:
        scenario = Scenario(args.scenario, rules).with_marks(marks)
    observed = load_observed(args.store, threshold)
    scope = checked_scope(observed, args.region, args.departement, args.epci)
    from ..scenarios.evaluation import evaluate

    result = evaluate(observed, scenario, scope)
    if args.save:
        # rules are saved as bound to the territory, so that reloading gives the same figures
        scenario_store.save(args.store, Scenario(scenario.name, tuple(parse_rule(t) for t in result["rules"]),
                                                 scenario.marked))
    if args.layout:
        from pathlib import Path

        from ..layouts.layout_request import ExportRequest
        from ..layouts.qgis_layouts import export_layout
        from ..scenarios.evaluation import layout_fields

        fields = layout_fields(observed, scenario, scope)
        paths = export_layout(ExportRequest(store=args.store, template=args.template, out=args.layout,
                                            measure=args.measure, threshold=threshold,
                                            fmt=Path(args.layout).suffix.lstrip(".").lower(), **fields))
        result["layout"] = paths
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=1))
    elif args.format == "csv":
        print(scenario_store.csv_text([result]), end="")
    else:
        from ..common.qgis_translation import wanted_language
        from ..layouts.typography import typeset

        language = wanted_language()
        for card in CARDS:
            observed_text, national = card_text(card, result["observed"][card])
            scenario_text, _ = card_text(card, result["what_if"][card])
            value = f"{observed_text} | {scenario_text} | {result['changes'][card]['text']} | {national}"
            label = card_label(card, result["observed"][card].get("threshold"))
            print(typeset(tr("{label}: {value}").format(label=label, value=value), language))
    return 0
