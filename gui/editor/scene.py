"""Builds the scene's items from a network, and keeps them in step with it.

``build`` runs on ``structureChanged``: rebuilding everything is cheap (a 64-input network
with ten hidden layers of 64 units builds in well under a second). ``refresh_params`` runs
on ``paramsChanged`` and only restyles links and bias handles, so training can stream
weights without recreating items.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QPointF, QRectF, QTimer
from PySide6.QtGui import QColor, QFont, QFontInfo, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem, QGraphicsScene

from core import features
from gui import colors
from gui.editor.items import HeaderItem, LayerBand
from gui.editor.layout import COLUMN_PITCH, DropTarget, Layout
from gui.editor.links import LinkHighlight, LinkLayerItem
from gui.editor.nodes import InputItem, NeuronItem
from gui.i18n import number, translate

Z_DROP = 5.0
BAND_MARGIN = 20.0
SIDE_MARGIN = 80.0      # scene rect beyond the network's own items, at style 1.0


FAST_LINKS_MIN = 100     # links above which they are drawn aliased while training


def layer_title(li: int, n_layers: int) -> str:
    if li == n_layers - 1:
        return translate("Editor", "Output")
    return translate("Editor", "Hidden {number}").format(number=li + 1)


def short_title(li: int, n_layers: int) -> str:
    """What a header says where the full title would not be readable (projection): the
    translator's abbreviation, measured as it is (see ``HeaderItem``)."""
    if li == n_layers - 1:
        return translate("Editor", "Out", "short for the output layer in a narrow header")
    return translate("Editor", "H{number}", "short for hidden layer {number}").format(
        number=li + 1)


def units_text(n: int) -> str:
    # English keeps its singular without a translation loaded: a second entry for n = 1
    # (translators give both entries all their plural forms)
    return translate("Editor", "%n unit", None, n) if n == 1 else \
        translate("Editor", "%n units", None, n)


def inputs_detail(on: int, offered: int, toggleable: bool) -> str:
    """The input header's detail: how many features feed the network."""
    if toggleable:
        return translate("Editor", "{on} of {offered} on", "inputs in use").format(
            on=on, offered=offered)
    return translate("Editor", "%n feature", None, on) if on == 1 else \
        translate("Editor", "%n features", None, on)


def inputs_compact(on: int, offered: int, toggleable: bool) -> str:
    """The input header's detail in figures, for a column too narrow for the words:
    "2/7" (2 of 7 features on) or "2"."""
    return f"{number(on, 'd')}/{number(offered, 'd')}" if toggleable else number(on, "d")


def _drop_fill() -> QColor:
    fill = colors.DROP.lighter(180)
    fill.setAlpha(70)
    return fill


class EditorScene(QGraphicsScene):
    def __init__(self, editor):
        super().__init__(editor)
        self._editor = weakref.ref(editor)     # the view owns the scene; no cycle back
        self.layout: Layout | None = None
        self.neurons: dict[tuple[int, int], NeuronItem] = {}
        self.inputs: list[InputItem] = []
        self.bands: list[LayerBand] = []
        self.headers: list[HeaderItem] = []
        self.links: list[LinkLayerItem] = []
        self.fast_links = False      # see set_training
        self.training = False
        self._network = None         # the network last restyled from (see refresh_params)
        self._links_stale = False    # while training: weights not restyled yet
        self.style_scale = 1.0      # projection mode: thicker lines, larger text
        self.text_floor = 0.0       # projection mode: smallest readable text (see lettering)
        self._names: list[str] = []
        self.drawn_scheme = colors.current()    # what the items were last coloured for
        self.setBackgroundBrush(colors.BACKGROUND)

    @property
    def editor(self):
        return self._editor()

    # -- building --------------------------------------------------------------------------
    def build(self, network, choices: list[str] | None) -> None:
        """Recreate every item for ``network``; ``choices``: toggleable features or None."""
        self.clear()
        self.neurons, self.inputs, self.bands, self.headers, self.links = {}, [], [], [], []
        names = list(choices) if choices else list(network.input_names)
        names += [n for n in network.input_names if n not in names]   # never hide an input
        self._names = names
        self.layout = Layout(len(names), network.sizes, self.text_floor)
        self._build_inputs(network, names, toggleable=bool(choices))
        for li, neurons in enumerate(network.all_neurons()):
            self._build_layer(li, neurons)
        self._place()
        for li in range(len(network.sizes)):
            self.links.append(self._add(LinkLayerItem(li, *self._link_ends(li))))
        self.hover_line = self._add(LinkHighlight(colors.INK, 3.0))
        self.select_line = self._add(LinkHighlight(colors.SELECTION, 5.0))
        self._build_drop_marks()
        self._network = network
        self._restyle(network)               # new items have no weights yet: not throttled
        self._apply_style()

    def set_scale_style(self, scale: float) -> None:
        """Pens and text of every item ``scale`` times their normal size (1.0: normal);
        positions stay. Items built later get it too."""
        self.style_scale = float(scale)
        if self.layout is not None:
            self._apply_style()

    def set_text_floor(self, floor: float) -> None:
        """Texts at least ``floor`` scene pixels high (0: the normal look); the items move
        to leave room for them. Changes under 1 % are ignored: fitting the view converges
        to a floor, it must not move items back and forth."""
        floor = float(floor)
        if abs(floor - self.text_floor) <= 0.01 * max(floor, self.text_floor):
            return
        self.text_floor = floor
        if self.layout is not None:
            self.layout = Layout(len(self._names), self.layout.sizes, floor)
            self._place()
            for li, item in enumerate(self.links):
                item.set_ends(*self._link_ends(li))
            self._apply_style()

    def _apply_style(self) -> None:
        s, floor = self.style_scale, self.text_floor
        for item in self.items():          # headers (the inputs' too), nodes, links, ...
            if hasattr(item, "set_style"):
                item.set_style(s)
            if hasattr(item, "set_floor"):
                item.set_floor(floor)
        self._fit_foreign_texts()
        widest = max((item.rect.width() for item in self.inputs), default=0.0)
        for item in self.inputs:
            item.widen_to(widest)
        self.drop_rect.setPen(QPen(colors.DROP, 3 * s))
        self.drop_line.setPen(QPen(colors.DROP, 5 * s))
        r = self.network_rect()
        m = SIDE_MARGIN / s   # projection: narrower margins, so "fit" makes it larger
        self.setSceneRect(r.adjusted(-m, -0.75 * m, m, m))

    def network_rect(self) -> QRectF:
        """The network's own items (inputs, neurons, headers, bands), without what other
        modules hang on it: the explainer's value tag keeps its screen size whatever the
        zoom, so counted in, the fitted network shrank to make room for it, the tag took
        more of the scene, and so on (seen on the softmax lesson's stage)."""
        rect = QRectF()
        for item in (*self.inputs, *self.neurons.values(), self.input_header,
                     *self.headers, *self.bands):
            rect = rect.united(item.sceneBoundingRect())
        return rect if not rect.isEmpty() else self.itemsBoundingRect()

    def _add(self, item):
        self.addItem(item)
        return item

    def _build_inputs(self, network, names: list[str], toggleable: bool) -> None:
        col = self.layout.columns[0]
        index = {n: i for i, n in enumerate(network.input_names)}
        for name in names:
            label = features.FEATURES.get(name, name)
            item = InputItem(name, label, index.get(name), col.node_w,
                             col.node_h, toggleable)
            self.inputs.append(self._add(item))
        counts = len(network.input_names), len(names), toggleable
        self.input_header = self._add(HeaderItem(
            None, translate("Editor", "Inputs"), inputs_detail(*counts),
            translate("Editor", "In", "short for the input column in a narrow header"),
            inputs_compact(*counts)))

    def _build_layer(self, li: int, neurons) -> None:
        col, n_layers = self.layout.layer(li), self.layout.n_layers
        self.bands.append(self._add(LayerBand(("layer", li), QRectF())))
        self.headers.append(self._add(HeaderItem(("layer", li), layer_title(li, n_layers),
                                                 units_text(len(neurons)),
                                                 short_title(li, n_layers),
                                                 number(len(neurons), "d"))))
        for u, n in enumerate(neurons):
            item = NeuronItem(li, u, col.node_w, n.activation, n.frozen)
            self.neurons[(li, u)] = self._add(item)

    def _place(self) -> None:
        """Put the nodes, bands and headers where ``self.layout`` says: after a build, and
        again when the text floor changed (items keep their maps, flags and values)."""
        L = self.layout
        col = L.columns[0]
        for item, y in zip(self.inputs, col.ys):
            item.set_box(col.node_w, col.node_h, self.text_floor, L.named_inputs)
            item.setPos(col.x, y)
        scale = L.text_scale
        # scaled, a header still fits the pitch; with a floor it may use all of it
        width = (COLUMN_PITCH - 24) / scale if self.text_floor else min(200.0, 240.0 / scale)
        for header, c in zip((self.input_header, *self.headers), L.columns):
            header.set_frame(QPointF(c.x, L.header_y), width, scale)
        top = L.header_y - 34 * scale
        for li, band in enumerate(self.bands):
            c = L.layer(li)
            band.set_rect(QRectF(c.x - c.node_w / 2 - BAND_MARGIN, top,
                                 c.node_w + 2 * BAND_MARGIN, c.bottom + BAND_MARGIN - top))
        for (li, u), item in self.neurons.items():
            item.setPos(*L.node_center(li, u))

    def _link_ends(self, li: int):
        """(sources, targets) of the links into layer ``li``: (x, y) per unit."""
        if li == 0:
            sources = self._active_input_points()
        else:
            c = self.layout.layer(li - 1)
            sources = [(c.x + c.node_w / 2, y) for y in c.ys]
        c = self.layout.layer(li)
        return sources, [(c.x - c.node_w / 2, y) for y in c.ys]

    def _fit_foreign_texts(self) -> None:
        """Texts other modules hang on a neuron (the diagnostics' "dead"/"saturated"
        flags: a child item with a ``font``) are scaled up to the floor, from their own
        middle, so they stay where their owner put them."""
        for node in self.neurons.values():
            for child in node.childItems():
                if hasattr(child, "fit_text_floor"):   # it lays itself out (badges)
                    child.fit_text_floor(self.text_floor)
                    continue
                f = getattr(child, "font", None)
                if isinstance(f, QFont) and child is not node.bias:
                    px = QFontInfo(f).pixelSize()
                    k = max(1.0, self.text_floor / px) if self.text_floor and px else 1.0
                    child.setTransformOriginPoint(child.boundingRect().center())
                    child.setScale(k)

    def foreign_text_added(self) -> None:
        """A neuron got a child item: fit it once its owner has set its text."""
        QTimer.singleShot(0, self, self._fit_foreign_texts)

    def _active_input_points(self) -> list[tuple[float, float]]:
        """Right edges of the inputs in use, in the network's input order (W's columns)."""
        col = self.layout.columns[0]
        active = sorted((it for it in self.inputs if it.active), key=lambda it: it.index)
        return [(it.x() + col.node_w / 2, it.y()) for it in active]

    def _build_drop_marks(self) -> None:
        self.drop_rect = self._add(QGraphicsRectItem())
        self.drop_rect.setBrush(_drop_fill())
        self.drop_line = self._add(QGraphicsLineItem())
        for item in (self.drop_rect, self.drop_line):
            item.setZValue(Z_DROP)
            item.hide()

    def scheme_changed(self) -> None:
        """Colours again from the scheme in force (gui.theme): the canvas, the marks, the
        links (mixed with the background), the biases, every item's cached picture."""
        self.drawn_scheme = colors.current()
        self.setBackgroundBrush(colors.BACKGROUND)
        if self.layout is None:
            return
        self.hover_line.set_colour(colors.INK)
        self.select_line.set_colour(colors.SELECTION)
        self.drop_rect.setBrush(_drop_fill())
        for item in self.links:
            item.refresh_batches()
        for item in self.neurons.values():
            if item.bias is not None:
                item.bias.set_value(item.bias.value)
        self._apply_style()                  # the drop marks' pens
        for item in self.items():
            item.update()                    # a cached picture is painted again

    # -- values ----------------------------------------------------------------------------
    def set_training(self, running: bool) -> None:
        """Links without antialiasing while training runs on a large network (more than
        FAST_LINKS_MIN links): measured here, antialiased wide translucent lines cost 4x
        more to draw, and the 344 links of a 6x8 network took 14 ms of a 48 ms frame.
        Paused, they are smooth again."""
        self.training = running
        on = running and self.link_count() > FAST_LINKS_MIN
        if on != self.fast_links:
            self.fast_links = on
            for item in self.links:
                item.refresh_batches()
        if not running and self._network is not None:     # the last weights, at once
            self._restyle(self._network)

    def link_count(self) -> int:
        return sum(item.W.size for item in self.links)

    def refresh_params(self, network) -> None:
        """Restyle links and bias handles from the current weights (no new items).

        While training, only noted: the frame scheduler calls ``draw_links`` at the rate
        ``gui.frames.RATES`` gives links. A link layer keeps its picture in a pixmap, so
        the maps repainted every frame no longer redraw the links under them, and
        re-rendering that picture every frame cost a quarter of the editor's frame."""
        self._network = network
        if self.training:
            self._links_stale = True
        else:
            self._restyle(network)

    def draw_links(self, now: float | None = None) -> None:
        """Restyle from the weights ``refresh_params`` noted, if any (a live view's draw)."""
        if self._links_stale and self._network is not None:
            self._restyle(self._network)

    def _restyle(self, network) -> None:
        self._links_stale = False
        for li, item in enumerate(self.links):
            W, b = network.params(li)
            item.set_weights(W)
            for u, value in enumerate(b):
                handle = self.neurons[(li, u)].bias
                if handle is not None:
                    handle.set_value(float(value))

    # -- selection and feedback ------------------------------------------------------------
    def show_selection(self, keys: set) -> None:
        for item in (*self.neurons.values(), *self.inputs, *self.bands):
            item.set_selected(item.key in keys)
        links = [k for k in keys if k[0] == "link"]
        self.select_line.show_line(self.link_line(links[0]) if links else None)

    def link_line(self, key):
        _, li, unit, index = key
        return self.links[li].line(unit, index)

    def show_drop(self, target: DropTarget | None) -> None:
        """Green feedback: the column that will receive, the neuron that will change, or a
        marker line where the new neuron or layer will appear."""
        self.drop_rect.hide()
        self.drop_line.hide()
        for band in self.bands:
            band.set_drop(target is not None and target.kind == "slot"
                          and band.key == ("layer", target.layer))
        if target is None:
            return
        if target.kind == "neuron":
            item = self.neurons[(target.layer, target.index)]
            self.drop_rect.setRect(item.sceneBoundingRect().adjusted(2, 2, -2, -2))
            self.drop_rect.show()
        elif target.kind == "slot":
            x, y = self.layout.slot_point(target.layer, target.index)
            w = self.layout.layer(target.layer).node_w / 2 + 14
            self.drop_line.setLine(x - w, y, x + w, y)
            self.drop_line.show()
        else:
            x, _ = self.layout.gap_point(target.layer)
            top, bottom = self.layout.header_y, max(c.bottom for c in self.layout.columns)
            self.drop_rect.setRect(QRectF(x - 30, top - 20, 60, bottom - top + 40))
            self.drop_rect.show()
