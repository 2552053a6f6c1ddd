"""The training settings panel: data set (with thumbnails and CSV import) and training
settings. ``SettingsPanel(document, undo_stack)`` is a QWidget for a QDockWidget; every
change is a command on ``undo_stack``, and the panel redraws from the document's signals.

    from gui.settings import SettingsPanel
"""

from gui.settings.panel import SettingsPanel

__all__ = ["SettingsPanel"]
