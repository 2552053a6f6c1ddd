"""`python -m benchmarks.monkey --events N --seed S [--xvfb]`: random real events for the
real window, in a sandbox, until N events were sent; prints what broke and the figures.

The parent (this module, no Qt) starts the app process (``benchmarks/monkey_app.py``),
reads the event log it writes line by line, and watches it:
- a dead process (a signal, or any exit that is not a finished run or a closed window) is
  a crash: the seed, the last events and the end of stderr are printed, and a new app
  process goes on with a derived seed;
- each "Traceback" block on stderr is a traceback, printed with the events before it;
- no event logged for ``--hang-seconds`` is a hang: the stacks are dumped (SIGUSR1), the
  process killed and restarted.

Why the sandbox: random keys in a Qt file dialog can delete a folder recursively (its
Delete key, then Return on the confirmation), and CI runs as root. So the app process never
shows a file dialog (``gui.files.use_sandbox_dialogs``: answers inside a temporary folder),
keeps HOME, XDG folders, TMPDIR, QSettings and the recovery folder there, and, where the
platform allows it, runs in a private mount namespace (``unshare -m``) in which `/` is
read-only, /dev/shm is a fresh tmpfs and only the temporary folder is writable. Where
``unshare``/``mount`` are not permitted the figures say ``sandbox: dialogs-only``.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAST_EVENTS = 20
MOUNT_SCRIPT = """set -e
mount --bind / /
mount -o remount,bind,ro /
mount -t tmpfs -o size=256m,mode=1777 tmpfs /dev/shm
mount --bind "$SANDBOX" "$SANDBOX"
mount -o remount,bind,rw "$SANDBOX"
cd "$SANDBOX"
exec "$@"
"""


@dataclass
class Figures:
    events: int = 0
    crashes: int = 0
    tracebacks: int = 0
    hangs: int = 0
    restarts: int = 0
    closed: int = 0            # the window was closed by the events (File > Quit)
    dialogs_answered: int = 0
    seconds: float = 0.0
    sandbox: str = "?"
    qt_warnings: dict[str, int] = field(default_factory=dict)   # message -> times
    reports: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        rate = self.events / self.seconds if self.seconds else 0.0
        return [f"events: {self.events}", f"events_per_second: {rate:.1f}",
                f"crashes: {self.crashes}", f"tracebacks: {self.tracebacks}",
                f"hangs: {self.hangs}", f"restarts: {self.restarts}",
                f"window_closed: {self.closed}",
                f"file_dialogs_answered_in_sandbox: {self.dialogs_answered}",
                f"qt_warnings: {sum(self.qt_warnings.values())} "
                f"({len(self.qt_warnings)} distinct)",
                f"wall_time: {self.seconds:.1f} s", f"sandbox: {self.sandbox}"]


def mount_namespace_works() -> bool:
    """Whether ``unshare -m`` with the read-only mounts is permitted here (root, or a
    container that allows it)."""
    if shutil.which("unshare") is None or sys.platform != "linux":
        return False
    with tempfile.TemporaryDirectory() as folder:
        probe = subprocess.run(
            ["unshare", "-m", "sh", "-c", MOUNT_SCRIPT, "sh", "true"],
            env={**os.environ, "SANDBOX": folder}, capture_output=True, timeout=30)
    return probe.returncode == 0


def child_env(sandbox: Path, display: str | None) -> dict[str, str]:
    home = sandbox / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    env.update(HOME=str(home), TMPDIR=str(sandbox / "tmp"), PYTHONPATH=str(ROOT),
               NEURON_STUDIO_RECOVERY_DIR=str(sandbox / "recovery"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"),
               XDG_CACHE_HOME=str(home / ".cache"), XDG_STATE_HOME=str(home / ".state"),
               XDG_RUNTIME_DIR=str(sandbox / "runtime"), PYTHONFAULTHANDLER="1",
               OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", SANDBOX=str(sandbox),
               QT_MESSAGE_PATTERN=QT_PREFIX + "%{type}: %{message}")
    for name in ("home", "tmp", "runtime"):
        (sandbox / name).mkdir(mode=0o700, exist_ok=True)
    if display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """An Xvfb server started here, outside the mount namespace (it writes /tmp)."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                               "1400x900x24", "-nolisten", "tcp"], pass_fds=(write,),
                              stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        raise RuntimeError("Xvfb did not start")
    return server, f":{number}"


class Run:
    """One app process: its command, event log and stderr, and what they show so far."""

    def __init__(self, sandbox: Path, index: int, seed: int, events: int,
                 namespace: bool, env: dict[str, str]):
        self.seed, self.index = seed, index
        self.log = sandbox / f"events-{index}.log"
        self.err = sandbox / f"stderr-{index}.txt"
        command = [sys.executable, "-m", "benchmarks.monkey_app", "--seed", str(seed),
                   "--events", str(events), "--log", str(self.log),
                   "--home", str(sandbox / "home")]
        if namespace:
            command = ["unshare", "-m", "sh", "-c", MOUNT_SCRIPT, "sh", *command]
        self.log.touch()
        self.proc = subprocess.Popen(command, env=env, cwd=str(sandbox),
                                     stdout=subprocess.DEVNULL, stderr=open(self.err, "wb"),
                                     start_new_session=True)
        self.lines: list[str] = []
        self._read = 0
        self.seen_tracebacks = 0

    def poll_log(self) -> list[str]:
        """New log lines since the last call."""
        with open(self.log, encoding="utf-8", errors="replace") as f:
            f.seek(self._read)
            text = f.read()
        complete = text[:text.rfind("\n") + 1]
        self._read += len(complete.encode("utf-8"))
        new = complete.splitlines()
        self.lines.extend(new)
        return new

    def events(self) -> int:
        return sum(1 for line in self.lines if _is_event(line))

    def last_events(self, before: int | None = None) -> list[str]:
        lines = self.lines[:before] if before is not None else self.lines
        return [line for line in lines if line[:1].isdigit()][-LAST_EVENTS:]

    def stderr(self) -> str:
        return self.err.read_text(encoding="utf-8", errors="replace")


QT_PREFIX = "qt-message "      # Qt's messages on the app's stderr, told apart by this
NOISE = ("This plugin does not support",)     # the offscreen platform's complaints


def count_qt_warnings(figures: Figures, text: str) -> None:
    """Qt warnings (not the offscreen platform's) are figures, not failures: a warning
    usually means something silently did not happen, and is worth a look."""
    for line in text.splitlines():
        if line.startswith(QT_PREFIX) and not any(n in line for n in NOISE) and \
                not line.startswith(QT_PREFIX + ("debug", "info")):
            message = line[len(QT_PREFIX):]
            figures.qt_warnings[message] = figures.qt_warnings.get(message, 0) + 1


def _is_event(line: str) -> bool:
    """An event line ("17 click ..."), not a note about one ("17 skipped: ...")."""
    return line[:1].isdigit() and " skipped: " not in line


def tracebacks_in(text: str) -> int:
    """Traceback blocks in ``text``; a chained exception prints one header per link."""
    return (text.count("Traceback (most recent call last)")
            - text.count("During handling of the above exception")
            - text.count("The above exception was the direct cause"))


def report(figures: Figures, title: str, run: Run, lines: list[str], text: str) -> None:
    text = "\n".join(line for line in text.splitlines()
                     if not any(n in line for n in NOISE))
    body = "\n".join([f"== {title} (seed {run.seed}, app process {run.index}) ==",
                      "last events:", *("  " + line for line in lines),
                      "stderr:", text.rstrip()[-4000:], ""])
    figures.reports.append(body)
    print(body, flush=True)


def watch(run: Run, figures: Figures, hang_seconds: float) -> str:
    """Follow ``run`` until its process ends; returns 'done', 'closed', 'crash' or
    'hang'."""
    last_progress = time.monotonic()
    while True:
        alive = run.proc.poll() is None
        new = run.poll_log()
        if new:
            last_progress = time.monotonic()
        for i, line in enumerate(new):
            if line.startswith("!traceback"):
                figures.tracebacks += 1
                at = len(run.lines) - len(new) + i
                blocks = run.stderr().split("Traceback (most recent call last)")
                report(figures, f"traceback: {line[11:]}", run, run.last_events(at),
                       "Traceback (most recent call last)" + blocks[-1])
            elif line.startswith("#sandbox"):
                figures.sandbox = line.split()[1]
            elif line.startswith("#dialogs-answered"):
                figures.dialogs_answered += int(line.split()[1])
        if not alive:
            break
        if time.monotonic() - last_progress > hang_seconds:
            os.killpg(run.proc.pid, signal.SIGUSR1)   # faulthandler: the stacks
            time.sleep(1.0)
            os.killpg(run.proc.pid, signal.SIGKILL)
            run.proc.wait()
            run.poll_log()
            report(figures, f"hang: no event for {hang_seconds:.0f} s", run,
                   run.last_events(), run.stderr())
            return "hang"
        time.sleep(0.1)
    count_qt_warnings(figures, run.stderr())
    # Tracebacks printed without the hook (another thread's, say) still count.
    marked = sum(1 for line in run.lines if line.startswith("!traceback"))
    unmarked = tracebacks_in(run.stderr()) - marked
    if unmarked > 0:
        figures.tracebacks += unmarked
        report(figures, f"{unmarked} traceback(s) without the hook", run, run.last_events(),
               run.stderr())
    code = run.proc.returncode
    if code == 0 and run.lines and run.lines[-1].startswith(("done", "#dialogs")):
        return "closed" if "closed" in run.lines else "done"
    report(figures, f"crash: exit code {code}"
           + (f" ({signal.Signals(-code).name})" if code < 0 else ""),
           run, run.last_events(), run.stderr())
    return "crash"


def run(events: int, seed: int, xvfb: bool = False, hang_seconds: float = 20.0,
        namespace: bool | None = None, keep: bool = False) -> Figures:
    """Send ``events`` random events in as many app processes as it takes."""
    figures = Figures()
    started = time.monotonic()
    if namespace is None:
        namespace = mount_namespace_works()
    server, display = start_xvfb() if xvfb else (None, None)
    sandbox = Path(tempfile.mkdtemp(prefix="neuron-monkey-")).resolve()
    try:
        env = child_env(sandbox, display)
        index = 0
        while figures.events < events:
            child_seed = seed if index == 0 else seed * 1000 + index
            one = Run(sandbox, index, child_seed, events - figures.events, namespace, env)
            outcome = watch(one, figures, hang_seconds)
            figures.events += one.events()
            if outcome in ("crash", "hang"):
                figures.crashes += outcome == "crash"
                figures.hangs += outcome == "hang"
            figures.closed += outcome == "closed"
            if figures.events < events:
                figures.restarts += 1
                if one.events() == 0 and outcome != "closed":
                    break      # the app cannot even start: no point in going on
            index += 1
    finally:
        if server is not None:
            server.kill()
            server.wait()
        if not keep:
            shutil.rmtree(sandbox, ignore_errors=True)
    figures.seconds = time.monotonic() - started
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.monkey",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--xvfb", action="store_true", help="a real X server, not offscreen")
    parser.add_argument("--hang-seconds", type=float, default=20.0)
    parser.add_argument("--no-namespace", action="store_true",
                        help="the dialog seam only, no read-only mount namespace")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    figures = run(args.events, args.seed, args.xvfb, args.hang_seconds,
                  False if args.no_namespace else None, args.keep)
    print(f"seed: {args.seed}  ({shlex.join(['--events', str(args.events)])})")
    for line in figures.lines():
        print(line)
    for message, times in sorted(figures.qt_warnings.items(), key=lambda m: -m[1])[:10]:
        print(f"  {times} x {message[:160]}")
    return 1 if figures.crashes or figures.tracebacks or figures.hangs else 0


if __name__ == "__main__":
    sys.exit(main())
