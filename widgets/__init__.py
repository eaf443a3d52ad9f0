"""ipywidgets components and the IPython extension over the insight core (``%load_ext widgets``).

Every component takes ``data`` (a Dataset, a polars DataFrame of order lines or a file path) or a
``workspace`` and renders what insight.api and the core's public modules compute; charts are static SVG
rendered offline by vl-convert, tables plain HTML, so nothing is fetched from the network.
"""

from widgets.ask import AskWidget
from widgets.cohorts import CohortHeatmap
from widgets.customer import CustomerCard
from widgets.dashboard import ValueDashboard
from widgets.extension import load_ipython_extension, unload_ipython_extension
from widgets.report import ReportButton
from widgets.satisfaction import SatisfactionMatrix
from widgets.segments import SegmentExplorer

__all__ = ["AskWidget", "SegmentExplorer", "ValueDashboard", "CustomerCard", "SatisfactionMatrix",
           "CohortHeatmap", "ReportButton", "load_ipython_extension", "unload_ipython_extension"]
