"""pyqtgraph views: loss curves, activation close-up, decision surface, neuron maps.

Every widget creates its plot items once and feeds them (DESIGN rule 6); colours come from
``gui.plots.colormap``, the single source of the diverging orange-blue map.
"""
