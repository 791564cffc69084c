"""Council layouts: request, texts, chart, templates, atlas and export."""
