"""What each territory publishes: dataset records, openness, the common local-data schemas (SCDL), measures."""
