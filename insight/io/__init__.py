"""Input/output: importers, workspace storage and the built-in demo data."""
