"""ipywidgets components and the IPython extension over the insight core."""
