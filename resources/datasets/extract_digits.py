"""One-off script that wrote ``digits.csv.gz``; the app never imports it.

It copies the UCI "Optical Recognition of Handwritten Digits" 8x8 set (1797 samples) out of
scikit-learn, which ships it, into a small gzip CSV of integers that ``core.datasets`` reads
with NumPy alone. scikit-learn is not a dependency of Neuron Studio, so run this in a
throwaway virtual environment:

    python3 -m venv /tmp/skl && /tmp/skl/bin/pip install scikit-learn
    /tmp/skl/bin/python resources/datasets/extract_digits.py

Columns: px0..px63 (row-major 8x8 pixels, values 0-16), then label (0-9).
The gzip header holds no file name or time stamp, so re-running gives identical bytes.
Licence and citation: see DIGITS-LICENSE.md next to this file.
"""

import gzip
import io
from pathlib import Path

import numpy as np
from sklearn.datasets import load_digits

OUT = Path(__file__).resolve().parent / "digits.csv.gz"


def main() -> None:
    digits = load_digits()
    pixels = digits.data.astype(np.int64)
    labels = digits.target.astype(np.int64)
    # Refuse to write anything surprising: the app relies on these facts.
    assert pixels.shape == (1797, 64) and labels.shape == (1797,)
    assert np.array_equal(pixels, digits.data), "pixels are not whole numbers"
    assert pixels.min() == 0 and pixels.max() == 16
    assert sorted(set(labels.tolist())) == list(range(10))

    text = io.StringIO()
    text.write(",".join([f"px{i}" for i in range(64)] + ["label"]) + "\n")
    for row, label in zip(pixels, labels):
        text.write(",".join(str(v) for v in row) + f",{label}\n")

    with open(OUT, "wb") as raw, gzip.GzipFile(
        filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0
    ) as out:
        out.write(text.getvalue().encode("ascii"))
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
