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

from gui.editor import lettering

ZOOM_STEP, MIN_ZOOM, MAX_ZOOM = 1.25, 0.05, 6.0
FIT_MAX = 1.6          # a tiny network is not blown up to fill a projector screen


class ZoomMixin:
    def _zoom(self) -> float:
        return self.transform().m11()

    def _set_zoom(self, zoom: float) -> None:
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self.setTransform(QTransform.fromScale(zoom, zoom))
        if not self._auto_fit:         # the user's zoom: texts follow it, the centre stays
            center = self._center()
            self._scene.set_text_floor(self._floor_at(zoom))
            self.centerOn(center)

    def _floor_at(self, zoom: float) -> float:
        """The text floor (scene px) that is readable at ``zoom``; 0 outside projection."""
        return lettering.min_screen_px(self._scene.style_scale) / max(zoom, MIN_ZOOM)

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
        if not lettering.min_screen_px(self._scene.style_scale):
            self._scene.set_text_floor(0.0)
            self._fit_rect()
            return
        # Projection: the texts' size depends on the zoom and the zoom on the picture's
        # size, texts included. Size them for a zoom a little below the last fit until
        # the fit is no smaller than that zoom (it settles in 2-4 rounds).
        target = self._fit_rect()
        for _ in range(10):
            self._scene.set_text_floor(self._floor_at(target))
            zoom = self._fit_rect()
            if target <= zoom <= target * 1.1:
                break
            target = zoom * (0.97 if zoom < target else 1.0)

    def _fit_rect(self) -> float:
        rect = self._scene.sceneRect()    # the items plus a margin: no scroll bars
        if rect.isEmpty():
            return self._zoom()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self._zoom() > FIT_MAX:
            self.setTransform(QTransform.fromScale(FIT_MAX, FIT_MAX))
        self.centerOn(rect.center())
        return self._zoom()

    def set_scale_style(self, scale: float) -> None:
        """Lines and text ``scale`` times their normal size (projection mode; 1.0: normal).
        In projection, texts are also kept readable at the zoom (``lettering``): items
        move apart to make room for them, here and at every fit or zoom."""
        self._scene.set_scale_style(scale)
        self._scene.set_text_floor(self._floor_at(self._zoom()))

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
