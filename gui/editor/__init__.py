"""The network editor: a QGraphicsView of inputs, layers, neurons and links, edited by
drag and drop, context menus and inline value editing; plus the activation palette.

    from gui.editor import NetworkEditor, PaletteWidget
"""

from gui.editor.mime import MIME_ACTIVATION, MIME_NEURON, activation_mime, neuron_mime
from gui.editor.nodes import NeuronItem
from gui.editor.palette import PaletteWidget
from gui.editor.view import NetworkEditor

__all__ = ["MIME_ACTIVATION", "MIME_NEURON", "NetworkEditor", "NeuronItem", "PaletteWidget",
           "activation_mime", "neuron_mime"]
