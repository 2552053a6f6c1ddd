"""The table of neurons in the Neuron health panel, as a model and a sortable view.

A model, not a QTableWidget: while training, every update changes most cells, and one
``dataChanged`` for the whole table lets the view ask only for the cells it shows. Writing
600 QTableWidgetItems (a 64-32-10 network) took 20-40 ms per update here.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from core import activations as act
from core import diagnostics as dg
from core import softmax_use as su
from gui import colors
from gui.i18n import number, translate

N_COLUMNS = 6           # layer, #, status, activation, % zero, % tiny
STATUS_COLUMN = 2


def column_titles() -> tuple[str, ...]:
    return (translate("NeuronHealth", "Layer"), translate("NeuronHealth", "#"),
            translate("NeuronHealth", "Status"), translate("NeuronHealth", "Activation"),
            translate("NeuronHealth", "% zero"), translate("NeuronHealth", "% tiny"))


def column_tips() -> tuple[str, ...]:
    return (
        translate("NeuronHealth", "H1 = Hidden 1, H2 = Hidden 2, ..., Out = the output layer"),
        translate("NeuronHealth", "The neuron's number in its layer, counted from the top"),
        translate("NeuronHealth", "dead: a ReLU whose gradient is 0 for (nearly) every sample, "
                  "so it no longer learns; saturated: a sigmoid/tanh in its flat tails for "
                  "most samples; always 1: a softmax neuron alone in its layer; misplaced: "
                  "softmax neurons in a hidden layer; ok: none of these"),
        translate("NeuronHealth", "The neuron's activation function"),
        translate("NeuronHealth", "Zero gradient: % of training samples where the "
                  "activation's slope g'(z) is exactly 0"),
        translate("NeuronHealth", "Tiny gradient: % of training samples where |g'(z)| is below "
                  "{share}% of the activation's largest slope (sigmoid {sigmoid}, tanh 1)"
                  ).format(share=number(100 * dg.TINY, ".0f"), sigmoid=number(0.25)))


def status_word(status: str) -> str:
    """How the table writes a status ("dead", "saturated", "always 1", "misplaced", "ok")."""
    words = {"dead": translate("NeuronHealth", "dead"),
             "saturated": translate("NeuronHealth", "saturated"),
             su.LONE: translate("NeuronHealth", "always 1"),
             su.HIDDEN: translate("NeuronHealth", "misplaced"),
             "ok": translate("NeuronHealth", "ok")}
    return words.get(status, status)


# Status colours: tints of Okabe-Ito vermillion and orange; the word is always written too.
# Softmax misuse: tints of Okabe-Ito blue and reddish purple (gui.diagnostics.badges).
# Dark tints of the same on the dark scheme (gui.colors), under the palette's light text.
STATUS_FILL = {"dead": QColor("#f4c7b0"), "saturated": QColor("#fde3a7"),
               su.LONE: QColor("#b3d4ea"), su.HIDDEN: QColor("#f0d3e4")}
DARK_STATUS_FILL = {"dead": QColor("#6b3214"), "saturated": QColor("#5e4710"),
                    su.LONE: QColor("#1b4566"), su.HIDDEN: QColor("#5a2849")}
SORT_ROLE = Qt.ItemDataRole.UserRole
# sorting by status: problems first (a neuron that can never learn before slow ones)
SEVERITY = {su.LONE: 4, "dead": 3, su.HIDDEN: 2, "saturated": 1, "ok": 0}


def layer_label(li: int, n_layers: int) -> str:
    """"Hidden 1", ..., "Output": a curve's name in the gradient plot's key."""
    if li == n_layers - 1:
        return translate("NeuronHealth", "Output")
    return translate("NeuronHealth", "Hidden {layer}").format(layer=li + 1)


def neuron_label(li: int, unit: int, n_layers: int) -> str:
    """"Hidden 1 neuron 3", "Output neuron 1" (a whole phrase per kind of layer)."""
    if li == n_layers - 1:
        return translate("NeuronHealth", "Output neuron {unit}").format(unit=unit + 1)
    return translate("NeuronHealth", "Hidden {layer} neuron {unit}").format(layer=li + 1,
                                                                           unit=unit + 1)


def short_layer_label(li: int, n_layers: int) -> str:
    """"H1", "H2", ..., "Out": the table's first column stays narrow, so the status column
    is in view even in a small dock with projection mode's large text."""
    if li == n_layers - 1:
        return translate("NeuronHealth", "Out")
    return translate("NeuronHealth", "H{layer}").format(layer=li + 1)


def _percent(share: float) -> str:
    return number(100 * share, ".0f")


def explain(status: str, zero: float, tiny: float, hidden: bool = True) -> str:
    """The sentence for a neuron's status; ``hidden``: it is in a hidden layer (a lone
    softmax output neuron is told what to use instead there)."""
    if status in su.STATUSES:
        return su.explanation(status, hidden)
    if status == "dead":
        text = translate("NeuronHealth", "Dead: z <= 0 for {zero}% of the samples, so the slope "
                         "is 0 and no weight into this neuron can change. A positive bias, "
                         "smaller learning rate or Leaky ReLU helps.")
    elif status == "saturated":
        text = translate("NeuronHealth", "Saturated: the slope is almost 0 for {tiny}% of the "
                         "samples (z far in the flat tails), so learning is very slow. Smaller "
                         "weights, normalised inputs or ReLU help.")
    else:
        text = translate("NeuronHealth", "OK: the slope is 0 for {zero}% and tiny for {tiny}% of "
                         "the samples.")
    return text.format(zero=_percent(zero), tiny=_percent(tiny))


class HealthModel(QAbstractTableModel):
    """Rows (layer, unit, activation, status, zero share, tiny share) in network order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple] = []
        self.n_layers = 0
        self.bold = QFont()

    def set_health(self, health: list[dg.LayerHealth]) -> None:
        rows = [(li, u, h.activations[u], status, float(h.zero_share[u]),
                 float(h.tiny_share[u]))
                for li, h in enumerate(health) for u, status in enumerate(h.status)]
        if [r[:3] for r in rows] != [r[:3] for r in self.rows] or \
                len(health) != self.n_layers:
            self.beginResetModel()
            self.rows, self.n_layers = rows, len(health)
            self.endResetModel()
        elif rows != self.rows:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, N_COLUMNS - 1))

    def clear(self) -> None:
        self.set_health([])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else N_COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_tips()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        li, u, name, status, zero, tiny = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (short_layer_label(li, self.n_layers), str(u + 1), status_word(status),
                    act.get(name).label,
                    number(100 * zero, ".1f"), number(100 * tiny, ".1f"))[col]
        if role == SORT_ROLE:
            return (li, u, SEVERITY.get(status, 0), name, zero, tiny)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("NeuronHealth", "{neuron}. {explanation}").format(
                neuron=neuron_label(li, u, self.n_layers),
                explanation=explain(status, zero, tiny, li < self.n_layers - 1))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if col in (0, 2, 3) else \
                Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if col == STATUS_COLUMN and status in STATUS_FILL:
            if role == Qt.ItemDataRole.BackgroundRole:
                fills = DARK_STATUS_FILL if colors.current().dark else STATUS_FILL
                return QBrush(fills[status])
            if role == Qt.ItemDataRole.FontRole:
                return self.bold
        return None


class HealthTable(QTableView):
    """The sortable view of a HealthModel (``self.health``): click a header to sort."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("healthTable")
        self.health = HealthModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.health)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSortingEnabled(True)
        # problems first (dead, then saturated), each in network order: a lesson's dead
        # neurons are in view without scrolling; a click on a header sorts otherwise
        self.sortByColumn(STATUS_COLUMN, Qt.SortOrder.DescendingOrder)
        # widths set once per layout: ResizeToContents measures every row on every update
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.health.modelReset.connect(self.fit_columns)

    def setFont(self, font: QFont) -> None:
        super().setFont(font)
        self.horizontalHeader().setFont(font)
        self.health.bold = QFont(font)
        self.health.bold.setBold(True)
        self.fit_columns()

    def fit_columns(self) -> None:
        self.resizeColumnsToContents()
        wide = QFontMetrics(self.health.bold).horizontalAdvance(status_word("saturated")) + 24
        self.setColumnWidth(STATUS_COLUMN, max(self.columnWidth(STATUS_COLUMN), wide))

    def content_width(self) -> int:
        return self.horizontalHeader().length() + self.verticalScrollBar().sizeHint().width() \
            + 2 * self.frameWidth() + 2

    def shown_rows(self) -> list[list[str]]:
        """The cells' texts, row by row as the view shows them (sorted or not)."""
        m = self.proxy
        return [[m.data(m.index(r, c)) for c in range(N_COLUMNS)]
                for r in range(m.rowCount())]
