"""Scenario rules and marks in words, as the dock, the saved list and the layouts show them.

Never their command-line syntax (`communes-above:5000`), which only the command line and the store use.
`observed` (scenarios/evaluation.py Observed) gives territory names; without it, codes are shown.
"""
from typing import Tuple

from ..common import levels
from ..common.i18n import tr
from ..common.numbers import number


def territory_name(observed, level: str, code: str) -> str:
    name = observed.names.get((level, code)) if observed is not None else None
    return f"{name} ({code})" if name else code


def describe_rule(rule, observed=None) -> str:
    if rule.kind == "communes-above":
        key, _, code = rule.scope.partition("=")
        where = territory_name(observed, key, code) if code else tr("France")
        return tr("Communes of {population} inhabitants or more would publish ({territory})").format(
            population=number(int(rule.value)), territory=where)
    if rule.kind == "epci-members":
        return tr("The member communes of {epci} would publish").format(
            epci=territory_name(observed, "epci", rule.value))
    if rule.kind == "departement-platform":
        chosen = rule.levels or ("commune", "epci", "departement")
        labels = [levels.level(level).label(plural=level != "departement") for level in chosen]
        who = ", ".join(label if label.isupper() else label.lower() for label in labels)
        return tr("The collectivities of {departement} ({who}) would publish on {platform}").format(
            who=who, departement=territory_name(observed, "departement", rule.value), platform=rule.platform)
    return rule.text()


def describe_mark(mark: Tuple[str, str], observed=None) -> str:
    level, code = mark
    return tr("{territory} would publish (marked by hand)").format(territory=territory_name(observed, level, code))
