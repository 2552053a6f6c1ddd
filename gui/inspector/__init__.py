"""The inspector dock: the selected neuron, layer, input or link, and the network's loss.

``Inspector(document, undo_stack)`` is a QWidget for a QDockWidget; the main window
connects the editor's selection to ``Inspector.show_selection``. Every change is a command
on ``undo_stack``; the panel redraws from the document's signals only.
"""

from gui.inspector.panel import Inspector

__all__ = ["Inspector"]
