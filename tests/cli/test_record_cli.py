"""`main.py record`: the coffee lesson trained offscreen and recorded as a GIF of the Map
and an MP4 of the window, read back with Pillow and imageio; bad input exits 2 with one
line on stderr and writes nothing."""

import numpy as np
import pytest
from PIL import Image, ImageSequence

from gui.recording.cli import frame_epochs
from tests.cli.test_main_cli import ROOT, assert_one_line_error, run_main

COFFEE = str(ROOT / "resources" / "lessons" / "02_coffee_roasting.nsnet")


def test_frame_epochs_are_evenly_spaced_from_start_to_end():
    assert frame_epochs(100, 5) == [0, 25, 50, 75, 100]
    assert frame_epochs(10, 4) == [0, 3, 7, 10]
    assert frame_epochs(3, 50) == [0, 1, 2, 3]           # at most one frame an epoch


def test_record_the_map_as_a_gif(tmp_path):
    out = tmp_path / "coffee.gif"
    proc = run_main("record", COFFEE, "--epochs", "120", "--frames", "6", "--view", "map",
                    "--fps", "5", "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert "6 frames" in proc.stdout
    with Image.open(out) as gif:
        assert gif.n_frames == 6
        width, height = gif.size
        assert 150 < width < 1000 and 150 < height < 800          # the Map panel's size
        frames = [np.asarray(f.convert("RGB")).astype(int) for f in ImageSequence.Iterator(gif)]
        delays = [f.info["duration"] for f in ImageSequence.Iterator(Image.open(out))]
    assert sum(delays) == 6 * 200
    assert all(f.std() > 10 for f in frames)                      # not blank
    middle = (slice(height // 4, height // 2), slice(width // 4, 3 * width // 4))
    assert np.abs(frames[0][middle] - frames[-1][middle]).mean() > 5  # the map learned
    assert [p.name for p in tmp_path.iterdir()] == ["coffee.gif"]


def test_record_the_window_as_an_mp4_of_the_asked_size(tmp_path):
    import imageio.v2 as imageio

    out = tmp_path / "coffee.mp4"
    proc = run_main("record", COFFEE, "--epochs", "30", "--frames", "4", "--size",
                    "641x361", "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    reader = imageio.get_reader(str(out), format="FFMPEG")
    try:
        assert reader.count_frames() == 4
        assert reader.get_data(0).shape == (360, 640, 3)          # made even for H.264
    finally:
        reader.close()
    assert [p.name for p in tmp_path.iterdir()] == ["coffee.mp4"]


@pytest.mark.parametrize("args, words", [
    (["--view", "plot"], "--view"),
    (["--size", "big"], "--size"),
    (["--epochs", "0"], "--epochs"),
    (["--fps", "100"], "--fps"),
    (["--out", "{tmp}/missing/x.gif"], "does not exist"),
    (["--out", "{tmp}/x.avi"], "unknown video format"),
    (["--out", "{tmp}"], "is a folder"),
])
def test_bad_arguments_exit_2_with_one_line(tmp_path, args, words):
    argv = {"--epochs": "5", "--out": str(tmp_path / "x.gif")}
    for key, value in zip(args[::2], args[1::2]):
        argv[key] = value.format(tmp=tmp_path)
    flat = [item for pair in argv.items() for item in pair]
    line = assert_one_line_error(run_main("record", COFFEE, *flat))
    assert words in line
    assert not any(p.suffix in (".gif", ".avi") for p in tmp_path.rglob("*"))


def test_missing_network_file_exits_2(tmp_path):
    line = assert_one_line_error(run_main("record", str(tmp_path / "none.nsnet"), "--epochs",
                                          "5", "--out", str(tmp_path / "x.gif")))
    assert "none.nsnet" in line and not (tmp_path / "x.gif").exists()


def test_help_exits_0():
    proc = run_main("record", "--help")
    assert proc.returncode == 0 and "usage: main.py record" in proc.stdout
    assert "--view" in proc.stdout and "--frames" in proc.stdout


def test_record_without_out_or_epochs():
    assert "--out" in assert_one_line_error(run_main("record", COFFEE, "--epochs", "5"))
    assert "--epochs" in assert_one_line_error(run_main("record", COFFEE, "--out", "x.gif"))
