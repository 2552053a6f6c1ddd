"""Recording training for slides: a view of the window (the whole window, the stage, the
Map, the loss plot or the network) grabbed while it trains and saved as an animated GIF,
an MP4 or a WebM video.

- ``video``: the frame store and the encoders (Pillow, imageio's ffmpeg); no Qt;
- ``capture``: the views and one frame of a view as an RGB array;
- ``recorder``: grabbing frames at a frame rate, in step with the frame scheduler;
- ``worker``: encoding in a thread; ``dialog`` and ``session``: File > Record Training…;
- ``cli``: ``python main.py record``.
"""

from gui.recording.session import install

__all__ = ["install"]
