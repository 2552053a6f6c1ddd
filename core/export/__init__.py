"""Export a network as a standalone Python script a student can read and run: one in plain
NumPy (``numpy_script``) and one in PyTorch (``pytorch_script``), both rebuilding the
network from literal weights, preparing inputs exactly as the app does, and printing the
outputs for a few example rows or a CSV file. ``write_script`` writes one atomically."""

from core.export.common import ExportError, write_script
from core.export.numpy_script import numpy_script
from core.export.torch_script import pytorch_script

__all__ = ["ExportError", "numpy_script", "pytorch_script", "write_script"]
