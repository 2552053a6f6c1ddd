"""Recording training for slides: a view of the window (the whole window, the stage, the
Map, the loss plot or the network) grabbed while it trains and saved as an animated GIF,
an MP4 or a WebM video.

- ``video``: the frame store and the encoders (Pillow, imageio's ffmpeg); no Qt;
- ``capture``: the views and one frame of a view as an RGB array;
- ``recorder``: grabbing frames at a frame rate, in step with the frame scheduler;
- ``worker``: encoding in a thread; ``dialog`` and ``session``: File > Record Training…;
- ``cli``: ``python main.py record``.

``VIEWS`` names the views a recording can show (the command line's ``--view``), and
``DEFAULT_FPS`` and ``DEFAULT_FRAMES`` are the command line's defaults; this module imports
no Qt, so the command line reads them before loading it.
"""

VIEWS = ("window", "stage", "map", "loss", "network")
DEFAULT_FPS = 10          # python main.py record --fps
DEFAULT_FRAMES = 50       # python main.py record --frames


def install(window):
    """File > Record Training… in ``window`` (``gui.recording.session.install``). Imported
    here on use, so that ``main.py record``'s argument checks load no Qt."""
    from gui.recording.session import install as install_recording

    return install_recording(window)
