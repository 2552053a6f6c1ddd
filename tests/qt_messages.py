"""Qt's warnings are test failures (DESIGN.md, Testing): the one allow-list of harmless Qt
messages, and the helpers that apply it to the test process (tests/conftest.py) and to the
stderr of an app started in another process (tests/cli, tests/xvfb).

A Qt warning usually means something silently did not happen: "Ambiguous shortcut
overload" is a key that does nothing, "QPainter::begin" a picture never drawn,
"QObject::connect" a signal that reaches nobody. Allow a message here only when it says
nothing about our code, and say why next to it.
"""

from __future__ import annotations

import re

# (regular expression searched in the message, why it is harmless)
ALLOWED: list[tuple[str, str]] = [
    # The offscreen platform (the tests' screen) has no window system: it cannot pass
    # size hints to one, raise a window above others or grab the keyboard, and says so.
    # Real platforms do all three; nothing in the app depends on the answer.
    (r"This plugin does not support propagateSizeHints\(\)",
     "offscreen: no window manager to receive size hints"),
    (r"This plugin does not support raise\(\)",
     "offscreen: no window stacking"),
    (r"This plugin does not support grabbing the keyboard",
     "offscreen: popup menus ask for a keyboard grab; offscreen delivers keys anyway"),
]

_ALLOWED = [re.compile(pattern) for pattern, _why in ALLOWED]

# A child's Qt messages carry this prefix on stderr (see child_env), so they can be told
# apart from the app's own output without guessing.
PREFIX = "qt-message "
_PATTERN = PREFIX + "%{type}: %{message}"
_LINE = re.compile(re.escape(PREFIX) + r"(?P<type>\w+): (?P<message>.*)")
FAILING_TYPES = ("warning", "critical", "fatal")


def allowed(message: str) -> bool:
    return any(regex.search(message) for regex in _ALLOWED)


def child_env(env: dict) -> dict:
    """``env`` for a child process whose Qt messages the test checks with
    ``unexpected_in(stderr)``: Qt prints each one as "qt-message TYPE: TEXT"."""
    return {**env, "QT_MESSAGE_PATTERN": _PATTERN}


def unexpected_in(stderr: str) -> list[str]:
    """The Qt warnings, criticals and fatals in a child's stderr that are not allowed."""
    found = []
    for line in stderr.splitlines():
        match = _LINE.match(line)
        if match and match["type"] in FAILING_TYPES and not allowed(match["message"]):
            found.append(f"{match['type']}: {match['message']}")
    return found


def without_allowed(stderr: str) -> str:
    """``stderr`` without the lines of allowed Qt messages (for tests that count lines)."""
    keep = []
    for line in stderr.splitlines(keepends=True):
        match = _LINE.match(line)
        if match and allowed(match["message"]):
            continue
        keep.append(line)
    return "".join(keep)


def assert_no_qt_warnings(stderr: str, what: str = "the child process") -> None:
    bad = unexpected_in(stderr)
    assert not bad, (f"{what} printed Qt warnings (a Qt warning is a test failure; "
                     f"harmless ones go in tests/qt_messages.py ALLOWED):\n  "
                     + "\n  ".join(bad))
