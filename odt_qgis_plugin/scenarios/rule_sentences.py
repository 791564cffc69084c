"""A scenario's rules as people say them, for the subtitle of its pages and the panel.

"communes-above:5000:region=52" reads "Pays de la Loire: every commune of 5,000 inhabitants or more
publishes its data" ("Pays de la Loire : toutes les communes de 5 000 habitants ou plus publient
leurs données"). The territory's name leads the sentence so that no French preposition has to be
guessed ("des Pays de la Loire", "de Bretagne", "d'Île-de-France").
"""
from typing import Callable, Dict, Iterable, List, Tuple

from ..common.i18n import tr
from ..common.numbers import number
from .evaluation import Rule, Scenario

Names = Dict[Tuple[str, str], str]
MARKS_SHOWN = 3  # collectivities named before "and N more"


def _territory(rule: Rule, names: Names) -> str:
    key, _, code = rule.scope.partition("=")
    return names.get((key, code), code) if code else ""


def _levels(levels: Iterable[str]) -> str:
    words = {"commune": tr("the communes"), "epci": tr("the EPCI"), "departement": tr("the département")}
    chosen = [words[level] for level in ("commune", "epci", "departement") if level in (levels or words)]
    if len(chosen) == 1:
        return chosen[0]
    return tr("{first} and {last}").format(first=", ".join(chosen[:-1]), last=chosen[-1])


def rule_sentence(rule: Rule, names: Names, language: str = "") -> str:
    if rule.kind == "communes-above":
        sentence = tr("every commune of {population} inhabitants or more publishes its data").format(
            population=number(int(rule.value), language or None))
        place = _territory(rule, names)
        return tr("{territory}: {sentence}").format(territory=place, sentence=sentence) if place else \
            sentence[:1].upper() + sentence[1:]
    if rule.kind == "epci-members":
        return tr("{territory}: every member commune publishes its data").format(
            territory=names.get(("epci", rule.value), rule.value))
    if rule.kind == "departement-platform":
        return tr("{territory}: {levels} join the platform {host}").format(
            territory=names.get(("departement", rule.value), rule.value), levels=_levels(rule.levels),
            host=rule.platform)
    return rule.text()


def marks_sentence(marks: List[Tuple[str, str]], names: Names, language: str = "") -> str:
    shown = [names.get(mark, mark[1]) for mark in sorted(marks, key=lambda m: names.get(m, m[1]))]
    if not shown:
        return ""
    listed = ", ".join(shown[:MARKS_SHOWN])
    if len(shown) > MARKS_SHOWN:
        listed = tr("{listed} and {n} more").format(listed=listed, n=number(len(shown) - MARKS_SHOWN,
                                                                              language or None))
    return tr("Collectivities chosen by hand publish: {names}").format(names=listed)


def scenario_sentence(scenario: Scenario, names: Names, language: str = "",
                      join: Callable[[List[str]], str] = "; ".join) -> str:
    """Every rule of the scenario, then the collectivities marked by hand, as one text."""
    parts = [rule_sentence(rule, names, language) for rule in scenario.rules]
    marks = marks_sentence(sorted(scenario.marked), names, language)
    if marks:
        parts.append(marks)
    return join(parts)
