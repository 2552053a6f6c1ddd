"""The handout's pictures: the network, the Map and the loss curves, drawn as vectors.

``PrintViews(doc, path)`` builds its own editor, Map and loss plot, offscreen, on a copy of
the document: the handout shows the network's output on the Map whatever neuron the person
points at or selected, no selection ring or highlight, and the same pictures from the app
and from the command line. The widgets get a size near the one they are printed at (see
``SIZES``), so their text comes out at about 9-10 pt on paper.

A ``Picture`` draws itself into any painter and rectangle, keeping its aspect ratio. The
editor's scene and the pyqtgraph plots are painted straight into the PDF writer's painter:
the same vectors an SVG export holds (``gui.editor.export``, ``gui.plots.export``) without
writing and parsing an SVG in between. Items that cache their picture as a pixmap are
switched to no caching while painting (``drawn_afresh``; DESIGN.md's trap about
DeviceCoordinateCache), and plots are put in pyqtgraph's export mode, which draws scatter
symbols as shapes at the printed scale.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph.exporters as exporters
from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from core import netfile
from gui.diagnostics import canvas_flags
from gui.diagnostics.badges import Badges
from gui.document import NetworkDocument
from gui.editor import NetworkEditor
from gui.i18n import translate
from gui.live_views import LiveViews
from gui.plots.activation_plot import ActivationPlot
from gui.plots.export import drawn_afresh
from gui.plots.loss_plot import LossPlot
from gui.surface_panel import SurfacePanel

# logical pixels of each offscreen view: about 4/3 of its printed size at 96 dpi, so
# 12-point plot text prints at about 9 points
SIZES = {"network": (1000, 520), "map": (470, 440), "loss": (470, 400)}
SCENE_MARGIN = 16.0


class Picture:
    """One picture: ``draw(painter, rect)`` paints it centred in ``rect``, aspect kept.
    ``caption`` is printed with it; ``aspect`` is width / height."""

    def __init__(self, caption: str, source: QRectF, paint):
        self.caption = caption
        self.source = QRectF(source)
        self._paint = paint           # (painter, target QRectF, source QRectF) -> None

    @property
    def aspect(self) -> float:
        return self.source.width() / max(self.source.height(), 1e-9)

    def fitted(self, rect: QRectF) -> QRectF:
        """The part of ``rect`` the picture fills: its aspect ratio, centred."""
        width = min(rect.width(), rect.height() * self.aspect)
        height = width / self.aspect
        return QRectF(rect.center().x() - width / 2, rect.top(), width, height)

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        target = self.fitted(rect)
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setClipRect(target)
            self._paint(painter, target, self.source)
        finally:
            painter.restore()


class _PlotPainter(exporters.Exporter):
    """A pyqtgraph plot painted into someone else's painter, in export mode (as
    ``gui.plots.export``'s exporters do for their files)."""

    def __init__(self, item):
        super().__init__(item)

    def source(self) -> QRectF:
        return QRectF(self.getSourceRect())

    def paint(self, painter: QPainter, target: QRectF, source: QRectF) -> None:
        scale = target.width() / max(source.width(), 1e-9)
        self.setExportMode(True, {"antialias": True, "background": None,
                                  "painter": painter, "resolutionScale": scale})
        try:
            with drawn_afresh(self.getScene()):
                self.getScene().render(painter, target, source)
        finally:
            self.setExportMode(False)

    def export(self, fileName=None, toBytes=False, copy=False):   # pyqtgraph's API
        raise NotImplementedError("a _PlotPainter only paints into a given painter")


class _Idle(QObject):
    """The training controller LiveViews listens to: a handout never trains."""

    runningChanged = Signal(bool)


class PrintViews:
    """Offscreen views of a copy of ``doc`` (a ``netfile.Document``; ``path`` is where it
    lives, for CSV data named relative to it). ``close()`` when done."""

    def __init__(self, doc: netfile.Document, path: Path | None = None):
        self.document = NetworkDocument(doc, path)
        self.editor = NetworkEditor(self.document, QUndoStack(self.document))
        self.surface = SurfacePanel()
        self.loss = LossPlot()
        self.curve = ActivationPlot()           # LiveViews feeds one; never printed
        self.widgets: list[QWidget] = [self.editor, self.surface, self.loss, self.curve]
        self.live = LiveViews(self.document, _Idle(self.document), self.editor, self.surface,
                              self.loss, self.curve)
        view = (doc.view or {}).get("editor", {})
        if isinstance(view, dict):
            self.editor.set_view_state(view)
        for widget, name in ((self.editor, "network"), (self.surface, "map"),
                             (self.loss, "loss"), (self.curve, "loss")):
            widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            widget.resize(*SIZES[name])
            widget.show()                       # laid out, never on a screen
        QApplication.processEvents()
        for live_view in self.live.views.values():
            live_view.draw(0.0)                 # every view, on screen or not
        self.badges = Badges(self.editor)       # dead, saturated: as the canvas flags them
        self.badges.show(canvas_flags(self.document.network, self._training_inputs()))
        QApplication.processEvents()

    def _training_inputs(self):
        """The training inputs (n, n_inputs) the canvas measures its flags on, or None."""
        bundle = self.document.data_bundle()
        if bundle is None or bundle.train[0].shape[1] != self.document.network.n_inputs:
            return None
        return bundle.train[0]

    def close(self) -> None:
        self.live.scheduler.stop()
        for widget in self.widgets:
            widget.close()
            widget.deleteLater()
        self.document.deleteLater()

    # -- the pictures ----------------------------------------------------------------------
    def network(self) -> Picture:
        scene = self.editor.scene()
        source = scene.itemsBoundingRect().adjusted(-SCENE_MARGIN, -SCENE_MARGIN,
                                                    SCENE_MARGIN, SCENE_MARGIN)

        def paint(painter, target, src):
            painter.fillRect(target, QColor("white"))
            with drawn_afresh(scene):
                scene.render(painter, target, src, Qt.AspectRatioMode.KeepAspectRatio)
        return Picture(network_caption(self.document.network.sizes), source, paint)

    def map(self) -> Picture | None:
        """The Map (the network's output over the input plane), or None when the data has
        no plane to draw (``map_message`` says why)."""
        if not self.surface.showing_plot():
            return None
        plot = self.surface.plot
        # on paper the legend was cut at the plot's edge and hid points: the caption says
        # what the lines are instead (the single layer's is dashed)
        lines = plot.legend_labels()
        plot.legend.hide()
        painter = _PlotPainter(plot.export_item())
        title = self.surface.title.text() or translate("Handout", "Network output")
        caption = translate("Handout", "The Map: {title} over the input plane")
        if caption == "The Map: {title} over the input plane":     # English: mid-sentence
            title = title[0].lower() + title[1:]     # (other languages keep the case: Netz)
        caption = caption.format(title=title)
        if lines:
            caption += "; " + "; ".join(lines)
        return Picture(caption, painter.source(), painter.paint)

    def map_message(self) -> str:
        return self.surface.message.text()

    def loss_picture(self) -> Picture:
        painter = _PlotPainter(self.loss.export_item())
        epoch = int(self.document.doc.training.get("epoch", 0))
        caption = translate("Handout", "Loss (and accuracy) per epoch") if epoch else \
            translate("Handout", "Loss per epoch: not trained yet")
        return Picture(caption, painter.source(), painter.paint)


def network_caption(sizes) -> str:
    """"The network: 2 hidden layers (3, 2 units), 1 output unit" for ``sizes`` (the units
    of the hidden layers, then of the output layer)."""
    k = sizes[-1]            # English has no catalogue: its singular is a text of its own
    outputs = translate("Handout", "%n output unit", None, k) if k == 1 else \
        translate("Handout", "%n output units", None, k)
    if len(sizes) == 1:
        return translate("Handout", "The network: no hidden layer, {outputs}").format(
            outputs=outputs)
    n = len(sizes) - 1
    text = translate("Handout", "The network: %n hidden layer ({units} units), {outputs}",
                     None, n) if n == 1 else \
        translate("Handout", "The network: %n hidden layers ({units} units), {outputs}", None, n)
    return text.format(units=", ".join(str(s) for s in sizes[:-1]), outputs=outputs)
