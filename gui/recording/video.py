"""Frames to a video file: the recording's frame store and the encoders. No Qt here, so
the encoding is tested without threads or windows (``tests/gui/test_recording_video.py``).

- ``FrameStore`` keeps the frames of one recording, each ``(height, width, 3)`` uint8 RGB,
  in an unnamed temporary file (a 1280x720 frame is 2.7 MB: ten seconds at 15 frames a
  second is 415 MB, too much to hold in memory), up to ``MAX_BYTES``. A frame equal to
  the one before is stored once and only counted again.
- ``encode(frames, path, fps)`` is a generator: it writes the frames to ``path`` (GIF with
  Pillow, MP4 or WebM with imageio's ffmpeg plugin) and yields ``(done, total)`` as it
  goes. It writes to a temporary file beside ``path`` and renames it at the end, so a
  reader never sees half a video and an existing file stays whole until the new one is
  complete; closing the generator early (a cancel) or an error deletes the temporary file.

Messages go through ``core.i18n`` (Qt-free): English on the command line, the interface's
language once the app installs its translator.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from core import atomic_file
from core.i18n import number, translate

# suffix -> (name shown, what writes it)
FORMATS = {".gif": "GIF", ".mp4": "MP4", ".webm": "WebM"}
MAX_BYTES = 2 * 1024**3          # of frames stored for one recording (about 13 minutes of
                                 # a 1280x720 view that changes every frame at 1 fps...
                                 # or 50 s at 15 fps: the limit says so when reached)
MAX_FPS = 30                     # GIF delays are in hundredths of a second; browsers slow
                                 # down delays under 2/100 s, so 30 is the most that plays
VIDEO_CRF = 20                   # libx264 quality: sharp text, small files (0 lossless..51)
GIF_SAVE_SHARE = 0.4             # of a GIF's progress bar: writing, after reducing colours
                                 # (measured: 1.7 s of 4.3 s for 150 frames of 1280x720)


class VideoError(Exception):
    """A video that cannot be written; the message names the file and the problem."""


def save_filter() -> str:
    """The file dialog's filter of the formats, in the language shown."""
    return translate("Video", "Animated GIF (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)")


def format_of(path) -> str | None:
    """'GIF', 'MP4' or 'WebM' by the file name's suffix (any case), else None."""
    return FORMATS.get(Path(path).suffix.lower())


def even_size(size: tuple[int, int]) -> tuple[int, int]:
    """(width, height) made even, as MP4 and WebM need (their colour planes are half
    size in both directions): one pixel less where a side is odd, at least 2."""
    return max(2, size[0] - size[0] % 2), max(2, size[1] - size[1] % 2)


def needs_even(path) -> bool:
    return format_of(path) in ("MP4", "WebM")


class FrameStore(Sequence):
    """The frames of one recording, all ``size`` = (width, height): ``add(frame)``,
    ``len()``, ``store[i]`` -> (height, width, 3) uint8, ``close()`` (frees the file).
    ``max_bytes``: most bytes stored; ``add`` returns False once they would be exceeded."""

    def __init__(self, size: tuple[int, int], max_bytes: int = MAX_BYTES, folder=None):
        self.size = (int(size[0]), int(size[1]))
        self.frame_bytes = self.size[0] * self.size[1] * 3
        self.max_bytes = max_bytes
        self._file = tempfile.TemporaryFile(prefix="neuron-studio-frames-", dir=folder)
        self._order: list[int] = []      # video frame -> stored frame
        self._stored = 0
        self._last: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self._order)

    @property
    def stored(self) -> int:
        """Distinct frames stored (a repeated frame is stored once)."""
        return self._stored

    @property
    def full(self) -> bool:
        return (self._stored + 1) * self.frame_bytes > self.max_bytes

    def add(self, frame: np.ndarray, times: int = 1) -> bool:
        """Append ``frame`` (height, width, 3) uint8 ``times`` times; False (nothing added)
        when the store is full."""
        w, h = self.size
        if frame.shape != (h, w, 3) or frame.dtype != np.uint8:
            raise ValueError(f"frame: expected ({h}, {w}, 3) uint8, got {frame.shape} "
                             f"{frame.dtype}")
        if times < 1:
            return True
        if self._last is None or not np.array_equal(frame, self._last):
            if self.full:
                return False
            self._file.seek(self._stored * self.frame_bytes)
            self._file.write(np.ascontiguousarray(frame).tobytes())
            self._stored += 1
            self._last = frame.copy()
        self._order.extend([self._stored - 1] * times)
        return True

    def repeat_last(self, times: int = 1) -> None:
        """The last frame ``times`` more times (nothing when there is none yet)."""
        if self._order and times > 0:
            self._order.extend([self._order[-1]] * times)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        index = self._order[i]
        self._file.seek(index * self.frame_bytes)
        data = self._file.read(self.frame_bytes)
        w, h = self.size
        return np.frombuffer(data, np.uint8).reshape(h, w, 3)

    def close(self) -> None:
        self._file.close()
        self._order.clear()
        self._last = None


# -- writing ---------------------------------------------------------------------------------

def check_target(path) -> Path:
    """``path`` as a Path if a video can be written there; VideoError says why not."""
    path = Path(path)
    if path.is_dir():
        raise VideoError(translate("Video", "{path}: is a folder; give a file name").format(
            path=path))
    if format_of(path) is None:
        raise VideoError(translate("Video", "{name}: unknown video format; the name must end "
                                   "in {suffixes}").format(name=path.name,
                                                           suffixes=", ".join(FORMATS)))
    if not path.parent.is_dir():
        raise VideoError(translate("Video", "{path}: the folder {folder} does not exist")
                         .format(path=path, folder=path.parent))
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise VideoError(translate("Video", "{path}: the folder {folder} is not writable")
                         .format(path=path, folder=path.parent))
    if path.exists() and not os.access(path, os.W_OK):
        raise VideoError(translate("Video", "{path}: the file exists and is read-only").format(
            path=path))
    return path


def encode(frames: Sequence[np.ndarray], path, fps: float) -> Iterator[tuple[int, int]]:
    """Write ``frames`` (each (height, width, 3) uint8, all one size) to ``path`` at
    ``fps`` frames a second, the format by the suffix; yields (done, total) after each
    step, ending with (total, total) once the file is in place. Raises VideoError.
    Closing the generator before the end leaves no file and no temporary file."""
    path = check_target(path)
    if not len(frames):
        raise VideoError(translate("Video", "{name}: there are no frames to write").format(
            name=path.name))
    if not 1 <= fps <= MAX_FPS:
        raise VideoError(translate("Video", "{fps} frames a second: must be 1 to {most}")
                         .format(fps=number(fps, "g"), most=MAX_FPS))
    h, w = frames[0].shape[:2]
    if needs_even(path) and (w % 2 or h % 2):
        raise VideoError(translate("Video", "{name}: {width}x{height} frames; MP4 and WebM "
                                   "need even sides").format(name=path.name, width=w, height=h))
    try:
        # the same suffix: ffmpeg picks its container by it
        tmp = Path(atomic_file.temp_beside(path, f".part{path.suffix}"))
    except OSError as e:
        raise _cannot_write(path, e) from None
    done = False
    try:
        writer = _gif if format_of(path) == "GIF" else _video
        total = 1
        for step, total in writer(frames, tmp, fps, format_of(path)):
            yield step, total
        _install(tmp, path)
        done = True
        yield total, total
    except OSError as e:
        raise _cannot_write(path, e) from None
    finally:
        if not done:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _cannot_write(path: Path, error: OSError) -> VideoError:
    return VideoError(translate("Video", "{path}: cannot write ({problem})").format(
        path=path, problem=error.strerror or error))


def _install(tmp: Path, path: Path) -> None:
    """The finished temporary file becomes ``path`` (``core.atomic_file``: durably)."""
    if tmp.stat().st_size == 0:
        raise VideoError(translate("Video", "{name}: the encoder wrote nothing").format(
            name=path.name))
    atomic_file.replace_with(tmp, path)


def gif_durations(count: int, fps: float) -> list[int]:
    """Each frame's delay in milliseconds, whole hundredths of a second as GIF stores
    them, chosen so that frame k starts at k / fps seconds (to the hundredth): at 15 fps
    the delays are 70, 60, 70, 70, 60, ... ms, not 60 ms each (17 fps)."""
    starts = [round(100 * k / fps) for k in range(count + 1)]
    return [10 * (b - a) for a, b in zip(starts, starts[1:])]


def _gif(frames, tmp: Path, fps: float, _kind) -> Iterator[tuple[int, int]]:
    """Pillow: each frame reduced to 256 colours (fast octree, no dithering: dither
    noise would change between frames and flicker), then written in one call. Pillow
    keeps a run of identical frames as one frame shown for their total time."""
    from PIL import Image

    n = len(frames)
    total = n + max(1, round(n * GIF_SAVE_SHARE / (1 - GIF_SAVE_SHARE)))
    images = []
    for i in range(n):
        image = Image.fromarray(np.asarray(frames[i]), "RGB")
        images.append(image.quantize(256, Image.Quantize.FASTOCTREE,
                                     dither=Image.Dither.NONE))
        yield i + 1, total
    images[0].save(tmp, format="GIF", save_all=True, append_images=images[1:],
                   duration=gif_durations(n, fps), loop=0, optimize=False)
    yield total - 1, total


def _video(frames, tmp: Path, fps: float, kind: str) -> Iterator[tuple[int, int]]:
    """imageio's ffmpeg plugin (the ffmpeg binary of imageio-ffmpeg): H.264 in MP4 or
    VP9 in WebM, yuv420p so that every player (and PowerPoint) plays it."""
    import imageio.v2 as imageio

    n = len(frames)
    if kind == "MP4":
        codec, params = "libx264", ["-crf", str(VIDEO_CRF), "-preset", "medium",
                                    "-movflags", "+faststart"]
    else:
        codec, params = "libvpx-vp9", ["-crf", "32", "-b:v", "0", "-deadline", "good",
                                       "-cpu-used", "4", "-row-mt", "1"]
    writer = imageio.get_writer(str(tmp), format="FFMPEG", mode="I", fps=fps, codec=codec,
                                quality=None, pixelformat="yuv420p", macro_block_size=1,
                                ffmpeg_log_level="error", output_params=params)
    try:
        for i in range(n):
            writer.append_data(np.asarray(frames[i]))
            yield i + 1, n + 1
    finally:
        writer.close()        # waits for ffmpeg to finish the file (or the cancel)
    yield n, n + 1
