"""The worker's pacing loop (``gui.pacing``) with a fake clock and a fake generator: no
threads, no Qt, no waiting."""

from types import SimpleNamespace

from gui.pacing import Throttle, pace


class Fake:
    """A clock that moves only when the fake work does: each step takes ``step_s``, each
    emit (evaluation, handshake, the GUI's drawing) ``emit_s``, each sleep what it asks."""

    def __init__(self, n=None, step_s=0.001, emit_s=0.0, diverge_at=None, stop_at=None):
        self.t, self.n, self.step_s, self.emit_s = 100.0, n, step_s, emit_s
        self.diverge_at, self.stop_at = diverge_at, stop_at
        self.done, self.emitted, self.slept = 0, [], 0.0

    def clock(self):
        return self.t

    def sleep(self, s):
        assert s >= 0
        self.slept += s
        self.t += s

    def step(self):
        if self.n is not None and self.done >= self.n:
            return None
        self.done += 1
        self.t += self.step_s
        stopped = "diverged" if self.done == self.diverge_at else ""
        return SimpleNamespace(epoch=self.done, stopped=stopped, t=self.t)

    def emit(self, snap):
        self.emitted.append(snap)
        self.t += self.emit_s

    def interrupted(self):
        return self.stop_at is not None and self.done >= self.stop_at

    def run(self, **kw):
        kw.setdefault("interval", lambda: 1 / 45)
        return pace(self.step, self.emit, self.interrupted, clock=self.clock,
                    sleep=self.sleep, **kw)


def test_always_emits_the_last_step():
    fake = Fake(n=1000)
    assert fake.run(epochs=1000) == ""
    assert fake.emitted[-1].epoch == 1000
    fake = Fake(n=37)                      # the generator ends by itself (epochs unknown)
    fake.run(epochs=37)
    assert fake.emitted[-1].epoch == 37


def test_never_emits_more_often_than_the_interval():
    fake = Fake(n=5000, step_s=0.001)      # 5 s of training at 1000 epochs/s
    fake.run(epochs=5000, interval=lambda: 0.1)
    times = [s.t for s in fake.emitted[:-1]]          # the last one comes regardless
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.1 - 1e-9
    assert 45 <= len(fake.emitted) <= 51               # about 10 a second, not more


def test_the_interval_is_asked_at_every_step():
    fake = Fake(n=2000, step_s=0.001)
    asked = []

    def interval():
        asked.append(fake.done)
        return 0.5 if fake.done > 1000 else 0.05      # the GUI got slower
    fake.run(epochs=2000, interval=interval)
    assert len(asked) == 2000
    late = [s for s in fake.emitted[:-1] if s.epoch > 1000]
    assert len(late) <= 3


def test_trains_at_least_min_train_s_after_each_emit():
    # a GUI that takes 50 ms a frame and asks for no interval: the worker still trains
    fake = Fake(n=400, step_s=0.001, emit_s=0.05)
    fake.run(epochs=400, interval=lambda: 0.0, min_train_s=0.01)
    ends = [s.t for s in fake.emitted]
    for before, after in zip(ends, ends[1:-1]):
        assert after - (before + 0.05) >= 0.01 - 1e-9
    assert fake.emitted[0].t - 100.0 >= 0.01 - 1e-9     # the first waits too


def test_honours_max_rate_pacing():
    fake = Fake(n=30, step_s=0.001)
    fake.run(epochs=30, max_rate=10.0)
    assert abs(fake.t - 100.0 - 3.0) < 0.01            # 30 epochs at 10 a second: 3 s
    assert len(fake.emitted) >= 29                      # 0.1 s apart: every one is due


def test_stops_on_interruption_and_emits_that_step():
    fake = Fake(n=None, stop_at=250)       # runs until interrupted
    assert fake.run() == ""
    assert fake.done == 250 and fake.emitted[-1].epoch == 250


def test_stops_on_divergence_with_its_reason():
    fake = Fake(n=1000, diverge_at=123)
    assert fake.run(epochs=1000) == "diverged"
    assert fake.done == 123 and fake.emitted[-1].epoch == 123


def test_throttle_for_the_trials():
    t = [0.0]
    throttle = Throttle(min_train_s=0.1)
    assert throttle.due(0.0)
    throttle.emit(lambda: t.__setitem__(0, 0.3), 0.0, lambda: t[0])   # the GUI took 0.3 s
    assert throttle.resumed_at == 0.3
    assert not throttle.due(0.35) and throttle.due(0.4)
