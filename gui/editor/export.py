"""Saving the network picture for slides and worksheets: PNG (at twice the scene's size, so
it stays sharp on a projector) or SVG (vector, for print), chosen by the file's extension.

Always in the light scheme, whatever the screen shows: pictures go on white slides and
paper (``in_light``)."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from gui import colors
from gui.i18n import translate
from gui.plots.export import drawn_afresh
from gui.plots.neuron_map import recoloured

PNG_SCALE = 2.0
MARGIN = 24.0


def _content_rect(scene) -> QRectF:
    return scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


@contextmanager
def in_light(scene):
    """The scene coloured in the light scheme inside the block, its node maps too, and
    back to the scheme in force after it."""
    drawn = scene.drawn_scheme
    if drawn is colors.LIGHT:
        with colors.forced_light():
            yield
        return
    items = [i for i in (*scene.neurons.values(), *scene.inputs) if i.map_image is not None]
    kept = [(i, i.map_image, i._map_source) for i in items]
    try:
        with colors.forced_light():
            scene.scheme_changed()
            for item, image, source in kept:
                item.set_map(recoloured(image, drawn.map_stops, colors.LIGHT.map_stops),
                             source)
            yield
    finally:
        for item, image, source in kept:
            item.set_map(image, source)
        scene.scheme_changed()


def _render(scene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    with drawn_afresh(scene):    # cached items (gui.editor.items.CACHED) as vectors
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def export_image(scene, path) -> None:
    """Write the whole scene to ``path`` (.png or .svg); ValueError for another extension,
    OSError if the file cannot be written."""
    path = Path(path)
    with in_light(scene):
        _export(scene, path, path.suffix.lower())


def _export(scene, path: Path, ext: str) -> None:
    source = _content_rect(scene)
    if ext == ".png":
        size = QSize(max(1, round(source.width() * PNG_SCALE)),
                     max(1, round(source.height() * PNG_SCALE)))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(scene.backgroundBrush().color())
        painter = QPainter(image)
        _render(scene, painter, QRectF(0, 0, size.width(), size.height()), source)
        painter.end()
        if not image.save(str(path), "PNG"):
            raise OSError(_cannot_write(path))
    elif ext == ".svg":
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QSize(round(source.width()), round(source.height())))
        gen.setViewBox(QRectF(0, 0, source.width(), source.height()))
        gen.setTitle("Neuron Studio network")   # inside the file: not translated
        painter = QPainter()
        if not painter.begin(gen):
            raise OSError(_cannot_write(path))
        _render(scene, painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()
        if not path.exists():
            raise OSError(_cannot_write(path))
    else:
        raise ValueError(translate("EditorExport", "export as .png or .svg, not '{ending}'")
                         .format(ending=ext) if ext else
                         translate("EditorExport", "export as .png or .svg, not a file "
                                                   "without extension"))


def _cannot_write(path) -> str:
    return translate("EditorExport", "could not write the image {path}").format(path=path)
