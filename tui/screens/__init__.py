"""Modal screens: help with example questions, and the export dialog."""
