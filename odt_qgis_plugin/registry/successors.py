"""The current collectivity an old SIREN stands for today, by rules an officer can check by hand.

Registries keep SIRENs that INSEE has since replaced: communes merged into communes nouvelles, the
Bas-Rhin and Haut-Rhin become the Collectivité européenne d'Alsace, the Corsican collectivities merged,
EPCI merged or renumbered. Each rule below gives a successor only when exactly one current collectivity
remains, of the same type, in the département the old SIREN was numbered in (an EPCI may also have its
successor in a touching département when the names are the same); otherwise the actor stays unresolved,
with the reason, for the user to decide (map-actor). Rules, as named in the actors' `reason`:

- old-commune: 21 + département + 0 + commune number + key gives the INSEE code the commune had when it
  got its SIREN; when the reference's name for that code is the actor's name, follow it to the current
  commune: itself (Saint-Germain-en-Laye keeps 78551 under a new SIREN), the chef-lieu of a commune
  déléguée or associée (Chéméré 44040 -> Chaumes-en-Retz 44005), or the holder of a former code.
- old-commune-name: the number has changed since (renumbered communes), but exactly one commune,
  commune déléguée or associée of the SIREN's département bears the actor's name.
- old-departement: 22 + département: the collectivity that holds that département's powers today
  (Bas-Rhin -> Collectivité européenne d'Alsace; Corse-du-Sud -> Collectivité de Corse).
- old-region: 23 + département of the chef-lieu: the région-level collectivity covering that département
  now (the former Collectivité territoriale de Corse -> Collectivité de Corse; Auvergne -> Auvergne-Rhône-Alpes).
- old-epci-name: 24 + département: the one current EPCI of that département whose name, without type words
  (CA, CC, CU, communauté, agglomération, métropole) nor articles nor accents, is the actor's.
- old-epci-commune: else the one current EPCI holding the communes the name names, in that département,
  by name or adjective ("CA de Laval", "CA Havraise" -> Le Havre, "CC Pays de Chevagnes" -> Chevagnes).
- old-epci-name-nearby: else the one current EPCI with that same name in a touching département.
- epci-name: a SIREN without département (200...) named like an EPCI: the one current EPCI in France
  with that name.
"""
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from ..common.i18n import tr
from .names import core, name_key, names_commune
from .siren import (
    COMMUNE_PREFIX,
    DEPARTEMENT_PREFIX,
    GROUPEMENT_PREFIX,
    REGION_PREFIX,
    commune_codes,
    siren_departements,
)

COMMUNE_WORDS = ("commune de", "commune d", "ville de", "ville d", "mairie de", "mairie d", "commune", "ville",
                 "mairie")
TYPE_NAMES = {"commune-actuelle": "", "commune-deleguee": "commune déléguée", "commune-associee": "commune associée"}


@dataclass
class Found:
    """A successor (territory) with the rule that gave it, or no territory and why not (explanation)."""

    territory: Optional[object]
    explanation: str = ""
    rule: str = ""


def find(siren: str, name: str, level: str, index) -> Optional[Found]:
    """The successor of an actor whose SIREN no current collectivity has, or None when no rule applies."""
    prefix = siren[:2]
    if level == "commune" and prefix == COMMUNE_PREFIX:
        return old_commune(siren, name, index)
    if level == "departement" and prefix == DEPARTEMENT_PREFIX:
        return old_departement(siren, index)
    if level == "region" and prefix == REGION_PREFIX:
        return old_region(siren, index)
    if level == "epci" and prefix in (GROUPEMENT_PREFIX, "20"):
        return old_epci(siren, name, index)
    return None


def _found(rule: str, siren: str, territory, how: str) -> Found:
    return Found(territory, tr("successor ({rule}): {how}; current SIREN {current}").format(
        rule=rule, how=how, current=territory.siren or territory.code), rule)


def _compact(name: str) -> str:
    key = name_key(name)
    for words in COMMUNE_WORDS:
        if key.startswith(words + " "):
            key = key[len(words) + 1:]
            break
    return key.replace(" ", "")


def old_commune(siren: str, name: str, index) -> Optional[Found]:
    wanted = _compact(name)
    for code in commune_codes(siren):
        for entry in index.codes.get(code, ()):
            current = index.commune(entry.current)
            if current is None or not entry.name or _compact(entry.name) != wanted:
                continue
            if entry.code == current.code:
                how = tr("SIREN {siren} was that of {name} ({code}), which keeps its INSEE code").format(
                    siren=siren, name=entry.name, code=entry.code)
            else:
                how = tr("SIREN {siren} was that of {name} ({code}), now {kind} of {current} ({current_code})").format(
                    siren=siren, name=entry.name, code=entry.code, kind=TYPE_NAMES.get(entry.type) or tr("part"),
                    current=current.name, current_code=current.code)
            return _found("old-commune", siren, current, how)
    departements = siren_departements(siren)
    matches: Dict[str, list] = {}
    for departement in departements:
        for entry in index.dep_codes.get(departement, ()):
            if _compact(entry.name) == wanted and index.commune(entry.current) is not None:
                matches.setdefault(entry.current, []).append(entry)
    if len(matches) == 1:
        (current_code, entries), = matches.items()
        current, entry = index.commune(current_code), entries[0]
        how = tr("the commune {name} ({code}) of département {departement} bears its name, now {current} "
                 "({current_code})").format(name=entry.name, code=entry.code, departement="/".join(departements),
                                            current=current.name, current_code=current.code)
        return _found("old-commune-name", siren, current, how)
    if len(matches) > 1:
        return Found(None, tr("several communes of département {departement} bear the name {name}: {codes}; "
                              "choose with map-actor").format(departement="/".join(departements), name=name,
                                                              codes=", ".join(sorted(matches))))
    return None


def old_departement(siren: str, index) -> Optional[Found]:
    departements = siren_departements(siren)
    if not departements:
        return None
    holders = {territory.code: territory for territory in (index.governing(dep) for dep in departements)
               if territory is not None}
    names = tr(" or ").join(index.dep_names.get(dep, dep) for dep in departements)
    if len(holders) == 1:
        (territory,) = holders.values()
        how = tr("SIREN {siren} was that of the département {names}, whose powers {name} holds now").format(
            siren=siren, names=names, name=territory.name)
        return _found("old-departement", siren, territory, how)
    return Found(None, tr("SIREN {siren} was that of the département {names}, which no département- or "
                          "région-level collectivity governs alone today; choose with map-actor").format(
        siren=siren, names=names))


def old_region(siren: str, index) -> Optional[Found]:
    departements = siren_departements(siren)
    holders = {territory.code: territory for territory in (index.region_collectivity(dep) for dep in departements)
               if territory is not None}
    if len(holders) != 1:
        return None
    (territory,) = holders.values()
    names = tr(" or ").join(index.dep_names.get(dep, dep) for dep in departements)
    how = tr("SIREN {siren} was that of a former région whose chef-lieu was in {names}, now covered by {name}"
             ).format(siren=siren, names=names, name=territory.name)
    return _found("old-region", siren, territory, how)


@lru_cache(maxsize=4096)
def _core(name: str) -> str:
    return core(name)


def _epci_of(index, codes) -> List:
    return [index.by_code[("epci", code)] for code in sorted(codes) if ("epci", code) in index.by_code]


def _in(index, territories, departements) -> List:
    wanted = set(departements)
    return [t for t in territories if set(index.epci_departements.get(t.code) or t.departements) & wanted]


def _ambiguous(candidates, where: str) -> Found:
    return Found(None, tr("{n} current EPCI could be its successor {where}: {names}; choose with map-actor").format(
        n=len(candidates), where=where, names="; ".join(f"{t.name} ({t.code})" for t in candidates[:5])))


def old_epci(siren: str, name: str, index) -> Optional[Found]:
    key = _core(name)
    if not key:
        return None
    epcis = index.territories("epci")
    departements = siren_departements(siren) if siren.startswith(GROUPEMENT_PREFIX) else ()
    if not departements:
        same = [t for t in epcis if _core(t.name) == key]
        if len(same) == 1:
            how = tr("SIREN {siren} gives no département; its name is that of exactly one current EPCI, {name}"
                     ).format(siren=siren, name=same[0].name)
            return _found("epci-name", siren, same[0], how)
        return _ambiguous(same, tr("named so")) if same else None
    where = "/".join(departements)
    home = _in(index, epcis, departements)
    same = [t for t in home if _core(t.name) == key]
    if len(same) == 1:
        how = tr("EPCI SIREN of département {departement}; the current EPCI named so there is {name}").format(
            departement=where, name=same[0].name)
        return _found("old-epci-name", siren, same[0], how)
    if same:
        return _ambiguous(same, tr("named so in département {departement}").format(departement=where))
    named = _named_communes(name, departements, index)
    if len(named) == 1:
        (epci_code, (entry, kind)), = named.items()
        territory = index.by_code[("epci", epci_code)]
        how = tr("EPCI SIREN of département {departement}; its name names {commune} ({code}){adjective}, "
                 "a member of {name}").format(
            departement=where, commune=entry.name, code=entry.code, name=territory.name,
            adjective=tr(" by its adjective") if kind == "adjective" else "")
        return _found("old-epci-commune", siren, territory, how)
    if named:
        return _ambiguous(_epci_of(index, named), tr("holding the communes its name names"))
    nearby = set().union(*(index.neighbours.get(dep, set()) for dep in departements)) - set(departements)
    same = [t for t in _in(index, epcis, nearby) if _core(t.name) == key and t not in home]
    if len(same) == 1:
        how = tr("EPCI SIREN of département {departement}; none there is named so, but {name} is, in the touching "
                 "département {other}").format(departement=where, name=same[0].name, other=same[0].departements[0])
        return _found("old-epci-name-nearby", siren, same[0], how)
    return None


def _named_communes(name: str, departements, index) -> Dict[str, Tuple[object, str]]:
    """{current EPCI code: (reference entry, "name" or "adjective")} for the communes the name names."""
    key = name_key(name)
    found: Dict[str, Tuple[object, str]] = {}
    for departement in departements:
        for entry in index.dep_codes.get(departement, ()):
            kind = names_commune(key, name_key(entry.name))
            epci = index.commune_epci.get(entry.current) if kind else None
            if epci and (epci not in found or found[epci][1] == "adjective"):
                found[epci] = (entry, kind)
    return found
