"""Save a plot as PNG or SVG, the format chosen by the file's extension.

PNG: the scene painted into an image whose device pixel ratio is ``scale``, so the
picture is the on-screen one at ``scale`` times the pixels: text, lines and symbols all
grow together. (pyqtgraph's ImageExporter enlarges text but keeps lines and the legend at
screen size, so a 2x export had hair-thin curves and a tiny legend.)

SVG: pyqtgraph's SVGExporter first. With pyqtgraph 0.14 on Qt 6.10/6.11 it fails on every
plot (seen here: Qt's SVG generator now writes clip paths ending in "Z", which the
exporter's coordinate rewriting cannot parse), so on that error the scene is drawn with
Qt's own QSvgGenerator instead: still vectors and text, the same picture.

Both always in the light scheme, whatever the screen shows (``in_light``): pictures go on
white slides and paper.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters as exporters
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QWidget

from gui import colors, theme
from gui.i18n import translate

FORMATS = (".png", ".svg")


def _widget_of(target) -> QWidget | None:
    """The widget that draws ``target`` (a widget, or an item shown in a view)."""
    if isinstance(target, QWidget):
        return target
    scene = target.scene() if callable(getattr(target, "scene", None)) else target
    views = scene.views() if hasattr(scene, "views") else []
    return views[0].parentWidget() or views[0] if views else None


@contextmanager
def in_light(target):
    """``target``'s plot drawn in the light scheme inside the block, whatever the screen
    shows (pictures go on white slides and paper), and back after it."""
    drawn = colors.current()
    widget = _widget_of(target) if drawn is not colors.LIGHT else None
    if widget is None:
        yield
        return
    try:
        with colors.forced_light():
            theme.restyle(widget, drawn)
            yield
    finally:
        theme.restyle(widget, colors.LIGHT)


@contextmanager
def drawn_afresh(scene):
    """Every item of ``scene`` painted itself while in the block: items that keep their
    picture in a pixmap for speed on screen (axes, the editor's nodes and links) would
    otherwise reach an SVG file as bitmaps, text and all, and a PNG at 1x."""
    cached = [(item, item.cacheMode()) for item in scene.items()
              if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    for item, _ in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)


def _item_to_export(target):
    """A plot widget of gui.plots, a pyqtgraph view, or a graphics item -> the item."""
    if hasattr(target, "export_item"):
        return target.export_item()
    if isinstance(target, pg.GraphicsLayoutWidget):
        return target.ci
    if isinstance(target, pg.PlotWidget):
        return target.getPlotItem()
    if isinstance(target, pg.GraphicsView):
        return target.scene()
    if isinstance(target, QWidget):
        view = target.findChild(pg.GraphicsView)
        if view is not None:
            return _item_to_export(view)
    if isinstance(target, pg.GraphicsObject) or hasattr(target, "scene"):
        return target
    raise TypeError(f"cannot export a {type(target).__name__}: give a plot widget, a "
                    f"pyqtgraph view or a plot item")


def export_plot(target, path: str | os.PathLike, scale: float = 1.0) -> Path:
    """Write ``target`` (widget, view or plot item) to ``path`` (.png or .svg).

    PNG: ``scale`` times the on-screen size (see module doc). SVG: SVGExporter.
    Raises ValueError for another extension and OSError when the file cannot be written.
    """
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in FORMATS:
        raise ValueError(translate(
            "PlotExport", "cannot export '{name}': the file name must end in .png or .svg, "
            "not '{ending}'").format(name=path.name, ending=ext) if ext else translate(
            "PlotExport", "cannot export '{name}': the file name must end in .png or .svg")
            .format(name=path.name))
    if not path.parent.is_dir():
        raise OSError(translate("PlotExport", "cannot export to '{path}': folder '{folder}' "
                                              "does not exist").format(path=path,
                                                                       folder=path.parent))
    item = _item_to_export(target)
    with in_light(target):
        _write(item, path, ext, scale)
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(translate("PlotExport", "export wrote nothing to '{path}'").format(
            path=path))
    return path


def _write(item, path: Path, ext: str, scale: float) -> None:
    if ext == ".png":
        _QtPngExporter(item).export_png(path, scale)
    else:
        try:
            exporters.SVGExporter(item).export(str(path))
        except ValueError:   # pyqtgraph cannot re-parse Qt's path data (see above)
            _write_svg_with_qt(item, path)


def _write_svg_with_qt(item, path: Path) -> None:
    _QtSvgExporter(item).export(str(path))


class _QtSvgExporter(exporters.Exporter):
    """Like pyqtgraph's ImageExporter, but painting into a QSvgGenerator.

    Items are put in export mode first, as pyqtgraph's exporters do, so that scatter
    symbols are drawn as vector shapes instead of pieces of a cached pixmap atlas.
    """

    def export(self, fileName=None, toBytes=False, copy=False):
        source = self.getSourceRect()
        size = source.size().toSize()
        target = QRectF(0, 0, size.width(), size.height())
        generator = QSvgGenerator()
        generator.setFileName(fileName)
        generator.setSize(size)
        generator.setViewBox(target)
        generator.setTitle(Path(fileName).stem)
        views = self.getScene().views()
        if views:   # the screen's resolution: pyqtgraph sizes text and symbols for it
            generator.setResolution(int(round(views[0].logicalDpiX())))
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(translate("PlotExport", "could not write SVG '{path}'").format(
                path=fileName))
        try:
            self.setExportMode(True, {"antialias": True, "background": None,
                                      "painter": painter, "resolutionScale": 1.0})
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            with drawn_afresh(self.getScene()):
                self.getScene().render(painter, target, source)
        finally:
            self.setExportMode(False)
            painter.end()


class _QtPngExporter(exporters.Exporter):
    """The scene painted into a QImage with device pixel ratio ``scale`` (see module doc),
    in export mode and on the view's background colour, as pyqtgraph's ImageExporter."""

    def export_png(self, path: Path, scale: float) -> None:
        source = self.getSourceRect()
        width, height = source.width(), source.height()
        if width < 1 or height < 1:
            raise OSError(translate("PlotExport", "cannot export '{path}': the plot has no "
                                                  "size yet (show its panel first)").format(
                path=path))
        image = QImage(max(1, round(width * scale)), max(1, round(height * scale)),
                       QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        views = self.getScene().views()
        background = views[0].backgroundBrush().color() if views else QColor("white")
        image.fill(background)
        painter = QPainter(image)
        try:
            self.setExportMode(True, {"antialias": True, "background": background,
                                      "painter": painter, "resolutionScale": 1.0})
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            with drawn_afresh(self.getScene()):
                self.getScene().render(painter, QRectF(0, 0, width, height), source)
        finally:
            self.setExportMode(False)
            painter.end()
        if not image.save(str(path), "PNG"):
            raise OSError(translate("PlotExport", "could not write PNG '{path}'").format(
                path=path))
