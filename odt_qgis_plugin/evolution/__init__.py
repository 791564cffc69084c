"""Over time: dated editions of the registry, the evolution of a territory across editions and harvest runs,
the collectivities that joined and left, alerts after a harvest, and the report's reference series."""
