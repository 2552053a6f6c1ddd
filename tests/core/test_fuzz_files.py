"""A fast subset of the hostile-file fuzzer (``python -m benchmarks.fuzz_files`` runs
10,000 cases): no crash, no hang, every rejection is a NetFileError naming its field."""

import json

from benchmarks import fuzz_files


def test_mutated_lesson_and_example_files_never_crash():
    report = fuzz_files.run(cases=400, seed=7, hypothesis_share=0.25)
    assert report.ok(), "\n".join(report.lines())
    assert report.cases == 400
    assert report.loaded > 0 and sum(report.rejected.values()) > 200   # both paths taken
    assert len(report.rejected) >= 4                                   # many fields hit


def test_every_lesson_is_a_seed():
    names = {p.name for p in fuzz_files.seed_files()}
    assert len(names) >= 9 + 5
    assert all(json.loads(p.read_bytes())["format"] == "neuron-studio-network"
               for p in fuzz_files.seed_files())


def test_a_crash_is_reported(monkeypatch):
    """The harness itself can fail: an exception other than NetFileError is a crash."""
    def boom(data):
        raise KeyError("layers")

    monkeypatch.setattr(fuzz_files.netfile, "loads", boom)
    report = fuzz_files.run(cases=5, seed=1, hypothesis_share=0.0)
    assert not report.ok() and len(report.crashes) == 5
