"""The scenario an officer is building in the dock: its rules and marks, what they say in words, save/load.

Pure: the dock (plugin/scenario_box.py) shows `items()` (in the words of scenarios/rule_sentences.py, as the
scenario pages say them) and calls these methods; the map overlay and
the selection on the map are the shell's. A rule replaces an earlier one that says the same thing more
or less strictly (communes above 10,000 after communes above 5,000 in the same territory), so that
what the list shows is what the scenario does.
"""
from dataclasses import dataclass, replace
from typing import Dict, Iterable, List, Optional, Tuple

from ..common.errors import InputError
from ..common.i18n import tr
from ..indicators.key_figures import Scope
from . import saved_scenarios
from .evaluation import Observed, Rule, Scenario, bind, evaluate, known_marks
from .rule_sentences import marks_sentence, rule_sentence

Mark = Tuple[str, str]  # (level, code)


@dataclass(frozen=True)
class Item:
    """One line of the dock's list: a rule (by index) or a mark."""

    kind: str  # "rule" or "mark"
    key: object  # the rule's index, or the (level, code) of the mark
    text: str


@dataclass(frozen=True)
class MarkReport:
    taken: Tuple[Mark, ...]  # newly marked
    already: Tuple[Mark, ...]  # were marked before
    unknown: Tuple[Mark, ...]  # name no collectivity (a département without one, Paris)


def territory_name(observed: Optional[Observed], level: str, code: str) -> str:
    name = observed.names.get((level, code)) if observed is not None else None
    return f"{name} ({code})" if name else code


def _same_target(a: Rule, b: Rule) -> bool:
    """Two rules of which the later one replaces the earlier: one population threshold per territory,
    one platform per département, an EPCI once."""
    if a.kind != b.kind:
        return False
    return a.scope == b.scope if a.kind == "communes-above" else a.value == b.value


class ScenarioSession:
    def __init__(self, observed: Optional[Observed] = None):
        self.observed = observed
        self.scenario = Scenario("")

    # --- what the scenario holds ----------------------------------------------------------------
    @property
    def empty(self) -> bool:
        return not self.scenario.rules and not self.scenario.marked

    def rename(self, name: str) -> None:
        self.scenario = replace(self.scenario, name=(name or "").strip())

    def add_rule(self, rule: Rule, scope: Scope) -> Optional[Rule]:
        """Add the rule (bound to the territory on screen); returns the rule it replaced, if any."""
        rule = bind(rule, scope)  # "above 5,000" means in the territory on screen
        rules = list(self.scenario.rules)
        replaced = next((old for old in rules if _same_target(old, rule)), None)
        if replaced is not None:
            rules[rules.index(replaced)] = rule
        else:
            rules.append(rule)
        self.scenario = replace(self.scenario, rules=tuple(rules))
        return replaced

    def remove_rule(self, index: int) -> Rule:
        rules = list(self.scenario.rules)
        if not 0 <= index < len(rules):
            raise InputError(tr("No rule number {number} in this scenario").format(number=index + 1))
        removed = rules.pop(index)
        self.scenario = replace(self.scenario, rules=tuple(rules))
        return removed

    def add_marks(self, marks: Iterable[Mark]) -> MarkReport:
        wanted = list(dict.fromkeys(marks))  # in order, once each
        known = known_marks(self.observed, wanted) if self.observed else wanted
        already = tuple(mark for mark in known if mark in self.scenario.marked)
        taken = tuple(mark for mark in known if mark not in self.scenario.marked)
        unknown = tuple(mark for mark in wanted if mark not in known)
        self.scenario = self.scenario.with_marks(taken)
        return MarkReport(taken, already, unknown)

    def remove_mark(self, mark: Mark) -> None:
        self.scenario = replace(self.scenario, marked=frozenset(self.scenario.marked - {mark}))

    def reset(self) -> None:
        self.scenario = Scenario("")

    def items(self) -> List[Item]:
        names = self.observed.names if self.observed is not None else {}
        found = [Item("rule", index, rule_sentence(rule, names)) for index, rule in enumerate(self.scenario.rules)]
        found += [Item("mark", mark, marks_sentence([mark], names)) for mark in sorted(self.scenario.marked)]
        return found

    def remove(self, item: Item) -> None:
        if item.kind == "rule":
            self.remove_rule(item.key)
        else:
            self.remove_mark(item.key)

    # --- figures --------------------------------------------------------------------------------
    def evaluate(self, scope: Scope) -> Optional[dict]:
        """Observed and scenario figures side by side (scenarios/evaluation.py), None when empty."""
        if self.observed is None or self.empty:
            return None
        return evaluate(self.observed, self.scenario, scope)

    # --- saved in the store ---------------------------------------------------------------------
    def named(self, fallback: str) -> Scenario:
        if not self.scenario.name:
            self.rename(fallback)
        return self.scenario

    def save(self, store, fallback_name: str) -> Scenario:
        scenario = self.named(fallback_name)
        saved_scenarios.save(store, scenario)
        return scenario

    def load(self, store, name: str) -> Scenario:
        self.scenario = saved_scenarios.load(store, name)
        return self.scenario

    @staticmethod
    def saved(store) -> List[dict]:
        return saved_scenarios.names(store)

    @staticmethod
    def delete(store, name: str) -> bool:
        return saved_scenarios.delete(store, name)

    def export_csv(self, store, path, scope: Scope, names: Optional[List[str]] = None):
        """The figures of the saved scenarios (all, or `names`) and of the one on screen, as CSV."""
        names = names or [row["name"] for row in saved_scenarios.names(store)]
        scenarios = [saved_scenarios.load(store, name) for name in names]
        if not self.empty and self.scenario.name not in names:
            scenarios.append(self.scenario)
        return saved_scenarios.export_csv([evaluate(self.observed, s, scope) for s in scenarios], path)


def mark_summary(report: MarkReport, skipped: Dict[str, int], observed: Optional[Observed] = None) -> str:
    """What a "mark from the map" took, in words: names taken, what was left out and why."""
    parts = []
    if report.taken:
        names = [territory_name(observed, level, code) for level, code in report.taken[:5]]
        more = len(report.taken) - len(names)
        text = ", ".join(names) + (tr(" and {n} more").format(n=more) if more else "")
        parts.append(tr("Marked: {names}.").format(names=text))
    else:
        parts.append(tr("Nothing new marked."))
    if report.already:
        parts.append(tr("Already marked: {n}.").format(n=len(report.already)))
    if report.unknown:
        parts.append(tr("Not a collectivity, left out: {n}.").format(n=len(report.unknown)))
    for layer, count in sorted(skipped.items()):
        parts.append(tr("Left out, selected on the hidden layer {layer}: {n}.").format(layer=layer, n=count))
    return " ".join(parts)
