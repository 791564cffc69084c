"""Facts about French territories the maps need: overseas regions and their official projections."""

METROPOLE_CRS = "EPSG:2154"  # RGF93 / Lambert-93

# Region code -> (name, official projected CRS); codes from the INSEE COG.
DROM = {
    "01": ("Guadeloupe", "EPSG:5490"),  # RGAF09 / UTM 20N
    "02": ("Martinique", "EPSG:5490"),
    "03": ("Guyane", "EPSG:2972"),  # RGFG95 / UTM 22N
    "04": ("La Réunion", "EPSG:2975"),  # RGR92 / UTM 40S
    "06": ("Mayotte", "EPSG:4471"),  # RGM04 / UTM 38S
}

DROM_DEPARTEMENTS = {"971": "01", "972": "02", "973": "03", "974": "04", "976": "06"}


def crs_for_region(region: str) -> str:
    return DROM[region][1] if region in DROM else METROPOLE_CRS


def crs_for_departement(departement: str) -> str:
    return crs_for_region(DROM_DEPARTEMENTS.get(departement, ""))


def is_overseas_region(region: str) -> bool:
    return region in DROM
