"""The observatory's indicator tables, key figures and comparisons."""
