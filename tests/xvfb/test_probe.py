"""The probe that decides whether real-window tests can run (tests/xvfb/conftest.py) names
the Debian package of a library Qt's xcb plugin cannot load. A broken copy of one of them
found first on LD_LIBRARY_PATH stands in for a missing one."""

import os

from tests.xvfb.conftest import debian_package, missing_packages, xcb_problem


def test_the_probe_names_a_library_the_xcb_plugin_cannot_load(tmp_path):
    (tmp_path / "libxcb-icccm.so.4").write_bytes(b"")        # "file too short"
    env = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path)}
    problem = xcb_problem(env)
    assert problem is not None and "libxcb-icccm4" in problem, problem
    assert "apt-get install libxcb-icccm4" in problem
    assert xcb_problem() is None                               # as it is here


def test_package_names_from_the_plugin_errors():
    assert debian_package("libxcb-keysyms.so", "1") == "libxcb-keysyms1"
    assert debian_package("libxkbcommon-x11.so", "0") == "libxkbcommon-x11-0"
    cursor_said = ("qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to "
                   "load the Qt xcb platform plugin.\n")
    missing = ('Cannot load library /q/platforms/libqxcb.so: (libxcb-keysyms.so.1: cannot '
               'open shared object file: No such file or directory)\n'
               'Cannot load library /q/platforms/libqxcb.so: libxcb-icccm.so.4: cannot '
               'open shared object file: No such file or directory\n' + cursor_said)
    assert missing_packages(missing) == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert missing_packages("qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is "
                            "needed to load the Qt xcb platform plugin.") == ["libxcb-cursor0"]
