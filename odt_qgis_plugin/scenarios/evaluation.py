"""What-if scenarios: collectivities that would publish, and the figures recomputed with them.

A scenario never touches the observed data: it builds a modified copy of the engagement
Snapshot (new actor and link objects, the same territory lists) and the indicators, key figures
and chart are computed on that copy by the very functions that compute the observed ones.

Rule syntax (command line, saved scenarios):
- `communes-above:POP[:region=CODE|departement=CODE]`: every commune of POP inhabitants or more
  in the territory; without a territory, the one the scenario is evaluated on (France if none).
- `epci-members:SIREN`: every member commune of the EPCI.
- `departement-platform:DEP:HOST[:LEVELS]`: every collectivity of the département (communes and
  EPCI whose main département it is, and the département itself) joins the platform HOST;
  LEVELS, e.g. `epci,departement`, restricts the levels. Collectivities that already publish
  keep their own platform: joining changes who publishes, not where the engaged ones do.
"""
import sqlite3
from dataclasses import dataclass, field, replace
from typing import Dict, FrozenSet, Iterable, List, Optional, Tuple

from ..common.errors import InputError
from ..common.i18n import tr
from ..common.levels import LEVEL_IDS, TABLE_OF, normalise_code
from ..common.settings import DEFAULT_THRESHOLD
from ..indicators.key_figures import Scope, changes, key_figures
from ..registry.engagement import Actor, Link, Snapshot, harvest_statuses, load, rate, scope_counts
from ..registry.resolution import OVERSEAS
from ..store import db
from ..store.reference import OVERSEAS_COLLECTIVITY

SCENARIO_RESOLUTION = "scenario"  # resolution of the actors a scenario adds


@dataclass(frozen=True)
class Rule:
    kind: str
    value: str
    platform: str = ""
    scope: str = ""  # communes-above: "region=52", "departement=44" or "" (the evaluated territory)
    levels: Tuple[str, ...] = ()  # departement-platform: levels concerned, () for all

    def text(self) -> str:
        parts = [self.kind, self.value]
        if self.kind == "communes-above" and self.scope:
            parts.append(self.scope)
        if self.kind == "departement-platform":
            parts.append(self.platform)
            if self.levels:
                parts.append(",".join(self.levels))
        return ":".join(parts)


def parse_rule(text: str) -> Rule:
    parts = [part.strip() for part in (text or "").split(":")]
    kind = parts[0]
    bad = InputError(tr("Malformed rule {rule}: use communes-above:POP[:region=CODE], epci-members:SIREN "
                        "or departement-platform:DEP:HOST[:LEVELS]").format(rule=text))
    if kind == "communes-above" and len(parts) in (2, 3):
        if not parts[1].isdigit():
            raise bad
        scope = parts[2] if len(parts) == 3 else ""
        if scope and scope.split("=", 1)[0] not in ("region", "departement") or scope.endswith("="):
            raise bad
        if scope:
            level, _, code = scope.partition("=")
            scope = f"{level}={normalise_code(level, code)}"
        return Rule(kind, str(int(parts[1])), scope=scope)
    if kind == "epci-members" and len(parts) == 2 and parts[1].isdigit():
        return Rule(kind, parts[1])
    if kind == "departement-platform" and len(parts) in (3, 4) and parts[1] and parts[2]:
        levels = tuple(level for level in (parts[3].split(",") if len(parts) == 4 else ()) if level)
        if any(level not in ("commune", "epci", "departement") for level in levels):
            raise bad
        return Rule(kind, normalise_code("departement", parts[1]), platform=parts[2].lower(), levels=levels)
    raise bad


def bind(rule: Rule, scope: Scope) -> Rule:
    """Give a territory-less `communes-above` rule the territory it is applied on."""
    if rule.kind != "communes-above" or rule.scope or not (scope.region or scope.departement):
        return rule
    key = "region" if scope.region else "departement"
    return replace(rule, scope=f"{key}={scope.region or scope.departement}")


@dataclass
class Scenario:
    name: str
    rules: Tuple[Rule, ...] = ()
    marked: FrozenSet[Tuple[str, str]] = frozenset()  # (level, code) marked by hand

    def with_rule(self, rule: Rule) -> "Scenario":
        return replace(self, rules=self.rules + (rule,))

    def with_marks(self, marks: Iterable[Tuple[str, str]]) -> "Scenario":
        marks = set(marks)
        unknown = [level for level, _ in marks if level not in LEVEL_IDS]
        if unknown:
            raise InputError(tr("Unknown collectivity level {level}").format(level=unknown[0]))
        return replace(self, marked=frozenset(self.marked | marks))


@dataclass
class Observed:
    """The observed snapshot with what rules need besides it: EPCI members and lookups by code."""

    snapshot: Snapshot
    members: Dict[str, Tuple[str, ...]]
    names: Dict[Tuple[str, str], str] = field(default_factory=dict)
    statuses: Dict[str, tuple] = field(default_factory=dict)  # siren -> (datasets, status) of the latest harvest
    communes: Dict[str, tuple] = field(init=False)
    epci: Dict[str, tuple] = field(init=False)
    collectivities: Dict[Tuple[str, str], tuple] = field(init=False)

    def __post_init__(self):
        self.communes = {row[0]: row for row in self.snapshot.communes}
        self.epci = {row[0]: row for row in self.snapshot.epci}
        self.collectivities = {(row[1], row[2]): row for row in self.snapshot.collectivities}
        if not self.snapshot._groups:
            self.snapshot._group()


def load_observed(store_path, threshold: int = DEFAULT_THRESHOLD) -> Observed:
    with db.open_store(store_path).reading() as connection:  # one state, even while a harvest writes
        return observed_from(connection, threshold)


def observed_from(connection: sqlite3.Connection, threshold: int = DEFAULT_THRESHOLD) -> Observed:
    snapshot = load(connection, threshold)
    members: Dict[str, list] = {}
    # the reference's members, communes without a boundary included (they count in the EPCI's figures)
    sql = ("SELECT commune, epci FROM epci_members" if db.table_exists(connection, "epci_members")
           else "SELECT code, epci FROM communes WHERE epci IS NOT NULL")
    for commune, epci in connection.execute(sql):
        members.setdefault(epci, []).append(commune)
    names = {}
    for level, table in (("commune", "communes"), ("epci", "epci"), ("departement", "departements"),
                         ("region", "regions")):
        for code, name in connection.execute(f"SELECT code, name FROM {db.quote_identifier(table)}"):
            names[(level, code)] = name
    if db.table_exists(connection, "reference_codes"):
        # communes without a boundary, and the overseas collectivities (COM) some actors belong to
        for code, name, kind in connection.execute(
                "SELECT code, name, type FROM reference_codes WHERE type IN ('commune-actuelle', ?)",
                (OVERSEAS_COLLECTIVITY,)):
            names.setdefault((OVERSEAS if kind == OVERSEAS_COLLECTIVITY else "commune", code), name)
    return Observed(snapshot, {key: tuple(sorted(codes)) for key, codes in members.items()}, names,
                    harvest_statuses(connection) or {})


def targets(observed: Observed, scenario: Scenario) -> Dict[Tuple[str, str], str]:
    """{(level, code): platform host or ""} of every collectivity the scenario says would publish."""
    found: Dict[Tuple[str, str], str] = {key: "" for key in scenario.marked}
    snapshot = observed.snapshot
    for rule in scenario.rules:
        if rule.kind == "communes-above":
            key, _, code = rule.scope.partition("=")
            if code and code not in (snapshot.regions if key == "region" else snapshot.dep_region):
                raise InputError((tr("Unknown région code {code}") if key == "region"
                                  else tr("Unknown département code {code}")).format(code=code))
            rows = snapshot.in_scope("communes", code if key == "region" else None,
                                     code if key == "departement" else None) if code else snapshot.communes
            threshold = int(rule.value)
            for row in rows:
                if row[1] is not None and row[1] >= threshold:
                    found.setdefault(("commune", row[0]), "")
        elif rule.kind == "epci-members":
            if rule.value not in observed.epci:
                raise InputError(tr("Unknown EPCI {siren}").format(siren=rule.value))
            for commune in observed.members.get(rule.value, ()):
                found.setdefault(("commune", commune), "")
        elif rule.kind == "departement-platform":
            dep = rule.value
            if dep not in snapshot.dep_region:
                raise InputError(tr("Unknown département code {code}").format(code=dep))
            levels = rule.levels or ("commune", "epci", "departement")
            keys = []
            if "commune" in levels:
                keys += [("commune", row[0]) for row in snapshot.in_scope("communes", departement=dep)]
            if "epci" in levels:
                keys += [("epci", row[0]) for row in snapshot.in_scope("epci", departement=dep)]
            if "departement" in levels:
                keys += [(row[1], row[2]) for row in snapshot.in_scope("collectivities", departement=dep)
                         if row[1] == "departement"]
            for key in keys:
                found[key] = rule.platform
    return found


def _location(observed: Observed, level: str, code: str) -> Tuple[Tuple[str, ...], str]:
    if level == "commune" and code in observed.communes:
        row = observed.communes[code]
        return (row[2],), row[3]
    if level == "epci" and code in observed.epci:
        row = observed.epci[code]
        return (row[2],), row[3]
    row = observed.collectivities.get((level, code))
    if row is not None:
        return row[3], row[4]
    raise InputError(tr("Unknown collectivity {level} {code}").format(level=level, code=code))


def apply(observed: Observed, scenario: Scenario) -> Tuple[Snapshot, List[Tuple[str, str]]]:
    """(the scenario's snapshot, the collectivities it turned engaged); `observed` stays as it was."""
    snapshot = observed.snapshot
    actors = list(snapshot.actors)
    position = {id(actor): index for index, actor in enumerate(actors)}
    links = dict(snapshot.links)
    turned = []
    for (level, code), host in sorted(targets(observed, scenario).items()):
        link = links.get((level, code))
        if link is not None and link.engaged == 1:
            continue
        if link is not None:
            actor = replace(link.actor, engaged=1, host=host or link.actor.host, datasets=None)
            actors[position[id(link.actor)]] = actor
        else:
            departements, region = _location(observed, level, code)
            siren = code if level == "epci" else ""
            actor = Actor(siren, observed.names.get((level, code), ""), level, SCENARIO_RESOLUTION, level, code,
                          departements, region, host, "", "", 1, None)
            actors.append(actor)
        links[(level, code)] = Link(1, actor)
        turned.append((level, code))
    copy = Snapshot(snapshot.harvested, snapshot.threshold, snapshot.regions, snapshot.dep_region, actors,
                    snapshot.communes, snapshot.epci, snapshot.collectivities, links, no_boundary=snapshot.no_boundary)
    copy._groups = _regrouped(snapshot, actors)
    return copy, turned


def _regrouped(snapshot: Snapshot, actors: List[Actor]) -> dict:
    """The territory groups are shared (unchanged); only the actors are grouped again.

    Grouping all of France again would cost most of the 100 ms a what-if may take; this mirrors
    the actor part of Snapshot._group.
    """
    groups = {key: rows for key, rows in snapshot._groups.items() if key[0] != "actors"}
    for actor in actors:
        if actor.category != "region":
            for dep in actor.departements:
                groups.setdefault(("actors", "dep", dep), []).append(actor)
        if actor.region:
            groups.setdefault(("actors", "reg", actor.region), []).append(actor)
    return groups


def changed_territories(observed: Observed, turned: List[Tuple[str, str]]) -> Dict[str, List[str]]:
    """Codes per layer whose map a scenario changes: the collectivities turned engaged, and the
    départements and régions whose rates move because of them."""
    layers = {table: set() for table in TABLE_OF.values()}
    for level, code in turned:
        layers[TABLE_OF[level]].add(code)
        departements, region = _location(observed, level, code)
        if level != "region":
            layers["departements"].update(departements)
        if region:
            layers["regions"].add(region)
    return {name: sorted(codes) for name, codes in layers.items()}


def scenario_rates(snapshot: Snapshot, changed: Dict[str, List[str]]) -> Dict[str, Dict[str, Optional[float]]]:
    """The engaged share of collectivities of each changed département and région under the scenario,
    for the scenario's choropleth (the same share the observed map shows)."""
    rates = {"departements": {}, "regions": {}}
    for layer, key in (("departements", "departement"), ("regions", "region")):
        for code in changed.get(layer, ()):
            engaged, total = scope_counts(snapshot, **{key: code})["all"]
            rates[layer][code] = rate(engaged, total)
    return rates


def evaluate(observed: Observed, scenario: Scenario, scope: Scope) -> dict:
    """Observed and scenario figures side by side, with the deltas and the changed territories."""
    bound = replace(scenario, rules=tuple(bind(rule, scope) for rule in scenario.rules))
    copy, turned = apply(observed, bound)
    before = key_figures(observed.snapshot, scope, observed.members)
    after = key_figures(copy, scope, observed.members)
    changed = changed_territories(observed, turned)
    return {
        "scenario": bound.name,
        "rules": [rule.text() for rule in bound.rules],
        "marked": sorted(f"{level}:{code}" for level, code in bound.marked),
        "scope": scope.as_dict(),
        "observed": before,
        "what_if": after,
        "changes": changes(before, after),
        "turned": len(turned),
        "changed_territories": changed,
        "scenario_rates": scenario_rates(copy, changed),
    }


def parse_mark(text: str) -> Tuple[str, str]:
    level, _, code = (text or "").partition(":")
    if level not in LEVEL_IDS or not code:
        raise InputError(tr("Malformed mark {mark}: use LEVEL:CODE, e.g. commune:44109").format(mark=text))
    return level, normalise_code(level, code)


def scope_of(region: Optional[str] = None, departement: Optional[str] = None, epci: Optional[str] = None) -> Scope:
    return Scope(region or None, departement or None, epci or None)


def checked_scope(observed: Observed, region: Optional[str] = None, departement: Optional[str] = None,
                  epci: Optional[str] = None) -> Scope:
    """The territory a user typed, codes normalised (2a -> 2A), refused when the store has no such territory:
    figures of an unknown territory would be made up."""
    region = normalise_code("region", region) or None
    departement = normalise_code("departement", departement) or None
    epci = (epci or "").strip() or None
    if region and region not in observed.snapshot.regions:
        raise InputError(tr("Unknown région code {code}").format(code=region))
    if departement and departement not in observed.snapshot.dep_region:
        raise InputError(tr("Unknown département code {code}").format(code=departement))
    if epci and epci not in observed.epci:
        raise InputError(tr("Unknown EPCI {siren}: no EPCI of the store has this SIREN").format(siren=epci))
    return scope_of(region, departement, epci)


def known_marks(observed: Observed, marks: Iterable[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """The marks that name a collectivity (a département without one, like Paris, is dropped)."""
    found = []
    for level, code in marks:
        if (level == "commune" and code in observed.communes) or (level == "epci" and code in observed.epci) \
                or (level, code) in observed.collectivities:
            found.append((level, code))
    return found


@dataclass(frozen=True)
class ScenarioView:
    """What a print layout needs to draw a scenario: its name, its rules as a sentence, its snapshot
    (every layer is redrawn from it) and the collectivities it makes publish."""

    name: str
    sentence: str
    snapshot: Snapshot
    turned: Tuple[Tuple[str, str], ...]


def layout_fields(observed: Observed, scenario: Scenario, scope: Scope) -> dict:
    """ExportRequest fields (layouts/layout_request.py) that make a print layout this scenario's pages:
    rules are bound to `scope` first, so every page shows the same scenario."""
    from .rule_sentences import scenario_sentence

    if scope.epci:
        raise InputError(tr("Layouts cover France, a région or a département, not an EPCI"))
    bound = replace(scenario, rules=tuple(bind(rule, scope) for rule in scenario.rules))
    territory = f"{scope.level}:{scope.code}" if scope.code else "france"
    copy, turned = apply(observed, bound)
    sentence = scenario_sentence(bound, observed.names)
    return {
        "territory": territory,
        "title_prefix": tr("Scenario {name}: ").format(name=bound.name),
        "subtitle": tr("What-if scenario, not observed data. {rules}").format(rules=sentence),
        "scenario": ScenarioView(bound.name, sentence, copy, tuple(turned)),
    }
