"""ZoomMixin: the network editor's zoom, fitting and saved view state.

The editor stays fitted to the network (on resize and after each structural edit) until the
user zooms; from then on an edit keeps the picture still. ``view_state()`` is what a file
stores under ``view.editor``; ``set_view_state`` restores it and falls back to "fit" for
anything malformed. Mixed into ``NetworkEditor`` (a QGraphicsView with ``_scene`` and
``_auto_fit``).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QTransform

ZOOM_STEP, MIN_ZOOM, MAX_ZOOM = 1.25, 0.05, 6.0
FIT_MAX = 1.6          # a tiny network is not blown up to fill a projector screen


class ZoomMixin:
    def _zoom(self) -> float:
        return self.transform().m11()

    def _set_zoom(self, zoom: float) -> None:
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self.setTransform(QTransform.fromScale(zoom, zoom))

    def zoom_in(self) -> None:
        self._auto_fit = False
        self._set_zoom(self._zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._auto_fit = False
        self._set_zoom(self._zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self._auto_fit = False
        self._set_zoom(1.0)

    def fit(self) -> None:
        """Show the whole network (no larger than FIT_MAX); stays fitted on resize and on
        structure changes until the user zooms."""
        self._auto_fit = True
        rect = self._scene.sceneRect()    # the items plus a margin: no scroll bars
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self._zoom() > FIT_MAX:
            self._set_zoom(FIT_MAX)
        self.centerOn(rect.center())

    def set_scale_style(self, scale: float) -> None:
        """Lines and text ``scale`` times their normal size (projection mode; 1.0: normal).
        Positions stay, so the zoom and every drop zone are unchanged."""
        self._scene.set_scale_style(scale)

    def scale_style(self) -> float:
        return self._scene.style_scale

    def _center(self) -> QPointF:
        # QRect.center() rounds down half a pixel; the float rect does not drift on re-apply
        return self.mapToScene(self.viewport().rect()).boundingRect().center()

    def view_state(self) -> dict:
        c = self._center()
        return {"zoom": round(self._zoom(), 4), "center": [round(c.x(), 1), round(c.y(), 1)]}

    def set_view_state(self, state) -> None:
        """Restore ``view_state()`` from a file; anything malformed means "fit"."""
        try:
            zoom = float(state["zoom"])
            x, y = (float(v) for v in state["center"])
        except (TypeError, KeyError, ValueError):
            self.fit()
            return
        if not all(math.isfinite(v) for v in (zoom, x, y)) or zoom <= 0:
            self.fit()
            return
        self._auto_fit = False
        self._set_zoom(zoom)
        self.centerOn(x, y)
        # On File > Open this runs before the new scene is built, and centerOn is limited
        # to the old scene's extent: apply it again once the event loop has rebuilt.
        QTimer.singleShot(0, self, lambda t=self.transform(): self._recenter(t, x, y))

    def _recenter(self, transform: QTransform, x: float, y: float) -> None:
        if self.transform() == transform and not self._auto_fit:   # the user did not zoom
            self.centerOn(x, y)

    # -- events ----------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_in() if event.angleDelta().y() > 0 else self.zoom_out()
            event.accept()
        else:
            super().wheelEvent(event)
