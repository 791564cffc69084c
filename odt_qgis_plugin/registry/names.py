"""Comparing the names of collectivities: folding, the words that do not tell two names apart, demonyms."""
import re
from typing import List, Optional, Sequence, Tuple

from ..common.folding import ascii_lower

# Words that say "this body is not a collectivity itself" (syndicates, agencies, EPT, SEM, régies...).
PARTNER_WORDS = {"sde", "sdis", "sdsi", "sdea", "sm", "smo", "smtc", "si", "sivom", "sivu", "syndicat", "syndicats",
                 "pnr", "petr", "pole", "gip", "agence", "ccas", "ept", "etp", "atd", "office", "parc", "sem",
                 "semop", "spl", "regie", "tourisme", "mobilites", "transports", "transport", "numerique",
                 "economie", "energies", "energie", "competences", "developpement", "association", "comite"}
LEVEL_WORDS = {
    "epci": {"cc", "ca", "cu", "communaute", "agglomeration", "agglo", "metropole"},
    "commune": {"commune", "ville", "mairie"},
    "departement": {"departement", "departemental"},
    "region": {"region", "regional"},
}
ARTICLES = {"de", "du", "des", "la", "le", "les", "d", "l", "et", "en", "sur", "sous", "aux", "au"}
# Words too common in reference names to help tell two of them apart.
STOP_WORDS = ARTICLES | set().union(*LEVEL_WORDS.values()) | {
    "communes", "collectivite", "conseil", "territoriale", "europeenne", "pays", "communautaire", "urbaine"}
ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}
# Feminine and masculine endings of the adjectives made from a town's name ("havraise" <- "Le Havre").
DEMONYM_ENDINGS = ("aises", "aise", "ais", "oises", "oise", "ois", "iennes", "ienne", "iens", "ien", "ines", "ine",
                   "ins", "in", "aines", "aine", "ains", "ain", "enne", "ens", "en", "ane", "ans", "an")


def name_key(name: str) -> str:
    """Lower case, no accents, words separated by one space ("Saint-Germain-en-Laye" -> "saint germain en laye")."""
    return " ".join(ABBREVIATIONS.get(word, word) for word in re.split(r"[^a-z0-9]+", ascii_lower(name or "")) if word)


def words(name: str) -> List[str]:
    return name_key(name).split()


def significant(key: str) -> str:
    """A folded name without the words shared by many reference names ("ca du grand angouleme" -> "angouleme")."""
    return " ".join(word for word in key.split() if word not in STOP_WORDS) or key


def core(name: str) -> str:
    """The part of a name two spellings of one collectivity share: folded, without type words nor articles.

    "CA DE LAVAL" and "CA Laval Agglomération" give "laval"; "GRAND ANGOULEME" and "CA du Grand Angoulême"
    give "grand angouleme" ("grand" is kept here: "Grand Chambéry" is not "Chambéry").
    """
    dropped = ARTICLES | set().union(*LEVEL_WORDS.values()) | {"communes", "collectivite", "communautaire",
                                                               "urbaine"}
    kept = [word for word in name_key(name).split() if word not in dropped]
    return " ".join(kept)


def is_partner_name(name: str) -> bool:
    return bool(set(words(name)) & PARTNER_WORDS)


def level_words(name: str) -> set:
    """The levels whose type words the name uses ({"epci"} for "CA HAVRAISE")."""
    found = set(words(name))
    return {level for level, names in LEVEL_WORDS.items() if found & names}


def contains_phrase(key: str, phrase: str) -> bool:
    """Whether the folded `phrase` appears in the folded `key` as whole consecutive words."""
    return bool(phrase) and f" {phrase} " in f" {key} "


def stem(word: str) -> str:
    """A town name without its final mute letters, to compare with a demonym's stem ("havre" -> "havr")."""
    for ending in ("es", "e", "s", "x"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def demonym_stems(word: str) -> Tuple[str, ...]:
    """The stems a word could be the adjective of ("havraise" -> "havr"); empty for short words."""
    return tuple(word[: -len(ending)] for ending in DEMONYM_ENDINGS
                 if word.endswith(ending) and len(word) - len(ending) >= 4)


def names_commune(key: str, commune_key: str) -> Optional[str]:
    """How a folded actor name names a commune: "name" (its words appear), "adjective" or None.

    Short names (under 4 letters: Eu, By, Y) never count, they would match by accident.
    """
    commune_words = [word for word in commune_key.split() if word not in ARTICLES]
    if not commune_words or len("".join(commune_words)) < 4:
        return None
    if contains_phrase(key, commune_key) or contains_phrase(key, " ".join(commune_words)):
        return "name"
    if len(commune_words) == 1:
        target = stem(commune_words[0])
        if any(target in demonym_stems(word) for word in key.split()):
            return "adjective"
    return None


def territory_names(key: str, names: Sequence[Tuple[str, str]]) -> List[str]:
    """The codes of the territories whose full folded name appears in `key`, longest names first, no overlap.

    `names` is (code, folded name). "auvergne rhone alpes tourisme" names the région, not the Rhône; a
    river name after "val de" or "bassin de" ("SMO Val de Loire numérique") names no département.
    """
    found, taken = [], key
    for code, name in sorted(names, key=lambda item: -len(item[1])):
        if not name or not contains_phrase(taken, name):
            continue
        if any(contains_phrase(taken, f"{prefix} {name}") for prefix in
               ("val de", "val d", "vallee de", "vallee du", "bassin de", "bassin du", "bassin versant de")):
            continue
        found.append(code)
        taken = f" {taken} ".replace(f" {name} ", " # ").strip()
    return found
