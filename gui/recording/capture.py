"""Which views can be recorded, and one frame of a view as an RGB array.

A view is found anew for every frame (``view_widget``): the projection's stage is rebuilt
when a lesson or the window size changes. ``grab`` draws the widget (its children
included) into an image of the video's size: at its own size when that fits, scaled to
fit and centred on the window colour otherwise. Drawing through a scaled painter keeps
text and lines sharp; only pictures the views cache (the editor's links, the plots' axes)
are scaled as pictures.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QSize
from PySide6.QtGui import QImage, QPainter, QPalette, QRegion
from PySide6.QtWidgets import QWidget

from gui.i18n import translate

DOCKS = {"map": "surfaceDock", "loss": "lossDock"}     # views that live in a dock
CROP_SLACK = 4       # a view up to this many pixels larger than the video is cropped, not
                     # scaled (an odd side made even for MP4 would otherwise blur it all)


def view_label(name: str) -> str:
    """View ``name`` as the dialog and the messages call it."""
    return {"window": translate("RecordViews", "Whole window"),
            "stage": translate("RecordViews", "Stage (projection mode)"),
            "map": translate("RecordViews", "Map"),
            "loss": translate("RecordViews", "Loss plot"),
            "network": translate("RecordViews", "Network")}[name]


def stage_widget(window) -> QWidget | None:
    """The stage on show: projection mode's, or the presenter view's audience stage."""
    for host in (getattr(window, "projection", None), getattr(window, "presenter", None)):
        if host is not None and host.active and host.stage is not None:
            return host.stage
    return None


def view_widget(window, name: str) -> QWidget | None:
    """The widget showing view ``name`` of ``window`` now (None: the stage when there is
    none)."""
    if name == "window":
        return window
    if name == "stage":
        return stage_widget(window)
    if name == "map":
        return window.surface
    if name == "loss":
        return window.loss_plot
    if name == "network":
        return window.editor
    raise KeyError(name)


def bring_view(window, name: str) -> QWidget | None:
    """Show view ``name`` (its dock in front, or on the stage) and return its widget."""
    if name in DOCKS:
        window.open_panel(DOCKS[name])
    return view_widget(window, name)


def view_problem(window, name: str) -> str | None:
    """Why view ``name`` cannot be recorded now (a sentence), or None."""
    widget = view_widget(window, name)
    if widget is None:
        return translate("RecordViews", "There is no stage: projection mode (F5) or the "
                         "presenter view shows one.")
    if not widget.isVisible():
        return translate("RecordViews", "The view \u201c{view}\u201d is not shown.").format(
            view=view_label(name))
    if widget.width() < 2 or widget.height() < 2:
        return translate("RecordViews", "The view \u201c{view}\u201d has no room on the "
                         "screen.").format(view=view_label(name))
    return None


def grab(widget: QWidget, size: tuple[int, int], hidden=()) -> np.ndarray:
    """``widget`` drawn into a (height, width, 3) uint8 RGB frame of ``size`` =
    (width, height). ``hidden``: widgets inside it left out of the picture (the
    recording's own sign and Stop button), their place the window's colour."""
    width, height = size
    image = QImage(QSize(width, height), QImage.Format.Format_RGB32)
    # QWidget.palette, not widget.palette: the main window has a palette *widget*
    image.fill(QWidget.palette(widget).color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    try:
        ww, wh = max(1, widget.width()), max(1, widget.height())
        scale = min(width / ww, height / wh)
        if ww - CROP_SLACK <= width and wh - CROP_SLACK <= height and scale <= 1:
            scale = 1.0
        # whole pixels at scale 1: half a pixel of offset would blur every line
        dx, dy = (width - ww * scale) / 2, (height - wh * scale) / 2
        if scale == 1.0:
            dx, dy = int(dx), int(dy)
        painter.translate(dx, dy)
        painter.scale(scale, scale)
        flags = QWidget.RenderFlag.DrawChildren | QWidget.RenderFlag.DrawWindowBackground
        inside = [h for h in hidden if h is not None and h.isVisible() and
                  widget.isAncestorOf(h)]
        # QWidget's render: a QGraphicsView (the network view) has another of that name
        QWidget.render(widget, painter, QPoint(), _region(widget, inside), flags)
        for h in inside:        # where it was: its parent's own background (a toolbar's)
            parent = h.parentWidget()
            painter.save()
            painter.translate(QPointF(parent.mapTo(widget, QPoint(0, 0))))
            # the region's corner lands at the offset given
            QWidget.render(parent, painter, h.pos(), QRegion(h.geometry()),
                           QWidget.RenderFlag.DrawWindowBackground)
            painter.restore()
    finally:
        painter.end()
    return rgb_array(image)


def _region(widget: QWidget, inside: list) -> QRegion:
    """What to draw of ``widget``: all of it (an empty region) but the ``inside`` widgets."""
    if not inside:
        return QRegion()
    region = QRegion(widget.rect())
    for h in inside:
        region -= QRegion(h.rect().translated(h.mapTo(widget, QPoint(0, 0))))
    return region


def rgb_array(image: QImage) -> np.ndarray:
    """A Format_RGB32 image as a (height, width, 3) uint8 RGB array (a copy). RGB32 is
    0xffRRGGBB per pixel: B, G, R, 255 in memory on little-endian machines."""
    h, w = image.height(), image.width()
    words = np.frombuffer(image.constBits(), np.uint32, count=h * image.bytesPerLine() // 4)
    words = words.reshape(h, image.bytesPerLine() // 4)[:, :w]
    rgb = np.empty((h, w, 3), np.uint8)
    rgb[..., 0] = words >> 16
    rgb[..., 1] = words >> 8
    rgb[..., 2] = words
    return rgb
