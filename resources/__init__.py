"""Files the application ships: translations, icon, desktop entry."""
