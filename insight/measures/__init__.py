"""Measures (Maßnahmen) per segment from a catalogue that is data: see table.measures and docs/measures.md."""

from insight.measures.catalogue import Catalogue, Measure, load_catalogue
from insight.measures.table import METHODS, MeasuresResult, customer_list, measures, pseudonymised

__all__ = ["METHODS", "Catalogue", "Measure", "MeasuresResult", "customer_list", "load_catalogue", "measures", "pseudonymised"]
