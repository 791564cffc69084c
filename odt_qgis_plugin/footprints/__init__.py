"""Mutualised platforms and their footprints."""
