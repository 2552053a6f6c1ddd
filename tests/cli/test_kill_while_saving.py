"""SIGKILL in the middle of saving never costs the previous file (issue: no lost work).

A child process saves versions of a network over the same file as fast as it can (or
``main.py train --out`` writes over an existing file); the parent kills it with SIGKILL at
random moments. Whatever moment the kill hits, the file on disk must load and be one whole
version, never a torn mixture or an empty file.
"""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core import netfile

ROOT = Path(__file__).resolve().parents[2]
KILLS = 12

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

SAVER = """
import os, sys, time
from core import netfile
real_fsync = os.fsync
def slow_fsync(fd):                        # a slow disk: the new file is half-way for 30 ms
    time.sleep(0.03)
    real_fsync(fd)
os.fsync = slow_fsync
i = 0
if os.path.exists(sys.argv[1]):             # go on numbering from the last whole version
    i = int(netfile.load(sys.argv[1]).meta["title"].split()[1]) + 1
doc = netfile.default_document()
doc.history = {k: [0.5] * 2000 for k in ("epoch", "train_loss", "test_loss",
                                          "train_accuracy", "test_accuracy")}
doc.history["epoch"] = list(range(2000))
while True:
    doc.meta["title"] = f"version {i}"
    netfile.save(doc, sys.argv[1])
    print(i, flush=True)
    i += 1
"""


def _child(args, **kw):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, **kw)


def _kill(proc) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()


def test_killed_while_saving_the_file_is_always_whole(tmp_path):
    rng = random.Random(1)
    path = tmp_path / "net.nsnet"
    seen = set()
    for _ in range(KILLS):
        proc = _child(["-c", SAVER, str(path)])
        proc.stdout.readline()                  # one more complete save is on disk
        time.sleep(rng.uniform(0.0, 0.1))       # a save takes ~40 ms: kills land inside
        _kill(proc)
        title = netfile.load(path).meta["title"]
        assert title.startswith("version ")
        seen.add(title)
    assert len(seen) > KILLS // 2                # the kills did land at different moments
    # and some landed in the middle of writing: their temporary files are left behind
    assert list(tmp_path.glob(".net.nsnet.*.tmp")), os.listdir(tmp_path)


def test_killed_train_never_damages_the_existing_out_file(tmp_path):
    rng = random.Random(2)
    src = ROOT / "resources" / "examples" / "circle.nsnet"
    out = tmp_path / "out.nsnet"
    before = netfile.dumps(netfile.load(src))
    out.write_text(before)
    states = set()
    for _ in range(5):
        proc = _child(["main.py", "train", str(src), "--epochs", "60", "--quiet",
                       "--out", str(out)])
        time.sleep(rng.uniform(0.3, 1.5))       # from start-up to the end of the write
        if proc.poll() is None:
            _kill(proc)
        else:
            proc.stdout.close()
        doc = netfile.load(out)
        epoch = doc.training["epoch"]
        assert epoch in (0, 60)
        if epoch == 0:
            assert netfile.dumps(doc) == before
        states.add(epoch)
