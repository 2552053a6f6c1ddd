"""`main.py train` for 20 epochs, then 10 more from its output, equals 30 in one go, bit for
bit: the epoch, the optimizer state and the shuffling RNG travel in the file."""

import pytest

from core import cli_train, netfile
from core.netfile import Document

EXAMPLES = "resources/examples"


def _train(src, epochs, out) -> Document:
    cli_train.run(str(src), epochs, str(out), quiet=True)
    return netfile.load(out)


@pytest.mark.parametrize("name,optimizer", [("spiral", "adam"), ("xor", "momentum"),
                                            ("blobs3", "sgd")])
def test_twenty_then_ten_equals_thirty(tmp_path, name, optimizer):
    doc = netfile.load(f"{EXAMPLES}/{name}.nsnet")
    doc.training.update(optimizer=optimizer, batch_size=7)   # mini-batches with a remainder
    src = tmp_path / "start.nsnet"
    netfile.save(doc, src)
    half = _train(src, 20, tmp_path / "20.nsnet")
    resumed = _train(tmp_path / "20.nsnet", 10, tmp_path / "20+10.nsnet")
    straight = _train(src, 30, tmp_path / "30.nsnet")
    assert half.training["epoch"] == 20
    assert resumed.training["epoch"] == straight.training["epoch"] == 30
    assert resumed.network.theta.tobytes() == straight.network.theta.tobytes()
    assert resumed.state["optimizer"] == straight.state["optimizer"]
    assert resumed.state["rng"] == straight.state["rng"]
    assert half.network.theta.tobytes() != straight.network.theta.tobytes()
