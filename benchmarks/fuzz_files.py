"""`python -m benchmarks.fuzz_files [--cases N] [--seed S]`: hostile network files.

Every lesson and example file is mutated, byte by byte and field by field, and hypothesis
generates documents of its own; each case goes through ``core.netfile.loads`` and, when it
loads, through ``core.experiment.make_trainer`` and one training step. The report counts:

- crashes: any exception other than ``NetFileError`` (the one error type; its message must
  start with the field it names, e.g. ``layers[0].neurons[1].bias: ...``),
- hangs: cases slower than ``SLOW_S``,
- rejections by field, and documents that loaded and trained.

Nothing in a file is executed: the reader is ``json.loads`` with hooks, never pickle or
eval; a case that could execute code would show up as a crash or a created marker file.
Exit status 1 if any case crashed or hung. The tests run a fast subset (``run(cases=...)``).
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from core import experiment, netfile

ROOT = Path(__file__).resolve().parents[1]
SLOW_S = 5.0

# values a hostile or broken file might hold, beside random ones
NASTY = [None, True, False, 0, -1, 1, 2**31, 2**63, -2**63, 10**30, 1e308, -1e308, 1e-320,
         0.5, -0.0, "", "x", "NaN", "Infinity", "1e400", "\u0000", "\ud7ff" * 3, "a" * 5000,
         [], {}, [[]], [0] * 300, {"": None}, [1e308] * 10, {"source": "csv", "path": "/etc"},
         "__import__('os').system('touch /tmp/pwned')", "!!python/object:os.system"]
TOKENS = [b"{", b"}", b"[", b"]", b",", b":", b'"', b"\\", b"NaN", b"-", b"1e999", b"\xff",
          b"\x00", b"\xef\xbb\xbf", b"null", b"9" * 40]


def seed_files() -> list[Path]:
    """The lesson and example files: real documents of every kind the app ships."""
    return sorted((ROOT / "resources" / "lessons").glob("*.nsnet")) + \
        sorted((ROOT / "resources" / "examples").glob("*.nsnet"))


# -- mutations -----------------------------------------------------------------------------

def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.choice([1, 1, 2, 5, 20])):
        kind = rng.randrange(5)
        i = rng.randrange(len(b) + 1)
        if kind == 0 and b:
            b[min(i, len(b) - 1)] = rng.randrange(256)
        elif kind == 1:
            b[i:i] = rng.choice(TOKENS)
        elif kind == 2:
            del b[i:i + rng.randrange(1, 64)]
        elif kind == 3:
            j = rng.randrange(len(b) + 1)
            b[i:i] = b[j:j + rng.randrange(1, 200)]
        else:
            b = b[:i]
    return bytes(b)


def json_paths(value, prefix=()):
    """Every path (tuple of keys and indices; lists: the first 4 items) inside value."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from json_paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value[:4]):
            yield from json_paths(v, prefix + (i,))


def _random_value(rng: random.Random, depth: int = 0):
    roll = rng.random()
    if roll < 0.5 or depth > 2:
        return rng.choice(NASTY)
    if roll < 0.7:
        return rng.uniform(-1e6, 1e6) if rng.random() < 0.5 else rng.randrange(-10, 10**6)
    if roll < 0.85:
        return [_random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {rng.choice(["activation", "weights", "bias", "alpha", "name", "samples", "x"]):
            _random_value(rng, depth + 1) for _ in range(rng.randrange(3))}


def mutate_fields(rng: random.Random, doc: dict) -> bytes:
    """Replace, delete, duplicate or grow one field of the parsed document."""
    paths = [p for p in json_paths(doc) if p]
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        path = rng.choice(paths)
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            key = path[-1]
            kind = rng.randrange(4)
            if kind == 0:
                parent[key] = _random_value(rng)
            elif kind == 1:
                del parent[key]
            elif kind == 2 and isinstance(parent[key], list) and parent[key]:
                parent[key] = parent[key] * rng.choice([2, 3])     # sizes that disagree
            else:
                parent[key] = [parent[key]] if rng.random() < 0.5 else {"x": parent[key]}
        except (KeyError, IndexError, TypeError):
            continue
    return json.dumps(doc, allow_nan=True).encode("utf-8")


# -- running -------------------------------------------------------------------------------

@dataclass
class Report:
    cases: int = 0
    loaded: int = 0
    trained: int = 0
    crashes: list = field(default_factory=list)
    hangs: list = field(default_factory=list)
    rejected: collections.Counter = field(default_factory=collections.Counter)
    slowest: float = 0.0

    def ok(self) -> bool:
        return not self.crashes and not self.hangs

    def lines(self) -> list[str]:
        out = [f"cases: {self.cases}", f"loaded: {self.loaded} (trained one step: "
               f"{self.trained})", f"rejected with a field-naming NetFileError: "
               f"{sum(self.rejected.values())}", f"crashes: {len(self.crashes)}",
               f"hangs (> {SLOW_S:g} s): {len(self.hangs)}",
               f"slowest case: {self.slowest * 1000:.0f} ms", "most rejected fields:"]
        out += [f"  {name}: {n}" for name, n in self.rejected.most_common(12)]
        out += [f"CRASH {c}" for c in self.crashes[:20]]
        out += [f"HANG {h}" for h in self.hangs[:20]]
        return out


def _field_of(error: netfile.NetFileError) -> str:
    name = error.field.split("[")[0].split(".")[0]
    return name or "?"


def check_case(data: bytes, report: Report, label: str) -> None:
    """One case: load, and if it loads, build a trainer and take one step."""
    report.cases += 1
    start = time.perf_counter()
    try:
        doc = netfile.loads(data)
        report.loaded += 1
        trainer = experiment.make_trainer(doc)
        trainer.step_batch()
        trainer.evaluate(record=False)
        report.trained += 1
    except netfile.NetFileError as e:
        if not e.field or not str(e).startswith(f"{e.field}: "):
            report.crashes.append(f"{label}: error without its field: {e!r}")
        report.rejected[_field_of(e)] += 1
    except Exception as e:  # noqa: BLE001 - this is what the fuzzer looks for
        report.crashes.append(f"{label}: {type(e).__name__}: {e}"[:300])
    took = time.perf_counter() - start
    report.slowest = max(report.slowest, took)
    if took > SLOW_S:
        report.hangs.append(f"{label}: {took:.1f} s")


def _hypothesis_cases(report: Report, n: int, seed: int) -> None:
    """Documents hypothesis builds from scratch around the real top-level keys."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    scalar = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10)
    value = st.recursive(scalar, lambda inner: st.lists(inner, max_size=4) |
                         st.dictionaries(st.text(max_size=8), inner, max_size=4),
                         max_leaves=16)
    keys = st.sampled_from(["format", "version", "meta", "inputs", "layers", "loss", "data",
                            "training", "history", "state", "view"])
    documents = st.fixed_dictionaries(
        {"format": st.just("neuron-studio-network"), "version": st.just(1)},
        optional={"inputs": st.lists(st.text(max_size=4), max_size=3), "layers": value,
                  "loss": st.sampled_from(["mse", "binary_crossentropy", "x"]),
                  "data": value, "training": value, "meta": value}) | \
        st.dictionaries(keys, value, max_size=6)

    @settings(max_examples=n, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(documents)
    def case(doc):
        check_case(json.dumps(doc).encode(), report, "hypothesis")

    from hypothesis import seed as hseed
    hseed(seed)(case)()


def run(cases: int = 10_000, seed: int = 0, hypothesis_share: float = 0.2) -> Report:
    rng = random.Random(seed)
    report = Report()
    seeds = [(p.name, p.read_bytes()) for p in seed_files()]
    n_hyp = int(cases * hypothesis_share)
    for i in range(cases - n_hyp):
        name, data = seeds[i % len(seeds)]
        if rng.random() < 0.5:
            check_case(mutate_bytes(rng, data), report, f"{name} bytes #{i}")
        else:
            check_case(mutate_fields(rng, json.loads(data)), report, f"{name} fields #{i}")
    if n_hyp:
        _hypothesis_cases(report, n_hyp, seed)
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fuzz_files",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    report = run(args.cases, args.seed)
    for line in report.lines():
        print(line)
    print(f"seed files: {len(seed_files())}; {time.perf_counter() - started:.0f} s")
    return 0 if report.ok() else 1


if __name__ == "__main__":
    sys.exit(main())
