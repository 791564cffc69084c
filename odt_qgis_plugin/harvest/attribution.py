"""Which part of a shared portal is whose: the rules that keep one portal's datasets from being credited twice.

Per host (the name without "www."), over the registry's actors publishing there:
1. An actor's filter is read from its URL by its portal's adapter (any Opendatasoft facet, a CKAN
   organisation, a GeoNetwork organisation, a DKAN publisher path, an ArcGIS Hub source...).
2. Alone on its host, an actor without a filter is credited with the whole portal.
3. On a shared host, an actor without a filter is looked up among the portal's publishers by its
   names (registry name, official name) in their usual forms ("Commune de X", "Ville de X",
   "X Métropole", "Département de X"...). Exactly one match: that value becomes its filter;
   none or several: status `shared_unattributed`, no count, never the whole portal.
4. Two actors with the same filter (or looked up to the same value): it goes to the one whose name
   the value is; if neither or both, both are `shared_unattributed`.
5. A dataset selected both by an actor's `publisher` and by another actor's other facet
   (contributeurs-territoriaux, gestionnaire...) is credited to the latter, the contributor named:
   the publisher's count excludes those values.
6. A filter that selects nothing is `no_match`, not 0 (engine). After counting, if the datasets
   credited on a host exceed the portal's total, its counts are `overlap` (engine).
"""
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Dict, List, Optional, Set, Tuple

from ..common.errors import PortalError
from ..common.i18n import tr
from .portals import NO_PLATFORM, adapter
from .portals.datagouv import KIND as DATAGOUV
from .portals.portal_base import Filter, Survey, Target, settings_of
from .publisher_names import forms, normalise

SHARED_UNATTRIBUTED = "shared_unattributed"
Pair = Tuple[str, Target]


@dataclass(frozen=True)
class Identity:
    """How a portal may name an actor."""

    names: Tuple[str, ...]
    category: str = "other"

    def named_by(self, value: str) -> bool:
        text = normalise(value)
        return any(text in forms(name, self.category) for name in self.names)


@dataclass
class Decided:
    siren: str
    target: Target
    status: str
    message: str


@dataclass
class HostWork:
    """A host's actors, and what its survey must bring before some of them can be counted."""

    host: str
    kind: str
    sample: Target
    sirens: Set[str] = field(default_factory=set)
    waiting: List[Pair] = field(default_factory=list)  # counted once the survey is in
    lookups: List[Pair] = field(default_factory=list)  # no filter on a shared host
    filters: Dict[str, Filter] = field(default_factory=dict)  # siren -> filter, as attributed so far
    deferred: bool = False  # alone and filtered: the total is only asked once its count has succeeded

    @property
    def shared(self) -> bool:
        return len(self.sirens) > 1

    @property
    def publishers_needed(self) -> bool:
        return bool(self.lookups)


def whole_catalogue(kind: str) -> bool:
    """Kinds whose survey holds every dataset (DCAT feeds): counts then come from it, no second download."""
    return bool(getattr(adapter(kind), "WHOLE_CATALOGUE", False))


def _key(chosen: Filter) -> tuple:
    return chosen.facet, frozenset(normalise(value) for value in chosen.values), chosen.also


def _owner(values, sirens, identities: Dict[str, Identity]) -> Optional[str]:
    named = [s for s in sirens if any(identities[s].named_by(v) for v in values)]
    return named[0] if len(named) == 1 else None


def with_excludes(chosen: Filter, others: List[Filter]) -> Filter:
    """Rule 5: a `publisher` filter leaves out the datasets that other actors' facets select."""
    if chosen.facet != "publisher":
        return chosen
    excluded = tuple(sorted({(other.facet, value) for other in others if other.facet not in ("publisher", "")
                             and other.param.startswith("refine.") for value in other.values}))
    return replace(chosen, excludes=excluded) if excluded else chosen


def one_kind_per_host(pairs: List[Pair]) -> List[Pair]:
    """A host is one portal: when its actors' URLs suggest different kinds (a search page here, a group page
    there), all are asked as the kind most of them show, DCAT (the fallback) last."""
    kinds: Dict[str, Counter] = defaultdict(Counter)
    for _siren, target in pairs:
        if target.kind not in (DATAGOUV, NO_PLATFORM) and target.host:
            kinds[target.host][target.kind] += 1
    chosen = {host: min(found, key=lambda kind: (kind == "dcat", -found[kind], getattr(adapter(kind), "ORDER", 50)))
              for host, found in kinds.items() if len(found) > 1}
    unified = []
    for siren, target in pairs:
        kind = chosen.get(target.host) if target.kind not in (DATAGOUV, NO_PLATFORM) else None
        if kind and kind != target.kind:
            target = replace(target, kind=kind, filter=adapter(kind).read_filter(target.url,
                                                                                  settings_of(target.config, kind)))
        unified.append((siren, target))
    return unified


def plan_hosts(pairs: List[Pair], identities: Dict[str, Identity], context: Optional[List[Pair]] = None
               ) -> Tuple[List[Pair], Dict[str, HostWork], List[Decided]]:
    """Split the pairs to harvest: counted at once, waiting for their host's survey, or decided already.

    `context` is every pair of the registry (kinds already made one per host): who shares a host and with
    which filters does not depend on the actors chosen this time (`--actors`, `--resume`, `--only-stale`).
    """
    if context is None:
        pairs = context = one_kind_per_host(pairs)
    todo = {(siren, target.kind) for siren, target in pairs}
    ready: List[Pair] = []
    decided: List[Decided] = []
    hosts: Dict[str, HostWork] = {}
    by_host: Dict[str, List[Pair]] = defaultdict(list)
    for siren, target in context:
        if target.kind in (DATAGOUV, NO_PLATFORM) or not target.host:
            if (siren, target.kind) in todo:
                ready.append((siren, target))
            continue
        work = hosts.setdefault(target.host, HostWork(target.host, target.kind, target))
        work.sirens.add(siren)
        by_host[target.host].append((siren, target))
    for host, host_pairs in by_host.items():
        work = hosts[host]
        if not work.shared:
            siren, target = host_pairs[0]
            if target.filter is not None:
                work.filters[siren] = target.filter
                work.deferred = not whole_catalogue(target.kind)
            if (siren, target.kind) in todo:
                (work.waiting if target.filter is not None and whole_catalogue(target.kind) else ready).append(
                    (siren, target))
            continue
        # Rule 4 for filters read from URLs.
        same: Dict[tuple, List[Pair]] = defaultdict(list)
        for siren, target in host_pairs:
            if target.filter is None:
                if (siren, target.kind) in todo:
                    work.lookups.append((siren, target))
            else:
                same[_key(target.filter)].append((siren, target))
        kept: List[Pair] = []
        for group in same.values():
            sirens = sorted({siren for siren, _ in group})
            if len(sirens) == 1:
                kept += group
                continue
            owner = _owner(group[0][1].filter.values, sirens, identities)
            for siren, target in group:
                if siren == owner:
                    kept.append((siren, target))
                elif (siren, target.kind) in todo:
                    decided.append(Decided(siren, target, SHARED_UNATTRIBUTED, tr(
                        "{n} actors of {host} share the filter {filter}").format(
                        n=len(sirens), host=host, filter=target.filter.label())))
        work.filters.update({siren: target.filter for siren, target in kept})
        others = list(work.filters.values())
        for siren, target in kept:
            target = replace(target, filter=with_excludes(target.filter, others))
            work.filters[siren] = target.filter
            if (siren, target.kind) in todo:
                (work.waiting if whole_catalogue(target.kind) else ready).append((siren, target))
    # Hosts none of whose pairs are asked this time need no survey.
    asked = {target.host for _siren, target in ready + [(d.siren, d.target) for d in decided]}
    asked |= {host for host, work in hosts.items() if work.waiting or work.lookups}
    return ready, {host: work for host, work in hosts.items() if host in asked and (work.shared or work.filters)
                   }, decided


def resolve_host(work: HostWork, survey: Optional[Survey], error: Optional[PortalError],
                 identities: Dict[str, Identity]) -> Tuple[List[Pair], List[Decided]]:
    """Rule 3 once the portal's publishers are known; the waiting pairs get the survey to count from."""
    ready: List[Pair] = []
    decided: List[Decided] = []
    for siren, target in work.waiting:
        ready.append((siren, replace(target, survey=survey) if survey is not None else target))
    if error is not None or survey is None:
        for siren, target in work.lookups:
            decided.append(Decided(siren, target, getattr(error, "reason", "portal_error"),
                                   error.message if error is not None else ""))
        return ready, decided
    claimed: Dict[str, List[Pair]] = defaultdict(list)
    taken = {normalise(value): siren for siren, chosen in work.filters.items() for value in chosen.values}
    for siren, target in work.lookups:
        identity = identities[siren]
        hits = sorted({p.value for p in survey.publishers or ()
                       if identity.named_by(p.label) or identity.named_by(p.value)})
        if len(hits) != 1:
            shown = ", ".join(hits[:3]) + (" …" if len(hits) > 3 else "")
            decided.append(Decided(siren, target, SHARED_UNATTRIBUTED, tr(
                "{host} is shared and its URL names no publisher; {n} of the portal's publishers match its name"
                "{names}").format(host=work.host, n=len(hits), names=f" ({shown})" if hits else "")))
        elif normalise(hits[0]) in taken:
            decided.append(Decided(siren, target, SHARED_UNATTRIBUTED, tr(
                "{value} is already the filter of actor {siren}").format(value=hits[0],
                                                                        siren=taken[normalise(hits[0])])))
        else:
            claimed[hits[0]].append((siren, target))
    found = []
    for value, group in claimed.items():
        if len(group) > 1:
            decided += [Decided(siren, target, SHARED_UNATTRIBUTED, tr(
                "{n} actors of {host} match the publisher {value}").format(n=len(group), host=work.host, value=value))
                for siren, target in group]
        else:
            siren, target = group[0]
            chosen = Filter(survey.facet, (value,), survey.param, by_name=True)
            work.filters[siren] = chosen
            found.append((siren, target))
    others = list(work.filters.values())
    for siren, target in found:
        chosen = with_excludes(work.filters[siren], others)
        work.filters[siren] = chosen
        ready.append((siren, replace(target, filter=chosen, survey=survey if whole_catalogue(target.kind) else None)))
    return ready, decided
