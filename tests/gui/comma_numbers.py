"""Core's numbers as a decimal-comma language writes them ("0,5"; "1.234,5"), for a test
that checks where core formats numbers, without loading a catalogue: core's texts come back
in plain English with ``comma_numbers()``, and the GUI's translator and number format as they
were afterwards."""

from contextlib import contextmanager

from core import i18n as core_i18n


def _comma(value: float, spec: str) -> str:
    return format(value, spec).replace(",", "\x00").replace(".", ",").replace("\x00", ".")


@contextmanager
def comma_numbers():
    saved = core_i18n._translator, core_i18n._number
    core_i18n.install(None, _comma)
    try:
        yield
    finally:
        core_i18n.install(*saved)
