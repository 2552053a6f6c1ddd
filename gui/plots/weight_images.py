"""Each first-layer neuron's incoming weights drawn as a picture of the input image.

When the inputs are the pixels of a square image (digits: 64 inputs, 8 x 8), the weights of
one neuron laid out the same way show what it looks for: blue where a high input raises its
z, orange where it lowers it. All pictures share one symmetric scale and one colour bar.

The tiles live in one ViewBox whose coordinates are the box's own pixels, laid out by hand
when it is resized: far cheaper than a layout item per neuron. Tiles and labels are created
when the neuron count changes and fed with ``setImage`` afterwards (DESIGN rule 6); the
colouring is one ``np.take`` for all neurons.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsRectItem, QVBoxLayout, QWidget

from gui.i18n import number, translate
from gui.plots import colormap, style

MAX_NEURONS = 64
MIN_SIDE = 4                     # 16 inputs: the smallest picture worth drawing
_GAP = 8.0                       # pixels between tiles (times the font scale)


def image_side(n_inputs: int) -> int | None:
    """Side of the square image formed by n_inputs pixels (64 -> 8), or None.

    Only perfect squares of at least 16 inputs make a picture.
    """
    n = int(n_inputs)
    side = math.isqrt(n) if n > 0 else 0
    return side if side >= MIN_SIDE and side * side == n else None


def no_image_reason(n_inputs: int) -> str:
    """The sentence shown instead of pictures, e.g. "3 inputs do not form an image"."""
    n = int(n_inputs)
    if n == 1:      # English keeps its singular without a translation loaded
        return translate("WeightImages", "%n input does not form an image, so there are no "
                         "weight pictures. They need a square number of pixel inputs, such as "
                         "64 for 8×8 pixels.", None, n)
    return translate("WeightImages", "%n inputs do not form an image, so there are no weight "
                     "pictures. They need a square number of pixel inputs, such as 64 for 8×8 "
                     "pixels.", None, n)


def nice_limit(value: float) -> float:
    """A round number at least ``value`` (2 significant digits): 0.4731 -> 0.48.

    A colour bar whose ends move every frame relayouts every frame and is hard to read.
    """
    value = float(value)
    if not value > 0 or not math.isfinite(value):
        return 1.0
    step = 10.0 ** (math.floor(math.log10(value)) - 1)
    return round(math.ceil(value / step - 1e-9) * step, 12)


class _Tile(pg.ImageItem):
    """One neuron's picture; reports clicks and shows the weight under the mouse."""

    def __init__(self, owner: WeightImages, index: int):
        super().__init__(axisOrder="row-major")
        self.owner, self.index = owner, index
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseClickEvent(self, ev):
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.owner.neuronClicked.emit(self.index)

    def hoverEvent(self, ev):
        if ev.isExit() or self.image is None:
            return
        pos = ev.pos()
        rows, cols = self.image.shape[:2]
        r, c = int(pos.y()), int(pos.x())
        if 0 <= r < rows and 0 <= c < cols:
            self.setToolTip(self.owner.tile_tooltip(self.index, r, c))


class WeightImages(QWidget):
    """First-layer weights as pictures, one per neuron (at most ``MAX_NEURONS``).

    ``set_weights(W)`` with W: (units, n_inputs), user order (``Network.params(0)[0]``).
    ``neuronClicked(index)`` gives the 0-based neuron index of a clicked picture.
    """

    neuronClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._scale = 1.0
        self._W: np.ndarray | None = None
        self._values = np.empty((0, 0, 0))      # (shown, side, side) as drawn
        self._limit = 1.0
        self._selected: int | None = None
        self._title: tuple[str, float] = ("", 1.0)
        self.tiles: list[_Tile] = []
        self.labels: list[pg.TextItem] = []

        self.view = style.new_view()
        self.title = style.WrapLabel(points=style.TITLE_PT)
        self.view.addItem(self.title, row=0, col=0, colspan=2)
        self.box = pg.ViewBox(enableMouse=False, invertY=True, enableMenu=False)
        self.box.setDefaultPadding(0.0)
        self.view.addItem(self.box, row=1, col=0)
        self.colorbar = colormap.ColorBar()
        self.view.addItem(self.colorbar, row=1, col=1)
        self.message = pg.TextItem(anchor=(0.5, 0.5), color=style.FOREGROUND)
        self.box.addItem(self.message, ignoreBounds=True)
        self.frame = QGraphicsRectItem()
        self.frame.setVisible(False)
        self.frame.setZValue(10)
        self.box.addItem(self.frame, ignoreBounds=True)
        self.box.sigResized.connect(self._layout)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setToolTip(translate(
            "WeightImages", "Each picture is one first-layer neuron: its weight for every "
            "input pixel, drawn where that pixel is. Blue: a high value there raises the "
            "neuron's z; orange: lowers it. Click a picture to select the neuron."))
        self.set_font_scale(1.0)
        self.set_weights(None)

    # ------------------------------------------------------------------ input
    def set_weights(self, W: np.ndarray | None) -> None:
        """W: (units, n_inputs) first-layer weights, or None (no network)."""
        if W is None:
            self._W = None
            self._show_message(translate("WeightImages", "No network yet."))
            return
        W = np.asarray(W, dtype=float)
        if W.ndim != 2:
            raise ValueError(f"weights must be 2-D (units, n_inputs), got shape {W.shape}")
        self._W = W
        side = image_side(W.shape[1])
        if side is None:
            self._show_message(no_image_reason(W.shape[1]))
            return
        shown = min(W.shape[0], MAX_NEURONS)
        values = W[:shown].reshape(shown, side, side)
        limit = nice_limit(np.abs(values).max() if values.size else 0.0)
        if limit != self._limit:
            self._limit = limit
            self.colorbar.set_range(-limit, limit)
        rgba = colormap.to_rgba(values, -limit, limit)       # one take for all tiles
        first = self._ensure_tiles(shown, side)
        self._values = values
        for tile, image in zip(self.tiles, rgba):
            tile.setImage(image, autoLevels=False)
        if first:
            self._show_tiles(True)
            self._layout()
        self._set_title(W.shape[0], side)

    def set_selected(self, index: int | None) -> None:
        """Outline neuron ``index``'s picture (None: no outline)."""
        self._selected = None if index is None else int(index)
        self._place_frame()

    # ------------------------------------------------------------------ reading
    def values(self) -> np.ndarray:
        """(shown, side, side) weights as drawn (tile i is neuron i)."""
        return self._values

    def limit(self) -> float:
        """The colour scale runs from -limit (orange) to +limit (blue)."""
        return self._limit

    def message_text(self) -> str:
        """The sentence shown instead of pictures, or "" when pictures are shown."""
        return self.message.textItem.toPlainText() if self.message.isVisible() else ""

    def tile_tooltip(self, index: int, row: int, col: int) -> str:
        side = self._values.shape[1]
        w = self._values[index, row, col]
        return translate("WeightImages", "Neuron {neuron}: weight {weight} from input {input} "
                                         "(row {row}, column {column}). Click to select the "
                                         "neuron.").format(
            neuron=index + 1, weight=number(float(w), ".4g"), input=row * side + col + 1,
            row=row + 1, column=col + 1)

    # ------------------------------------------------------------------ drawing
    def _ensure_tiles(self, count: int, side: int) -> bool:
        """Make exactly ``count`` tiles; True when anything had to change (relayout)."""
        changed = len(self.tiles) != count or self._values.shape[1:] != (side, side) \
            or not (self.tiles and self.tiles[0].isVisible())
        while len(self.tiles) > count:
            self.box.removeItem(self.tiles.pop())
            self.box.removeItem(self.labels.pop())
        while len(self.tiles) < count:
            i = len(self.tiles)
            tile, label = _Tile(self, i), pg.TextItem(str(i + 1), anchor=(0.5, 1.0),
                                                     color=style.FOREGROUND)
            label.setFont(style.font(style.LABEL_PT, self._scale))
            self.box.addItem(tile)
            self.box.addItem(label, ignoreBounds=True)
            self.tiles.append(tile)
            self.labels.append(label)
        return changed

    def _show_tiles(self, on: bool) -> None:
        for item in (*self.tiles, *self.labels):
            item.setVisible(on)
        self.colorbar.setVisible(on)
        self.message.setVisible(not on)
        if not on:
            self.frame.setVisible(False)

    def _show_message(self, text: str) -> None:
        self._values = np.empty((0, 0, 0))
        self._show_tiles(False)
        self.message.setHtml(f"<div style='text-align:center'>{text}</div>")
        self.message.setFont(style.font(style.TITLE_PT, self._scale))
        self._title = (translate("WeightImages", "<b>Weight pictures</b>"), self._scale)
        self.title.set_text(*self._title)
        self._layout()

    def _set_title(self, units: int, side: int) -> None:
        if units > MAX_NEURONS:
            text = translate("WeightImages", "<b>Input weights of each first-layer neuron (the "
                                             "first {shown} of {units})</b><br>{side}×{side} "
                                             "pixels; blue: a high input there raises z, "
                                             "orange: lowers it")
        else:
            text = translate("WeightImages", "<b>Input weights of each first-layer "
                                             "neuron</b><br>{side}×{side} pixels; blue: a high "
                                             "input there raises z, orange: lowers it")
        text = text.format(shown=MAX_NEURONS, units=units, side=side)
        if (text, self._scale) != self._title:   # a new text relayouts: only on change
            self._title = (text, self._scale)
            self.title.set_text(text, self._scale)

    def _grid(self, n: int, width: float, height: float, label: float, gap: float):
        """(columns, tile size) that make n square tiles as large as the box allows."""
        best = (1, 0.0)
        for cols in range(1, n + 1):
            rows = -(-n // cols)
            size = min((width - (cols - 1) * gap) / cols,
                       (height - rows * label - (rows - 1) * gap) / rows)
            if size > best[1]:
                best = (cols, size)
        return best

    def _layout(self, *_) -> None:
        rect = self.box.rect()
        width, height = max(rect.width(), 1.0), max(rect.height(), 1.0)
        self.box.setRange(xRange=(0, width), yRange=(0, height), padding=0.0)
        self.message.setPos(width / 2, height / 2)
        self.message.setTextWidth(max(100.0, 0.85 * width))
        n = len(self.tiles)
        if not n or not self.tiles[0].isVisible():
            return
        label = self.labels[0].boundingRect().height()   # the text item's own pixels
        gap = _GAP * self._scale
        cols, size = self._grid(n, width - 2 * gap, height, label, gap)
        size = max(size, 1.0)
        rows = -(-n // cols)
        x0 = (width - cols * size - (cols - 1) * gap) / 2
        y0 = max(0.0, (height - rows * (size + label) - (rows - 1) * gap) / 2)
        for i, (tile, text) in enumerate(zip(self.tiles, self.labels)):
            x = x0 + (i % cols) * (size + gap)
            y = y0 + (i // cols) * (size + label + gap) + label
            tile.setRect(QRectF(x, y, size, size))
            text.setPos(x + size / 2, y)
        self._place_frame()

    def _place_frame(self) -> None:
        i = self._selected
        if i is None or not 0 <= i < len(self.tiles) or not self.tiles[i].isVisible():
            self.frame.setVisible(False)
            return
        r = self.tiles[i].mapRectToParent(self.tiles[i].boundingRect())
        pad = 3.0 * self._scale
        self.frame.setRect(r.adjusted(-pad, -pad, pad, pad))
        self.frame.setPen(style.pen(style.FOREGROUND, width=2.5, scale=self._scale))
        self.frame.setVisible(True)

    # ------------------------------------------------------------------ look
    def set_font_scale(self, factor: float) -> None:
        self._scale = float(factor)
        self.colorbar.set_font_scale(self._scale)
        for label in self.labels:
            label.setFont(style.font(style.LABEL_PT, self._scale))
        self.message.setFont(style.font(style.TITLE_PT, self._scale))
        if self._W is None:
            self.set_weights(None)
        else:
            self.set_weights(self._W)
        self._layout()

    def export_item(self):
        return self.view.ci
