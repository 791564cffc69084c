"""What every capability shares: errors, translation, numbers, progress, settings, paths, territory levels."""
