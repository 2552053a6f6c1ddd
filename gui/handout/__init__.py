"""The printable handout: the open network as a PDF on A4 or US Letter pages.

- ``menu``: File > Export Handout (PDF)… (Ctrl+P), the page-size dialog, the file seam;
- ``content``: what goes in, section by section (``SECTIONS``: the hook for more);
- ``pages``: the layout on pages, the footer, writing the PDF atomically;
- ``pictures``: the network, the Map and the loss drawn as vectors from offscreen views;
- ``cli``: ``python main.py handout FILE --out PDF [--page a4|letter] [--epochs N]``.

Nothing Qt is imported here, so that ``main.py handout`` rejects bad arguments before it
loads Qt.
"""


def install(window):
    """Add the menu entry and its shortcut to ``window`` (see ``gui.handout.menu``)."""
    from gui.handout.menu import install as install_menu

    return install_menu(window)
