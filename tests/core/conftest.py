"""Core's tests read core's texts as core gives them without a GUI: English and Python's
number format. A GUI test earlier in the same process (pytest-xdist mixes them) leaves Qt's
translator installed in core.i18n, and Qt's English plural forms turn "row(s)" into "row"."""

import pytest

from core import i18n


@pytest.fixture(autouse=True)
def _core_speaks_plain_english():
    saved = i18n._translator, i18n._number
    i18n.install(None)
    yield
    i18n.install(*saved)
