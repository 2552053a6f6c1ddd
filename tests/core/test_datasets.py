"""Tests for core.datasets, core.features and core.csv_data: generators, digits, split,
features, CSV."""

import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core import csv_data
from core.curve_data import CURVES
from core.datasets import (
    BUILTIN,
    Dataset,
    DatasetError,
    csv_columns,
    load_csv,
    make,
    split,
)
from core.features import FEATURES, feature_map, normalise

REPO = Path(__file__).resolve().parents[2]
PLAYGROUND_2D = ["circle", "xor", "gauss", "spiral", "moons", "blobs3"]
CURVE_SETS = ["above_sine", "above_cubic", "above_abs"]
GENERATED = [n for n in BUILTIN if n != "digits"]


# ---------------------------------------------------------------- registry and arguments


def test_registry_lists_every_builtin_with_label_and_description():
    expected = {"circle", "xor", "gauss", "spiral", "plane", "multi_gaussian", "moons", "blobs3",
                "coffee", "obesity", "digits", "above_sine", "above_cubic",
                "above_abs"}  # fmt: skip
    assert set(BUILTIN) == expected
    for spec in BUILTIN.values():
        assert spec.label and spec.description
        assert spec.problem in ("classification", "regression")


@pytest.mark.parametrize(
    "kwargs, text",
    [
        ({"name": "squares"}, "unknown data set 'squares'; choose one of: circle, xor"),
        ({"name": "xor", "samples": 0}, "samples must be a whole number from 1 to 100000; got 0"),
        ({"name": "xor", "samples": 100_001}, "got 100001"),
        ({"name": "xor", "samples": 2.5}, "samples must be a whole number"),
        ({"name": "xor", "samples": True}, "samples must be a whole number"),
        ({"name": "xor", "noise": -0.1}, "noise must be a fraction from 0 to 0.5 (0-50 %)"),
        ({"name": "xor", "noise": 0.51}, "got 0.51"),
        ({"name": "xor", "noise": math.nan}, "noise must be a fraction"),
        ({"name": "xor", "seed": -1}, "seed must be a whole number of 0 or more; got -1"),
        ({"name": "digits", "samples": 0}, "samples must be"),
    ],
)
def test_make_rejects_bad_arguments(kwargs, text):
    with pytest.raises(DatasetError) as info:
        make(**kwargs)
    assert text in str(info.value)


def test_make_accepts_limits_and_numpy_integers():
    assert make("xor", samples=1).n_samples == 1
    assert (
        make("plane", samples=np.int64(100_000), noise=0.5, seed=np.int32(3)).n_samples == 100_000
    )


# ---------------------------------------------------------------- every generated set


@pytest.mark.parametrize("name", GENERATED)
def test_shapes_dtypes_and_names(name):
    spec = BUILTIN[name]
    ds = make(name, samples=301, noise=0.1, seed=5)
    assert ds.X.shape == (301, 2) and ds.X.dtype == np.float64
    assert ds.y.shape == (301,)
    assert ds.feature_names == spec.feature_names and ds.name == name
    assert ds.problem == spec.problem
    if ds.problem == "classification":
        assert ds.y.dtype == np.int64
        assert set(ds.y.tolist()) == set(range(len(spec.class_names)))
        assert ds.n_classes == len(spec.class_names) >= 2
    else:
        assert ds.y.dtype == np.float64 and ds.n_classes == 0 and ds.class_names == ()


@pytest.mark.parametrize("name", GENERATED)
def test_same_seed_is_bit_identical_and_other_seed_differs(name):
    a = make(name, samples=200, noise=0.2, seed=11)
    b = make(name, samples=200, noise=0.2, seed=11)
    c = make(name, samples=200, noise=0.2, seed=12)
    assert a.X.tobytes() == b.X.tobytes() and a.y.tobytes() == b.y.tobytes()
    assert not np.array_equal(a.X, c.X)


@pytest.mark.parametrize("name", GENERATED)
def test_noise_changes_the_data(name):
    clean = make(name, samples=400, noise=0.0, seed=2)
    noisy = make(name, samples=400, noise=0.4, seed=2)
    assert not (np.array_equal(clean.X, noisy.X) and np.array_equal(clean.y, noisy.y))


@pytest.mark.parametrize("name", PLAYGROUND_2D + ["plane", "multi_gaussian"] + CURVE_SETS)
def test_playground_points_lie_in_the_plane_without_noise(name):
    ds = make(name, samples=1000, noise=0.0, seed=1)
    assert np.abs(ds.X).max() <= 6.0
    assert BUILTIN[name].extent == ((-6.0, 6.0), (-6.0, 6.0))


def test_rows_are_shuffled_so_classes_mix():
    y = make("circle", samples=200, seed=0).y
    assert 0 < y[:100].sum() < 100  # not all of one class first, as Playground generates them


# ---------------------------------------------------------------- Playground geometry


def test_circle_disc_inside_ring():
    ds = make("circle", samples=1000, noise=0.0, seed=3)
    r = np.hypot(ds.X[:, 0], ds.X[:, 1])
    assert np.bincount(ds.y).tolist() == [500, 500]
    assert r[ds.y == 1].max() < 2.5
    assert r[ds.y == 0].min() >= 3.5 and r[ds.y == 0].max() <= 5.0


def test_circle_noise_moves_labels_across_the_boundary():
    ds = make("circle", samples=1000, noise=0.5, seed=3)
    r = np.hypot(ds.X[:, 0], ds.X[:, 1])
    assert r[ds.y == 1].max() > 3.5  # some ring points now carry the inner label


def test_xor_padding_and_labels():
    ds = make("xor", samples=1000, noise=0.0, seed=4)
    assert np.abs(ds.X).min() >= 0.3 and np.abs(ds.X).max() <= 5.3
    np.testing.assert_array_equal(ds.y, (ds.X[:, 0] * ds.X[:, 1] >= 0).astype(int))
    assert 0.4 < ds.y.mean() < 0.6


def test_gauss_two_clouds():
    ds = make("gauss", samples=2000, noise=0.0, seed=5)
    np.testing.assert_allclose(ds.X[ds.y == 1].mean(axis=0), [2, 2], atol=0.1)
    np.testing.assert_allclose(ds.X[ds.y == 0].mean(axis=0), [-2, -2], atol=0.1)
    # Playground: variance 0.5 at 0 % noise, 4 at 50 %.
    assert ds.X[ds.y == 1].var(axis=0) == pytest.approx([0.5, 0.5], rel=0.15)
    wide = make("gauss", samples=2000, noise=0.5, seed=5)
    assert wide.X[wide.y == 1].var(axis=0) == pytest.approx([4, 4], rel=0.15)


def test_spiral_is_two_exact_spirals_without_noise():
    ds = make("spiral", samples=200, noise=0.0, seed=6)
    assert np.bincount(ds.y).tolist() == [100, 100]
    pos = ds.X[ds.y == 1]
    radii = np.sort(np.hypot(pos[:, 0], pos[:, 1]))
    np.testing.assert_allclose(radii, np.arange(100) / 100 * 5, atol=1e-12)
    # Playground's angle: t = 1.75 turns * r / 5, with x = r sin t and y = r cos t.
    r, angle = np.hypot(pos[:, 0], pos[:, 1]), np.arctan2(pos[:, 0], pos[:, 1])
    turn = np.angle(np.exp(1j * (angle - 1.75 * 2 * np.pi * r / 5)))
    np.testing.assert_allclose(turn[r > 0], 0.0, atol=1e-9)
    # The negative spiral is the positive one turned by pi: (x, y) -> (-x, -y).
    neg = ds.X[ds.y == 0]
    key = np.lexsort
    np.testing.assert_allclose(pos[key(pos.T)], -neg[key((-neg).T)], atol=1e-12)


def test_odd_sample_count_gives_exactly_that_many_points():
    for name in PLAYGROUND_2D:
        assert make(name, samples=7).n_samples == 7


def test_plane_target_is_scaled_sum():
    ds = make("plane", samples=300, noise=0.0, seed=7)
    np.testing.assert_allclose(ds.y, (ds.X[:, 0] + ds.X[:, 1]) / 10)


def test_multi_gaussian_bumps():
    ds = make("multi_gaussian", samples=20_000, noise=0.0, seed=8)
    assert np.abs(ds.y).max() <= 1.0
    near = np.hypot(ds.X[:, 0] + 4, ds.X[:, 1] - 2.5) < 0.2  # centre (-4, 2.5), sign +
    assert near.any() and ds.y[near].min() > 0.89
    near = np.hypot(ds.X[:, 0], ds.X[:, 1] - 2.5) < 0.2  # centre (0, 2.5), sign -
    assert near.any() and ds.y[near].max() < -0.89
    far = np.hypot(ds.X[:, 0] - 0, ds.X[:, 1] - 0) < 0.4  # 2.5 from every centre
    assert np.all(ds.y[far] == 0.0)


def test_moons_and_blobs_balance():
    assert np.bincount(make("moons", samples=501).y).tolist() == [251, 250]
    blobs = make("blobs3", samples=500, noise=0.0, seed=1)
    assert np.bincount(blobs.y).tolist() == [167, 167, 166]
    means = np.array([blobs.X[blobs.y == k].mean(axis=0) for k in range(3)])
    np.testing.assert_allclose(np.hypot(means[:, 0], means[:, 1]), 3.5, atol=0.25)


# ---------------------------------------------------------------- course examples


def test_coffee_follows_the_triangle_rule():
    ds = make("coffee", samples=2000, noise=0.0, seed=9)
    t, d = ds.X[:, 0], ds.X[:, 1]
    assert ds.feature_names == ("temperature", "duration") and ds.class_names == ("bad", "good")
    assert 150 <= t.min() and t.max() <= 285 and 11.5 <= d.min() and d.max() <= 15.5
    good = (175 < t) & (t < 260) & (12 < d) & (d < 15) & (d <= 21 - 3 * t / 85)
    np.testing.assert_array_equal(ds.y, good.astype(int))
    assert 0.1 < ds.y.mean() < 0.35  # the triangle covers about a fifth of the box
    assert ds.y[(t > 200) & (t < 220) & (d > 12.2) & (d < 13.0)].min() == 1  # inside
    assert ds.y[t > 260].max() == 0 and ds.y[d > 15].max() == 0


def test_coffee_noise_flips_some_labels():
    ds = make("coffee", samples=2000, noise=0.3, seed=9)
    t, d = ds.X[:, 0], ds.X[:, 1]
    good = (175 < t) & (t < 260) & (12 < d) & (d < 15) & (d <= 21 - 3 * t / 85)
    assert 0 < np.mean(ds.y != good) < 0.3


def test_obesity_by_body_mass_index():
    ds = make("obesity", samples=2000, noise=0.0, seed=10)
    h, w = ds.X[:, 0], ds.X[:, 1]
    assert ds.feature_names == ("height_ft", "weight_kg")
    assert 4 <= h.min() and h.max() <= 7 and 40 <= w.min() and w.max() <= 150
    np.testing.assert_array_equal(ds.y, (w / (h * 0.3048) ** 2 >= 30).astype(int))
    assert 0.3 < ds.y.mean() < 0.8
    from core.datasets import obesity_label

    assert obesity_label(np.array([4.0, 6.0]), np.array([80.0, 60.0])).tolist() == [1, 0]


# ---------------------------------------------------------------- above or below a curve

CURVE_FNS = {"sine": lambda x: 3 * np.sin(x), "cubic": lambda x: x**3 / 16 - 1.5 * x,
             "abs": lambda x: np.abs(x) - 3}


@pytest.mark.parametrize("curve", CURVE_FNS)
def test_curve_sets_label_the_points_above_the_curve_as_class_1(curve):
    name = f"above_{curve}"
    ds = make(name, samples=4000, noise=0.0, seed=12)
    x1, x2 = ds.X[:, 0], ds.X[:, 1]
    np.testing.assert_array_equal(ds.y, (x2 > CURVE_FNS[curve](x1)).astype(int))
    assert ds.class_names == ("below", "above") and ds.feature_names == ("x1", "x2")
    assert 0.46 < ds.y.mean() < 0.54          # equal areas above and below: balanced
    assert BUILTIN[name].extent == ((-6.0, 6.0), (-6.0, 6.0))
    # the picker says which curve, in the formula the lesson uses
    assert CURVES[curve].formula in BUILTIN[name].description
    assert "above" in BUILTIN[name].label.lower()


def test_curve_labels_at_known_points():
    from core.curve_data import above_label

    x1 = np.array([np.pi / 2, np.pi / 2, -np.pi / 2])
    assert above_label("sine", x1, np.array([2.9, 3.1, -2.9])).tolist() == [0, 1, 1]
    assert above_label("cubic", np.array([6.0, 6.0]), np.array([4.4, 4.6])).tolist() == [0, 1]
    assert above_label("abs", np.array([0.0, 5.0, -5.0]),
                       np.array([-2.9, 1.9, 2.1])).tolist() == [1, 0, 1]
    assert above_label("abs", np.array([1.0]), np.array([-2.0])).tolist() == [0]  # on it


def test_curve_noise_flips_labels_only_near_the_curve():
    clean = make("above_abs", samples=3000, noise=0.0, seed=4)
    noisy = make("above_abs", samples=3000, noise=0.2, seed=4)
    np.testing.assert_array_equal(clean.X, noisy.X)          # the points stay where they are
    flipped = clean.y != noisy.y
    assert 0.02 < flipped.mean() < 0.2
    # the label is read up to 0.2 * 6 = 1.2 away in x1 and in x2; |x1| - 3 has slope 1
    gap = np.abs(clean.X[:, 1] - (np.abs(clean.X[:, 0]) - 3))
    assert gap[flipped].max() <= 2.4


def test_unknown_curve_is_refused():
    from core.curve_data import generator

    with pytest.raises(KeyError, match="unknown curve 'tan'; choose one of: sine, cubic, abs"):
        generator("tan")


# ---------------------------------------------------------------- digits


def test_digits():
    ds = make("digits")
    assert ds.X.shape == (1797, 64) and ds.X.dtype == np.float64
    assert ds.n_classes == 10 and ds.class_names == tuple("0123456789")
    assert ds.feature_names[0] == "px0" and ds.feature_names[-1] == "px63"
    assert ds.X.min() == 0 and ds.X.max() == 16 and np.all(ds.X == np.round(ds.X))
    assert np.bincount(ds.y).tolist() == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]
    assert ds.y[:10].tolist() == list(range(10)) and ds.X.sum() == 561718
    assert ds.X[0, :8].tolist() == [0, 0, 5, 13, 9, 1, 0, 0]  # top row of the first "0"


def test_digits_ignore_samples_and_noise_and_hand_out_copies():
    a = make("digits", samples=10, noise=0.5, seed=3)
    a.X[0, 0] = 99.0
    b = make("digits")
    assert b.n_samples == 1797 and b.X[0, 0] == 0
    assert not BUILTIN["digits"].uses_samples and not BUILTIN["digits"].uses_noise


def test_core_datasets_import_neither_qt_nor_scikit_learn():
    code = (
        "import sys; from core.datasets import make, load_csv; make('digits'); "
        "bad = [m for m in sys.modules "
        "if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'sklearn', 'gui')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", code], check=False, cwd=REPO, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


# ---------------------------------------------------------------- split


def _indexed(n: int, problem: str = "classification") -> Dataset:
    """X (n, 2) whose first column is the row number, so rows can be tracked."""
    X = np.column_stack([np.arange(n), np.zeros(n)])
    return Dataset(X, np.arange(n) % 2, ("i", "zero"), problem, ("a", "b"), "idx")


def test_split_sizes_disjoint_complete_and_seeded():
    ds = _indexed(500)
    train, test = split(ds, 0.7, seed=1)
    assert (train.n_samples, test.n_samples) == (350, 150)
    ids_train, ids_test = train.X[:, 0], test.X[:, 0]
    assert not set(ids_train) & set(ids_test)
    assert sorted(np.concatenate([ids_train, ids_test])) == list(range(500))
    np.testing.assert_array_equal(train.y, ids_train.astype(int) % 2)  # rows stay whole
    assert train.class_names == ("a", "b") and train.feature_names == ("i", "zero")
    again, _ = split(ds, 0.7, seed=1)
    other, _ = split(ds, 0.7, seed=2)
    assert again.X.tobytes() == train.X.tobytes()
    assert not np.array_equal(other.X, train.X)


def test_split_keeps_both_parts_non_empty():
    train, test = split(_indexed(2), 0.1, seed=0)
    assert (train.n_samples, test.n_samples) == (1, 1)
    train, test = split(_indexed(10), 0.9, seed=0)
    assert (train.n_samples, test.n_samples) == (9, 1)


@pytest.mark.parametrize("fraction", [0.0, 1.0, 1.5, -0.2, math.nan, "0.5", True])
def test_split_rejects_bad_fraction(fraction):
    with pytest.raises(DatasetError, match="train_fraction must lie between 0 and 1"):
        split(_indexed(10), fraction, seed=0)


def test_split_rejects_a_single_sample():
    with pytest.raises(DatasetError, match="1 sample cannot be split.*at least 2"):
        split(_indexed(1), 0.5, seed=0)


# ---------------------------------------------------------------- features and scaling


def test_feature_map_values_in_given_order():
    X = np.array([[1.0, 2.0], [-0.5, 3.0]])
    out = feature_map(X, ["x2", "x1", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"])
    expected = [
        [2.0, 1.0, 1.0, 4.0, 2.0, math.sin(1.0), math.sin(2.0)],
        [3.0, -0.5, 0.25, 9.0, -1.5, math.sin(-0.5), math.sin(3.0)],
    ]
    np.testing.assert_allclose(out, expected, rtol=0, atol=1e-15)
    assert set(FEATURES) == {"x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"}
    assert feature_map(X, []).shape == (2, 0)


def test_feature_map_errors():
    with pytest.raises(DatasetError, match="unknown feature 'cos\\(x1\\)'; choose from: x1, x2"):
        feature_map(np.zeros((3, 2)), ["x1", "cos(x1)"])
    with pytest.raises(DatasetError, match=r"needs X of shape \(n_samples, 2\); got \(3, 3\)"):
        feature_map(np.zeros((3, 3)), ["x1"])
    with pytest.raises(DatasetError, match="got \\(4,\\)"):
        feature_map(np.zeros(4), ["x1"])


def test_normalise():
    X = np.array([[1.0, 5.0, 0.1], [3.0, 5.0, 0.1], [5.0, 5.0, 0.1]])
    mean, std = normalise(X)
    np.testing.assert_allclose(mean, [3.0, 5.0, 0.1])
    np.testing.assert_allclose(std, [math.sqrt(8 / 3), 1.0, 1.0])
    Z = (X - mean) / std
    np.testing.assert_allclose(Z[:, 0].std(), 1.0)
    np.testing.assert_allclose(Z[:, 1:], 0.0, atol=1e-12)
    with pytest.raises(DatasetError, match="non-empty"):
        normalise(np.zeros((0, 2)))


def test_dataset_checks_its_arrays():
    ds = Dataset([[1, 2], [3, 4]], [0.0, 1.0], ["a", "b"], "classification")
    assert ds.X.dtype == np.float64 and ds.y.dtype == np.int64 and ds.n_classes == 2
    with pytest.raises(DatasetError, match="y must have shape"):
        Dataset(np.zeros((3, 2)), np.zeros(2), ("a", "b"), "regression")
    with pytest.raises(DatasetError, match="1 feature names for 2 feature columns"):
        Dataset(np.zeros((3, 2)), np.zeros(3), ("a",), "regression")
    with pytest.raises(DatasetError, match="class indices must lie in 0..1"):
        Dataset(np.zeros((3, 1)), [0, 1, 2], ("a",), "classification", ("x", "y"))
    with pytest.raises(DatasetError, match="problem must be one of"):
        Dataset(np.zeros((3, 1)), np.zeros(3), ("a",), "clustering")


# ---------------------------------------------------------------- CSV


def _write(tmp_path: Path, text: str, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


COFFEE_CSV = (
    "temperature,duration,roast\n200,13,good\n160,12.5,bad\n\n250, 14 ,bad\n190,12.2,good\n"
)


def test_csv_class_name_target(tmp_path):
    path = _write(tmp_path, "\ufeff" + COFFEE_CSV, "roasts.csv")  # a BOM, as Excel writes
    ds = load_csv(path)
    assert ds.feature_names == ("temperature", "duration") and ds.name == "roasts"
    assert ds.problem == "classification" and ds.class_names == ("bad", "good")
    np.testing.assert_array_equal(ds.X, [[200, 13], [160, 12.5], [250, 14], [190, 12.2]])
    assert ds.y.tolist() == [1, 0, 0, 1]
    assert csv_columns(path) == ["temperature", "duration", "roast"]


def test_csv_numeric_target_is_regression(tmp_path):
    ds = load_csv(_write(tmp_path, "x1,x2,price\n1,2,3.5\n4,5,6.25\n7,8,1e3\n"))
    assert ds.problem == "regression" and ds.class_names == ()
    assert ds.y.dtype == np.float64 and ds.y.tolist() == [3.5, 6.25, 1000.0]


def test_csv_few_whole_numbers_are_classes_unless_told_otherwise(tmp_path):
    path = _write(tmp_path, "a,label\n0.5,1\n0.1,0\n0.9,1\n0.3,2\n")
    ds = load_csv(path)
    assert ds.problem == "classification" and ds.class_names == ("0", "1", "2")
    assert ds.y.tolist() == [1, 0, 1, 2]
    reg = load_csv(path, problem="regression")
    assert reg.problem == "regression" and reg.y.tolist() == [1.0, 0.0, 1.0, 2.0]
    many = _write(tmp_path, "a,n\n" + "".join(f"{i},{i}\n" for i in range(11)), "many.csv")
    assert load_csv(many).problem == "regression"  # 11 distinct values: a quantity
    forced = load_csv(many, problem="classification")
    assert forced.n_classes == 11 and forced.class_names[:3] == ("0", "1", "2")


def test_csv_chosen_features_and_target(tmp_path):
    path = _write(tmp_path, "id,roast,temperature,duration\n1,good,200,13\n2,bad,160,12.5\n")
    ds = load_csv(path, features=["duration", "temperature"], target="roast")
    assert ds.feature_names == ("duration", "temperature")
    np.testing.assert_array_equal(ds.X, [[13, 200], [12.5, 160]])
    assert ds.y.tolist() == [1, 0] and ds.class_names == ("bad", "good")


@pytest.mark.parametrize(
    "text, kwargs, message",
    [
        ("", {}, "data.csv is empty; it needs a header row"),
        ("\n \n,\n", {}, "data.csv is empty"),
        ("1,2,0\n3,4,1\n", {}, "data.csv has no header row: the first row holds numbers (1, 2, 0"),
        (COFFEE_CSV, {"target": "taste"},
         "unknown column 'taste'; the file's columns are: temperature, duration, roast"),
        (COFFEE_CSV, {"features": ["temperature", "colour"]}, "unknown column 'colour'"),
        ("a,b,c\n1,2,3\n4,5\n", {}, "data.csv: row 3 has 2 values but the header has 3 columns"),
        ("a,b,c\n1,2,3\n4,5,6,7\n", {}, "row 3 has 4 values"),
        ("a,b\n1,0\n", {}, "data.csv has 1 data row(s); at least 2 are needed"),
        ("a,b\n", {}, "data.csv has 0 data row(s)"),
        ("a,,c\n1,2,3\n4,5,6\n", {}, "column 2 has no name in the header row"),
        ("a,b,a\n1,2,3\n4,5,6\n", {}, "the column name 'a' appears twice"),
        ("a,b\n1,x\n2,y\n", {"problem": "regression"},
         "regression needs numbers in target column 'b', but row 2 has 'x'"),
        ("a,b\n1,x\n2,x\n", {}, "target column 'b' has only one value"),
        ("a,b\n1,\n2,x\n", {}, "row 2, target column 'b' is empty"),
        ("a,b\n1,0\n2,1\n", {"features": ["a", "b"]}, "column 'b' is the target"),
        ("a,b\n1,0\n2,1\n", {"features": []}, "no feature columns"),
        ("a,b\n1,0\n2,1\n", {"problem": "clusters"}, "problem must be 'classification'"),
        ("a,b\n1,0\nnan,1\n", {}, "row 3, column 'a': 'nan' is not a number"),
    ],
)  # fmt: skip
def test_csv_errors(tmp_path, text, kwargs, message):
    with pytest.raises(DatasetError) as info:
        load_csv(_write(tmp_path, text), **kwargs)
    assert message in str(info.value)


def test_csv_non_numeric_cell_names_row_and_column(tmp_path):
    rows = "".join(f"{180 + i},{13 + i / 10},good\n" for i in range(5))
    path = _write(tmp_path, "temperature,duration,roast\n" + rows + "abc,13,bad\n")
    with pytest.raises(DatasetError) as info:
        load_csv(path)
    assert "data.csv: row 7, column 'temperature': 'abc' is not a number" in str(info.value)


def test_csv_missing_file_folder_and_encoding(tmp_path):
    with pytest.raises(DatasetError, match="file not found: .*nothing.csv"):
        load_csv(tmp_path / "nothing.csv")
    with pytest.raises(DatasetError, match="file not found"):
        csv_columns(tmp_path / "nothing.csv")
    with pytest.raises(DatasetError, match="is a folder"):
        load_csv(tmp_path)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("name,b\ncaf\u00e9,1\n".encode("latin-1"))
    with pytest.raises(DatasetError, match="latin.csv is not UTF-8 text"):
        load_csv(latin)


def test_csv_too_many_rows(tmp_path, monkeypatch):
    assert csv_data.MAX_ROWS == 100_000
    path = _write(tmp_path, "a,b\n" + "1,0\n2,1\n" * 50_000 + "3,1\n")
    with pytest.raises(DatasetError, match="data.csv has more than 100000 data rows"):
        load_csv(path)
    monkeypatch.setattr(csv_data, "MAX_ROWS", 4)  # the boundary, without a huge file
    assert load_csv(_write(tmp_path, "a,b\n1,0\n2,1\n\n3,0\n4,1\n")).n_samples == 4


def test_csv_too_many_columns(tmp_path):
    header = ",".join(f"c{i}" for i in range(1001))
    path = _write(tmp_path, header + "\n" + ",".join(["1"] * 1001) + "\n")
    with pytest.raises(DatasetError, match="data.csv has 1001 columns; the limit is 1000"):
        load_csv(path)
    with pytest.raises(DatasetError, match="1001 columns"):
        csv_columns(path)


def test_csv_too_many_classes(tmp_path):
    rows = "".join(f"{i},name{i}\n" for i in range(101))
    with pytest.raises(DatasetError, match="101 different values; at most 100 classes"):
        load_csv(_write(tmp_path, "a,who\n" + rows))


@pytest.mark.parametrize("sep", [";", "\t"])
def test_csv_with_semicolons_or_tabs_is_read_like_commas(tmp_path, sep):
    # Excel in many European locales saves ';'-separated files, often with a BOM
    rows = ["height;weight;label", "1.5;60;thin", "1.8;95;heavy", "1.6;50;thin"]
    path = tmp_path / "people.csv"
    path.write_text("\ufeff" + "\n".join(r.replace(";", sep) for r in rows) + "\n",
                    encoding="utf-8")
    ds = load_csv(path, None, "label", None)
    assert ds.feature_names == ("height", "weight")
    assert ds.X.tolist() == [[1.5, 60.0], [1.8, 95.0], [1.6, 50.0]]
    assert sorted(ds.class_names) == ["heavy", "thin"]


@pytest.mark.parametrize("sep", [";", "\t"])
def test_decimal_commas_in_semicolon_or_tab_files(tmp_path, sep):
    rows = ["height;weight;bmi", "1,5;60;26,7", "1,8;95,5;29,5", "-0,5;1e3;,5"]
    path = tmp_path / "people.csv"
    path.write_text("\n".join(r.replace(";", sep) for r in rows) + "\n", encoding="utf-8")
    ds = load_csv(path, None, "bmi", "regression")
    assert ds.X.tolist() == [[1.5, 60.0], [1.8, 95.5], [-0.5, 1000.0]]
    assert ds.y.tolist() == [26.7, 29.5, 0.5]


def test_a_quoted_comma_in_a_comma_separated_file_is_not_a_decimal(tmp_path):
    path = _write(tmp_path, 'a,b\n"1,500",0\n2,1\n')
    with pytest.raises(DatasetError, match="'1,500' is not a number"):
        load_csv(path)


def test_csv_names_that_would_be_markup_are_refused(tmp_path):
    with pytest.raises(DatasetError, match="contains < or >"):
        load_csv(_write(tmp_path, "a,<img src='/dev/zero'>\n1,0\n2,1\n"))
    with pytest.raises(DatasetError, match="a class in column 'kind'.*contains < or >"):
        load_csv(_write(tmp_path, "a,kind\n1,<b>x</b>\n2,y\n"))
