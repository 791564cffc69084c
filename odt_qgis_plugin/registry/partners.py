"""Where a partner (syndicate, agency, SEM, régie, tourist office...) is, and which actors are overseas (COM).

A partner is never turned into a commune or an EPCI by its name; it is only *located* in a département
or a région so that the maps and the per-région tables count it there. Rules, first that applies:
- registry: the registry's own département or région column (the observatory's full layout);
- SIREN: local public bodies' SIRENs (21 to 26) carry their département (Corsica: the région);
- name: a département number beside the acronym ("SDIS 44"), or the full name of one département or one
  région ("Loire-Atlantique Tourisme", "Atmo Hauts-de-France"); a river after "val de", "bassin de"
  names no département, "Grand Paris" is not Paris;
- platform: the collectivities publishing on the same platform all lie in one département, or one région.
Overseas collectivities (COM, Nouvelle-Calédonie) are outside the maps and the reference's communes: an
actor is overseas when its platform is under their internet domain (.nc, .pf...), or its name names one of
them or one of their communes.
"""
import re
from typing import Dict, List, Optional, Tuple

from ..common.i18n import tr
from .names import ARTICLES, contains_phrase, name_key
from .siren import CORSICA, siren_departements

# Internet country codes of the overseas collectivities -> their code in the reference.
COM_DOMAINS = {"nc": "988", "pf": "987", "pm": "975", "wf": "986", "bl": "977", "mf": "978"}
NATIONAL_HOSTS = ("data.gouv.fr",)
# Words before a département's name that make it something else: a valley, a basin, a metropolis.
NOT_THE_DEPARTEMENT = {"val", "vallee", "bassin", "versant", "grand", "estuaire"}
NUMBER = re.compile(r"(?<![a-z0-9])(\d{2,3}|2a|2b)(?![a-z0-9])")
MIN_COMMUNE_NAME = 5


def _place_name(name: str) -> str:
    key = name_key(name)
    for article in ("la ", "le ", "les ", "l "):
        if key.startswith(article):
            return key[len(article):]
    return key


def overseas(row, index) -> Optional[Tuple[str, str]]:
    """(COM code, how) when the actor belongs to an overseas collectivity, else None."""
    if not index.overseas:
        return None
    domain = (row.host or "").rsplit(".", 1)[-1]
    if COM_DOMAINS.get(domain) in index.overseas:
        return COM_DOMAINS[domain], tr("its platform {host} is under .{domain}").format(host=row.host, domain=domain)
    key = name_key(row.name)
    for code, name in sorted(index.overseas.items()):
        folded = _place_name(name)
        if not index.is_commune_name(folded) and contains_phrase(key, folded):
            return code, tr("its name names {name}").format(name=name)
    for folded, (code, com) in sorted(index.overseas_communes.items()):
        if len(folded.replace(" ", "")) >= MIN_COMMUNE_NAME and contains_phrase(key, folded):
            return com, tr("its name names the commune {code} of {name}").format(
                code=code, name=index.overseas.get(com, com))
    return None


def locate(row, index, platforms: Optional[Dict[str, List]] = None) -> Optional[Tuple[object, str, str]]:
    """(territory, rule, how) placing a partner, or None. Rules: registry, siren, name, platform."""
    found = _registry(row, index)
    if found is not None:
        return found, "registry", ""
    for rule in (_by_siren, _by_name, _by_platform):
        found = rule(row, index, platforms or {})
        if found is not None:
            return found[0], rule.__name__[4:], found[1]
    return None


def _registry(row, index):
    departement = getattr(row, "departement", "")
    if departement:
        found = index.by_code.get(("departement", departement))
        if found is not None and found.departements == (departement,):
            return found
        place = index.place(departement=departement)
        if place is not None:
            return place
    region = getattr(row, "region", "")
    if region:
        return index.by_code.get(("region", region))
    return None


def _by_siren(row, index, _platforms):
    departements = siren_departements(row.siren)
    if departements == CORSICA:
        place = index.place(region=index.dep_region.get("2A", ""))
    elif len(departements) == 1:
        place = index.place(departement=departements[0])
    else:
        place = None
    if place is None:
        return None
    return place, tr("located in {name} by its SIREN (numbered in département {code})").format(
        name=place.name, code="/".join(departements))


def _by_name(row, index, _platforms):
    key = name_key(row.name)
    numbers = {code.upper() for code in NUMBER.findall(key)} & set(index.dep_region)
    if len(numbers) == 1:
        place = index.place(departement=numbers.pop())
        return place, tr("located in {name} by the département number in its name").format(name=place.name)
    phrases = [(_place_name(name), "departement", code) for code, name in index.dep_names.items()]
    phrases += [(_place_name(name), "region", code) for code, name in index.region_names.items()]
    found, text = [], f" {key} "
    for phrase, level, code in sorted(phrases, key=lambda item: -len(item[0])):
        position = text.find(f" {phrase} ")
        if not phrase or position < 0:
            continue
        before = [word for word in text[:position].split() if word not in ARTICLES][-2:]
        if set(before) & NOT_THE_DEPARTEMENT:
            continue
        found.append((level, code))
        text = text.replace(f" {phrase} ", " # ")
    departements = {code for level, code in found if level == "departement"}
    regions = {code for level, code in found if level == "region"} | {index.dep_region[d] for d in departements}
    if len(departements) == 1:
        place = index.place(departement=departements.pop())
    elif len(regions) == 1:
        place = index.place(region=regions.pop())
    else:
        return None
    return place, tr("located in {name} by its name").format(name=place.name)


def _by_platform(row, index, platforms):
    territories = platforms.get(row.host or "") if row.host not in NATIONAL_HOSTS else None
    if not territories:
        return None
    departements = {dep for territory in territories for dep in territory.departements}
    regions = {territory.region for territory in territories if territory.region}
    if len(departements) == 1:
        place = index.place(departement=departements.pop())
    elif len(regions) == 1:
        place = index.place(region=regions.pop())
    else:
        return None
    if place is None:
        return None
    return place, tr("located in {name} by its platform {host}, shared with {n} collectivities there").format(
        name=place.name, host=row.host, n=len(territories))


def platform_places(resolved) -> Dict[str, List]:
    """{host: territories of the collectivities publishing there} from (host, Resolution) pairs."""
    places: Dict[str, List] = {}
    for host, resolution in resolved:
        territory = resolution.territory
        if host and host not in NATIONAL_HOSTS and territory is not None and resolution.category == territory.level:
            places.setdefault(host, []).append(territory)
    return places
