"""Saved in the middle of a live run (mini-batches, Adam), loaded and continued headlessly:
the weights equal those of a run that never stopped, bit for bit; saving and autosaving
do not stop the training thread."""

from core import experiment, netfile
from gui.main_window import MainWindow


def test_save_mid_run_then_resume_equals_an_uninterrupted_run(qtbot, tmp_path):
    doc = netfile.default_document()
    doc.training.update(optimizer="adam", learning_rate=0.01, batch_size=16)
    start = netfile.loads(netfile.dumps(doc))
    w = MainWindow(doc)
    w.show()
    w.controller.play()
    qtbot.waitUntil(lambda: w.controller.epoch >= 5, timeout=20_000)
    path = tmp_path / "mid-run.nsnet"
    worker, changes = w.controller._worker, []
    w.controller.runningChanged.connect(changes.append)
    assert w._write(path)                      # while it trains: read between two epochs
    qtbot.waitUntil(w.autosaver.needed, timeout=10_000)     # trained on since the save
    assert w.autosaver.save_now()              # and the autosave too
    assert w.controller._worker is worker and changes == []   # the worker never stopped
    qtbot.waitUntil(lambda: w.controller.epoch >= netfile.load(path).training["epoch"] + 2,
                    timeout=20_000)            # and goes on training
    w.controller.pause()
    w.ask_save_changes = lambda: "discard"
    assert w.close()
    saved = netfile.load(path)
    epoch = saved.training["epoch"]
    resumed = experiment.make_trainer(saved, tmp_path)
    straight = experiment.make_trainer(start)
    while straight.step_count < resumed.step_count:    # the same point, step by step
        straight.step_batch()
    assert straight.net.theta.tobytes() == resumed.net.theta.tobytes()
    for _ in range(3):
        resumed.run_epoch()
        straight.run_epoch()
    assert (resumed.epoch, resumed.step_count) == (straight.epoch, straight.step_count)
    assert resumed.epoch >= epoch + 3
    assert straight.net.theta.tobytes() == resumed.net.theta.tobytes()
