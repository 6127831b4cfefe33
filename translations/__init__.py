"""Gettext catalogs for the user interface and the questionnaires, one folder per language."""
