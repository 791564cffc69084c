"""Map classes, styles, the store's layers in the project, quick renders, refresh after a change."""
