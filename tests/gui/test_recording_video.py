"""gui.recording.video: the frame store and the encoders, without Qt or threads. Files
are read back with Pillow (GIF) and imageio's ffmpeg plugin (MP4)."""

import numpy as np
import pytest
from PIL import Image, ImageSequence

from gui.recording import video
from gui.recording.video import FrameStore, VideoError, encode, gif_durations

W, H = 64, 48


def frames(count: int, size=(W, H)) -> list[np.ndarray]:
    """A grey background with a blue square moving right, one step a frame."""
    w, h = size
    out = []
    for k in range(count):
        f = np.full((h, w, 3), 200, np.uint8)
        x = 2 + 4 * k
        f[10:30, x:x + 16] = (30, 90, 200)
        out.append(f)
    return out


def store_of(items, size=(W, H), **kw) -> FrameStore:
    store = FrameStore(size, **kw)
    for f in items:
        assert store.add(f)
    return store


def run(steps):
    """Drive an encode generator to the end; its (done, total) pairs."""
    return list(steps)


def test_store_keeps_a_repeated_frame_once_and_gives_frames_back(tmp_path):
    a, b = frames(2)
    store = FrameStore((W, H), folder=tmp_path)
    store.add(a)
    store.add(a, times=2)
    store.add(b)
    store.repeat_last(2)
    assert (len(store), store.stored) == (6, 2)
    assert [np.array_equal(store[i], a) for i in range(6)] == [True] * 3 + [False] * 3
    assert np.array_equal(store[-1], b)
    with pytest.raises(ValueError, match="expected"):
        store.add(np.zeros((H, W + 1, 3), np.uint8))
    store.close()


def test_store_says_when_full():
    one = W * H * 3
    store = FrameStore((W, H), max_bytes=2 * one)
    a, b, c = frames(3)
    assert store.add(a) and store.add(b)
    assert store.add(b)              # a repeat costs nothing
    assert not store.add(c)
    assert len(store) == 3
    store.close()


def test_gif_has_every_frame_at_its_size_and_plays_as_long_as_recorded(tmp_path):
    out = tmp_path / "moving.gif"
    items = frames(6)
    steps = run(encode(store_of(items), out, 15))
    assert steps[-1][0] == steps[-1][1]                  # ends at 100 %
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    with Image.open(out) as gif:
        assert (gif.n_frames, gif.size) == (6, (W, H))
        got = [np.asarray(f.convert("RGB")) for f in ImageSequence.Iterator(gif)]
        delays = [f.info["duration"] for f in ImageSequence.Iterator(Image.open(out))]
    assert sum(delays) == pytest.approx(1000 * 6 / 15, abs=10)
    for mine, theirs in zip(items, got):         # 256 colours: these few come back exact
        assert np.array_equal(mine, theirs)
    assert not np.array_equal(got[0], got[-1])
    assert [p.name for p in tmp_path.iterdir()] == ["moving.gif"]      # no temporary file


def test_gif_delays_keep_the_frame_rate():
    delays = gif_durations(15, 15)
    assert set(delays) <= {60, 70} and sum(delays) == 1000
    assert gif_durations(4, 10) == [100] * 4


def test_mp4_has_every_frame_at_its_size(tmp_path):
    import imageio.v2 as imageio

    out = tmp_path / "moving.mp4"
    run(encode(store_of(frames(7)), out, 10))
    reader = imageio.get_reader(str(out), format="FFMPEG")
    try:
        assert reader.count_frames() == 7
        first = reader.get_data(0)
        assert first.shape == (H, W, 3)
        assert reader.get_meta_data()["fps"] == pytest.approx(10)
        # lossy, but the square is where it was
        assert first[20, 10, 2] > 150 and first[20, 40, 2] < 230
    finally:
        reader.close()
    assert [p.name for p in tmp_path.iterdir()] == ["moving.mp4"]


def test_mp4_needs_even_sides(tmp_path):
    odd = store_of(frames(2, (W + 1, H)), size=(W + 1, H))
    with pytest.raises(VideoError, match="even"):
        run(encode(odd, tmp_path / "odd.mp4", 10))
    assert video.even_size((641, 481)) == (640, 480)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffix", [".gif", ".mp4"])
def test_cancel_leaves_no_file_and_no_temporary_file(tmp_path, suffix):
    out = tmp_path / f"cancelled{suffix}"
    steps = encode(store_of(frames(8)), out, 10)
    next(steps)
    next(steps)
    assert len(list(tmp_path.iterdir())) == 1           # the temporary file, being written
    steps.close()                                        # Cancel
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_the_old_file_whole(tmp_path):
    out = tmp_path / "old.gif"
    out.write_bytes(b"the old recording")
    steps = encode(store_of(frames(4)), out, 10)
    next(steps)
    steps.close()
    assert out.read_bytes() == b"the old recording"
    assert [p.name for p in tmp_path.iterdir()] == ["old.gif"]


def test_a_video_written_through_a_symlink_replaces_its_target(tmp_path):
    # as network files and handouts (core.atomic_file): the link stays a link, and a
    # replaced file keeps its permissions
    (tmp_path / "slides").mkdir()
    target = tmp_path / "slides" / "real.gif"
    target.write_bytes(b"the old recording")
    target.chmod(0o640)
    link = tmp_path / "link.gif"
    link.symlink_to(target)
    run(encode(store_of(frames(3)), link, 10))
    assert link.is_symlink() and sorted(p.name for p in tmp_path.iterdir()) == ["link.gif",
                                                                                 "slides"]
    assert [p.name for p in target.parent.iterdir()] == ["real.gif"]    # no temporary file
    assert Image.open(target).n_frames == 3 and target.stat().st_mode & 0o777 == 0o640


def test_bad_targets_are_named(tmp_path):
    store = store_of(frames(2))
    for path, words in ((tmp_path / "x.avi", "unknown video format"),
                        (tmp_path / "missing" / "x.gif", "does not exist"),
                        (tmp_path, "is a folder")):
        with pytest.raises(VideoError, match=words):
            run(encode(store, path, 10))
    with pytest.raises(VideoError, match="no frames"):
        run(encode(FrameStore((W, H)), tmp_path / "x.gif", 10))
    assert list(tmp_path.iterdir()) == []
