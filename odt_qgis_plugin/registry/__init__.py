"""The registry of actors: SIREN, CSV reading, identification, engagement, search."""
