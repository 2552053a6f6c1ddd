"""Drawing on the Map: strokes of the mouse become points of a drawn data set
(``core.drawn``), each stroke one undo step (``gui.commands.DataCommand``).

While drawing is on, an event filter on the Map's viewport takes every mouse press, move
and release inside the plot (pyqtgraph's ViewBox never sees them, so it does not pan):

- left button, tool "point": one point of the chosen class (or value) where pressed;
- left button, tool "spray": ``core.drawn.SPRAY_COUNT`` points around the pointer on
  press and again each time it has moved half the spray's radius (fixed density, seeded
  by the number of points so far, so the same strokes give the same points);
- left button, tool "erase", or the right button with any tool: removes the points under
  the eraser along the stroke.

During a stroke the Map shows the working points (all as training points); on release the
stroke is one DataCommand that also fits the network's outputs to the classes drawn (a
third class gives three softmax outputs, as for any data). Training goes on: the command
lands at a step boundary like any data change.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal

from core import drawn
from core.losses import LossError
from core.network import NetworkError
from gui.commands import DataCommand
from gui.i18n import number, translate
from gui.settings import fit

TOOLS = ("point", "spray", "erase")


class DrawTool(QObject):
    """Strokes on ``plot`` (a DecisionPlot) into ``document``'s drawing via ``undo_stack``.

    ``active`` (set_active), ``tool`` (one of TOOLS), ``label`` (class index) and ``value``
    (a regression point's value) say what a stroke does. ``statusMessage(str)`` says what a
    stroke could not do (the point limit, a network that cannot fit)."""

    statusMessage = Signal(str)
    activeChanged = Signal(bool)

    def __init__(self, document, undo_stack, plot, live, parent=None):
        super().__init__(parent)
        self.document, self.undo_stack, self.plot, self.live = document, undo_stack, plot, live
        self.active = False
        self.tool, self.label, self.value = "spray", 0, 0.0
        self._stroke: dict | None = None

    @property
    def viewport(self):
        return self.plot.view.viewport()

    def set_active(self, on: bool) -> None:
        on = bool(on)
        if on == self.active:
            return
        self.active = on
        self.plot.set_true_scale(on)      # a circle drawn is a circle in the data
        if on:
            self.viewport.installEventFilter(self)
            self.viewport.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self._stroke = None
            self.viewport.removeEventFilter(self)
            self.viewport.unsetCursor()
        self.activeChanged.emit(on)

    # -- events ----------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return self._press(event)       # a double click's second press is one too
        if kind == QEvent.Type.MouseMove:
            if self._stroke is not None:
                self._continue(self._to_plane(event.position()))
            return self._stroke is not None
        if kind == QEvent.Type.MouseButtonRelease:
            if self._stroke is None:
                return False
            self._finish()
            return True
        return kind == QEvent.Type.ContextMenu       # the right button erases

    def _press(self, event) -> bool:
        if self._stroke is not None or not self._inside(event.position()):
            return self._stroke is not None
        button = event.button()
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return False
        data = self.document.doc.data
        if not drawn.is_drawing(data):
            self.statusMessage.emit(translate("DrawTool", "The data is not a drawing: choose "
                                              "Draw Data (Ctrl+D) to start one"))
            return True
        tool = "erase" if button == Qt.MouseButton.RightButton else self.tool
        X, y = drawn.points(data)
        self._stroke = {"tool": tool, "data": data, "X": X, "y": y, "added": 0, "erased": 0,
                        "rng": drawn.spray_rng(len(X)), "last": None, "full": False}
        self._continue(self._to_plane(event.position()))
        return True

    def _inside(self, position) -> bool:
        scene = self.plot.view.mapToScene(position.toPoint())
        return self.plot.plot.vb.sceneBoundingRect().contains(scene)

    def _to_plane(self, position) -> np.ndarray:
        point = self.plot.plot.vb.mapSceneToView(self.plot.view.mapToScene(position.toPoint()))
        return np.array([point.x(), point.y()])

    def viewport_point(self, x: float, y: float) -> QPointF:
        """Where the plane's point (x, y) is in the viewport (for tests and tours)."""
        scene = self.plot.plot.vb.mapViewToScene(QPointF(x, y))
        return self.plot.view.mapFromScene(scene)

    # -- a stroke --------------------------------------------------------------------------
    def _continue(self, p: np.ndarray) -> None:
        s = self._stroke
        extent = drawn.extent_of(s["data"])
        if s["tool"] == "erase":
            gone = drawn.erased(s["X"], p, extent)
            if gone.any():
                s["X"], s["y"] = s["X"][~gone], s["y"][~gone]
                s["erased"] += int(gone.sum())
                self._preview()
            return
        if not _in_extent(p, extent) or s["tool"] == "point" and s["last"] is not None:
            return
        if s["tool"] == "spray" and s["last"] is not None and not _moved(p, s["last"], extent):
            return
        s["last"] = p
        new = drawn.place(p, extent) if s["tool"] == "point" else \
            drawn.spray(p, extent, s["rng"])
        room = drawn.MAX_POINTS - len(s["X"])
        if len(new) > room:
            new, s["full"] = new[:room], True
        if len(new):
            label = drawn.label(self.value if drawn.problem_of(s["data"]) == "regression"
                                else self.label, drawn.problem_of(s["data"]))
            s["X"] = np.vstack([s["X"], new])
            s["y"] = np.concatenate([s["y"], np.full(len(new), label, dtype=s["y"].dtype)])
            s["added"] += len(new)
            self._preview()

    def _preview(self) -> None:
        self.plot.set_points(self._stroke["X"], self._stroke["y"])

    def _finish(self) -> None:
        s, self._stroke = self._stroke, None
        if s["added"] or s["erased"]:
            self.commit(drawn.with_points(s["data"], s["X"], s["y"]), _stroke_text(s))
        if s["full"]:       # after the commit, whose change would hide it as old news
            self.statusMessage.emit(translate("DrawTool", "A drawing holds at most {count} "
                                              "points: erase some (right button) to draw more")
                                    .format(count=number(drawn.MAX_POINTS, ",d")))

    def clear(self) -> None:
        """Remove every point (one undo step; nothing asked: Undo brings them back)."""
        data = self.document.doc.data
        if drawn.is_drawing(data) and data["X"]:
            self.commit(drawn.with_points(data, np.empty((0, 2)), np.empty(0)),
                        translate("DrawTool", "Clear the drawing"))

    def commit(self, data: dict, text: str) -> bool:
        """Push ``data`` as one DataCommand with the edits that fit the network to it."""
        steps, loss = fit.fit_steps(self.document.network, shape_of(data))
        try:
            command = DataCommand(self.document, data, steps, loss, text)
        except (NetworkError, LossError) as e:
            self.statusMessage.emit(translate("DrawTool", "\u26a0 {edit}: {problem}").format(
                edit=text, problem=e))
            self.live.show_data()              # the preview goes: the data did not change
            return False
        self.undo_stack.push(command)
        if steps or loss:
            net = self.document.network
            self.statusMessage.emit(_refitted(text, net.sizes[-1], net.activations(-1)[0]))
        return True


def shape_of(data: dict) -> fit.DataShape:
    """What the network must look like for a drawing (at least 2 classes, even empty)."""
    problem = drawn.problem_of(data)
    if problem == "regression":
        y = data.get("y") or []
        span = (float(min(y)), float(max(y))) if y else None
        return fit.DataShape(("x1", "x2"), problem, 0, span)
    return fit.DataShape(("x1", "x2"), problem, drawn.n_classes(data))


def _in_extent(p, extent) -> bool:
    xmin, xmax, ymin, ymax = extent
    return xmin <= p[0] <= xmax and ymin <= p[1] <= ymax


def _moved(p, last, extent) -> bool:
    """Has the pointer gone half the spray's radius since the last spray?"""
    xmin, xmax, ymin, ymax = extent
    radius = drawn.SPRAY_SHARE * np.array([xmax - xmin, ymax - ymin])
    return float((((p - last) / radius) ** 2).sum()) >= 0.25


def _refitted(edit: str, units: int, activation: str) -> str:
    """The status line after an edit that refitted the output layer."""
    # English has no catalogue: its singular is a text of its own
    text = translate("DrawTool", "{edit}: the output layer now has %n {activation} neuron to "
                     "fit the data (Ctrl+Z takes it back)", None, units) if units == 1 else \
        translate("DrawTool", "{edit}: the output layer now has %n {activation} neurons to fit "
                  "the data (Ctrl+Z takes it back)", None, units)
    return text.format(edit=edit, activation=activation)


def _stroke_text(s: dict) -> str:
    """The undo entry's text of a stroke, e.g. "Spray 20 points of class 1"."""
    # English has no catalogue: each singular is a text of its own
    if s["tool"] == "erase" or not s["added"]:
        n = s["erased"]
        return translate("DrawTool", "Erase %n point", None, n) if n == 1 else \
            translate("DrawTool", "Erase %n points", None, n)
    n, last = s["added"], s["y"][-1]
    one, point = n == 1, s["tool"] == "point"
    if drawn.problem_of(s["data"]) == "regression":
        text = (translate("DrawTool", "Draw %n point of value {value}", None, n) if one else
                translate("DrawTool", "Draw %n points of value {value}", None, n)) if point else \
            (translate("DrawTool", "Spray %n point of value {value}", None, n) if one else
             translate("DrawTool", "Spray %n points of value {value}", None, n))
        return text.format(value=number(last, "g"))
    text = (translate("DrawTool", "Draw %n point of class {number}", None, n) if one else
            translate("DrawTool", "Draw %n points of class {number}", None, n)) if point else \
        (translate("DrawTool", "Spray %n point of class {number}", None, n) if one else
         translate("DrawTool", "Spray %n points of class {number}", None, n))
    return text.format(number=int(last))
