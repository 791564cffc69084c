"""What each territory publishes: dataset records, their openness, the common local-data schemas (SCDL) and the measures."""
