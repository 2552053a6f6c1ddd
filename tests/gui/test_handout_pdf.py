"""The printed handout (gui.handout): pages rendered to pixels with pypdfium2 and read
back as text, as a student's printer and PDF viewer would see them."""

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QImage

from core import netfile
from gui.handout import content, pages
from gui.handout.menu import locale_page

LESSONS = Path(__file__).resolve().parents[2] / "resources" / "lessons"
A4, LETTER = (595, 842), (612, 792)


def handout(tmp, lesson: str, page: str) -> Path:
    path = LESSONS / lesson
    out = tmp / f"{path.stem}.pdf"
    content.write(content.HandoutSource(netfile.load(path), path, path.name), page, out)
    return out


def read(pdf: Path) -> list[dict]:
    """Each page rendered to a PNG beside ``pdf`` (1 px a point) and read back: its size in
    points, its pixels (h, w, 3: blue, green, red) and its text."""
    doc = pdfium.PdfDocument(str(pdf))
    out = []
    for number, page in enumerate(doc, 1):
        bitmap = np.ascontiguousarray(page.render(scale=1).to_numpy()[:, :, :3])
        h, w, _ = bitmap.shape
        png = pdf.with_name(f"{pdf.stem}-{number}.png")
        assert QImage(bitmap.data, w, h, 3 * w, QImage.Format.Format_BGR888).save(str(png))
        image = QImage(str(png)).convertToFormat(QImage.Format.Format_BGR888)
        pixels = np.frombuffer(image.constBits(), np.uint8).reshape(
            h, image.bytesPerLine())[:, :3 * w].reshape(h, w, 3).astype(int)
        text = page.get_textpage().get_text_range()
        out.append({"size": tuple(round(v) for v in page.get_size()), "pixels": pixels,
                    "text": " ".join(text.split())})
    doc.close()
    return out


@pytest.fixture(scope="module")
def coffee(tmp_path_factory, qapp):
    return read(handout(tmp_path_factory.mktemp("coffee"), "02_coffee_roasting.nsnet", "a4"))


@pytest.fixture(scope="module")
def flat_tails(tmp_path_factory, qapp):
    return read(handout(tmp_path_factory.mktemp("tails"), "05_flat_tails.nsnet", "letter"))


def colours(pixels: np.ndarray) -> dict:
    """Shares of ink, of the app's blue (positive) and of its orange (negative).
    pixels: (h, w, 3) as pdfium gives them (blue, green, red)."""
    b, g, r = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return {"ink": float((pixels.min(axis=2) < 200).mean()),
            "blue": float(((b > r + 60) & (b > 120)).mean()),
            "orange": float(((r > b + 100) & (g > 80)).mean())}


def test_page_count_and_sizes(coffee, flat_tails):
    assert len(coffee) == 2 and {p["size"] for p in coffee} == {A4}
    # Letter is shorter: the network shrinks a little to stay on page 1 with the notes
    assert len(flat_tails) == 2 and {p["size"] for p in flat_tails} == {LETTER}


def test_no_page_is_blank_and_every_page_has_its_footer(coffee, flat_tails):
    for doc, name in ((coffee, "02_coffee_roasting.nsnet"), (flat_tails, "05_flat_tails.nsnet")):
        for number, page in enumerate(doc, 1):
            assert colours(page["pixels"])["ink"] > 0.01
            assert f"Neuron Studio \u00b7 {name}" in page["text"]
            assert f"Page {number} of {len(doc)}" in page["text"]


def test_text_layer_holds_title_notes_and_settings(coffee):
    text = " ".join(p["text"] for p in coffee)
    assert text.startswith("Coffee roasting")
    assert "In about 150 epochs the test accuracy passes 95 %." in text     # a note
    assert "Coffee roasting (built-in coffee): 800 samples" in text          # a setting
    assert "Learning rate 0.03" in text and "Hidden 1 3 3 \u00d7 Sigmoid" in text


def test_markdown_is_rendered_not_printed_raw(coffee):
    text = coffee[0]["text"]
    assert "**" not in text and "3 sigmoid neurons" in text


def test_network_picture_is_drawn_in_the_apps_colours(coffee):
    top, bottom = 420, 780             # points: under the notes, above the footer
    region = colours(coffee[0]["pixels"][top:bottom, 60:540])
    # links and node maps: blue and orange, and ink for the boxes and labels
    # (measured: blue 1.0 %, orange 0.5 %, ink 4.9 %; a blank region has none)
    assert region["blue"] > 0.003 and region["orange"] > 0.002 and region["ink"] > 0.03


def test_map_and_loss_share_a_page_side_by_side(coffee, flat_tails):
    for doc in (coffee, flat_tails):
        page = next(p for p in doc if "The Map and the loss" in p["text"])
        assert "The Map: network output over the input plane" in page["text"]
        w = page["pixels"].shape[1]
        map_part = colours(page["pixels"][80:330, 40:w // 2])
        loss_part = colours(page["pixels"][80:330, w // 2:w - 40])
        # points and the colour bar (measured: 1.6 to 2.3 % each)
        assert map_part["blue"] > 0.01 and map_part["orange"] > 0.01
        assert loss_part["ink"] > 0.02


def test_trained_values_reach_the_settings(tmp_path, qapp):
    path = LESSONS / "02_coffee_roasting.nsnet"
    doc = netfile.load(path)
    doc.training["epoch"] = 7
    doc.history = {"epoch": [7], "train_loss": [0.25], "test_loss": [0.5],
                   "train_accuracy": [0.9], "test_accuracy": [0.75]}
    out = tmp_path / "t.pdf"
    content.write(content.HandoutSource(doc, path, "mine.nsnet"), "a4", out)
    text = " ".join(p["text"] for p in read(out))
    assert "Epoch reached 7" in text and "Test set loss 0.5, accuracy 75.0 %" in text
    assert "mine.nsnet \u00b7 epoch 7" in text


def test_a_challenge_prints_its_goals_as_they_stand(tmp_path, qapp):
    path = LESSONS / "challenges" / "c2_xor_one_layer.nsnet"
    out = tmp_path / "c2.pdf"
    content.write(content.HandoutSource(netfile.load(path), path, path.name), "a4", out)
    text = " ".join(p["text"] for p in read(out))
    # as shipped: one sigmoid neuron, no hidden layer; untrained, XOR is far from 90 %
    assert "Challenge goals" in text
    assert "\u2717 not yet Test accuracy" in text and "(goal \u2265 90 %)" in text
    assert "\u2713 met Hidden layers 0 (goal \u2264 1)" in text
    assert "All goals were met" not in text
    assert "The network: no hidden layer, 1 output unit" in text

    doc = netfile.load(path)
    doc.meta["challenge"]["met"] = {"epoch": 143}          # the app's record
    content.write(content.HandoutSource(doc, path, path.name), "a4", out)
    assert "All goals were met at epoch 143." in " ".join(p["text"] for p in read(out))


def test_the_printed_network_carries_the_canvas_flags(tmp_path, qapp):
    from core import experiment
    from core.training import train

    path = LESSONS / "04_dead_relu.nsnet"
    exp = experiment.Experiment(netfile.load(path), base_dir=path.parent)
    for _ in train(exp.trainer(), 60):        # lesson 4: Hidden 2's neurons die
        pass
    doc = exp.document()
    doc.meta = {"title": "Flags"}             # no notes: every "dead" is a badge
    out = tmp_path / "flags.pdf"
    content.write(content.HandoutSource(doc, path, "flags.nsnet"), "a4", out)
    words = " ".join(p["text"] for p in read(out)).split()
    assert words.count("dead") >= 3


def test_the_maps_legend_is_said_in_its_caption_not_cut_on_paper(tmp_path, qapp):
    path = LESSONS / "10_bending_edges.nsnet"
    out = tmp_path / "bend.pdf"
    content.write(content.HandoutSource(netfile.load(path), path, path.name), "a4", out)
    text = " ".join(p["text"] for p in read(out))
    # the legend drawn in the plane was cut at its edge ("x2 = 3 sin(") and hid points
    assert "over the input plane; black line: x2 = 3 sin(x1)" in text
    assert text.count("x2 = 3 sin(x1)") == 1 + text.count("x2 = 3 sin(x1)", 0, text.index(
        "The Map and the loss"))


def test_a_lesson_without_goals_prints_no_goals_section(coffee):
    assert "Challenge goals" not in " ".join(p["text"] for p in coffee)


class _Square:
    caption = "A square picture"
    aspect = 1.0


def _blocks():
    text = pages.TextBlock(markdown="\n\n".join(f"Paragraph {i} of the notes." for i in
                                                 range(12)))
    head = pages.TextBlock(html="<p>Heading</p>", keep_with_next=True)
    row = pages.PictureRow([_Square()], 400)
    for block in (text, head, row):
        block.layout(None, 500)
    return text, head, row


def _flow(room_after_text: float) -> list[int]:
    """How many blocks each page holds when the page has ``room_after_text`` below the
    text (text, heading, square picture of 400 px)."""
    text, head, row = _blocks()
    flow = pages.Flow(QRectF(0, 0, 500, text.height + room_after_text))
    flow.place([text, head, row])
    return [len(page.draws) for page in flow.pages]


def test_a_picture_never_splits_and_its_heading_goes_with_it(qapp):
    _, head, row = _blocks()
    needed = 2 * pages.GAP + head.height
    # room for the heading but not the picture: both go on, the text stays alone
    assert _flow(needed + 100) == [1, 2]
    # room for the picture at 80 % of its size: it shrinks and stays
    assert _flow(needed + 0.8 * 400 + row.min_height() - 0.75 * 400) == [3]
    assert _flow(needed + row.height() + 1) == [3]


def test_page_size_follows_the_locale():
    assert locale_page(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == \
        "letter"
    assert locale_page(QLocale(QLocale.Language.French, QLocale.Country.Canada)) == "letter"
    assert locale_page(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == \
        "a4"
    assert locale_page(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "a4"


def test_write_is_atomic_an_error_leaves_the_old_file(tmp_path, monkeypatch, qapp):
    out = tmp_path / "h.pdf"
    out.write_bytes(b"old handout")

    def broken(*args, **kwargs):
        raise OSError("disk full")
    monkeypatch.setattr(content, "render_pdf", broken)
    path = LESSONS / "01_one_neuron.nsnet"
    with pytest.raises(OSError):
        content.write(content.HandoutSource(netfile.load(path), path, path.name), "a4", out)
    assert out.read_bytes() == b"old handout"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.pdf"]


def test_a_new_handout_gets_the_usual_permissions(tmp_path):
    import os
    import stat

    umask = os.umask(0o022)           # as a desktop session usually has it
    try:
        pages.write_atomically(b"%PDF", tmp_path / "a.pdf")
    finally:
        os.umask(umask)
    # like a saved network, readable by others (a temporary file's 0600 was kept before)
    assert stat.S_IMODE((tmp_path / "a.pdf").stat().st_mode) == 0o644


def test_write_atomically_removes_its_temporary_file_on_error(tmp_path, monkeypatch):
    import os

    def failing(src, dst):
        raise OSError("rename refused")
    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(OSError):
        pages.write_atomically(b"%PDF", tmp_path / "a.pdf")
    assert list(tmp_path.iterdir()) == []


def test_plot_text_reaches_the_pdf_as_text_not_pixels(coffee):
    """Axes are cached as pixmaps on screen (DeviceCoordinateCache): painted afresh for the
    handout, their labels are text in the PDF, as sharp as the rest."""
    page = next(p for p in coffee if "The Map and the loss" in p["text"])
    # tick numbers are painted by the cached axes themselves (the labels are items of
    # their own): without drawn_afresh they came out as pictures, missing from the text
    assert "200 250 temperature 12 13 14 15 duration" in page["text"]
    assert "0.2 0.4 0.6 0.8 loss" in page["text"] and "0 50 100 acc. %" in page["text"]


def test_notes_load_no_image_they_name(tmp_path, qapp):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    picture = tmp_path / "p.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(0xff0000)
    image.save(str(picture))
    block = pages.TextBlock(markdown=f"Look: ![a picture]({picture.as_uri()})")
    got = block.doc.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                 QUrl(picture.as_uri()))
    assert isinstance(got, QImage) and got.size().width() == 1


def _sample_window(lesson: str):
    """What ``sample_numbers`` reads of a window whose One sample panel shows training
    sample 3 of ``lesson``, at step ``index``."""
    from types import SimpleNamespace

    from core import experiment
    from core.explain import explain_sample
    from core.explain_text import steps
    from core.training import encode_targets

    doc = netfile.load(LESSONS / lesson)
    exp = experiment.Experiment(doc, LESSONS)
    bundle, net = exp.data(), exp.doc.network
    X, y = bundle.train
    t = encode_targets(net, y[3:4], bundle.problem, bundle.n_classes)[0]
    explanation = explain_sample(net, X[3], t, 0.01)
    panel = SimpleNamespace(
        steps=steps(explanation, net.input_names, bundle.class_names), index=2,
        explanation=explanation,
        picker=SimpleNamespace(typing=lambda: False, current=lambda: ("train", 3)))
    document = SimpleNamespace(data_bundle=lambda: bundle, network=net)
    return SimpleNamespace(sample_explainer=panel, document=document,
                           sample_dock=SimpleNamespace(isVisible=lambda: True))


def test_one_sample_of_a_small_network_prints_every_step(qapp):
    from gui.handout.menu import sample_numbers

    window = _sample_window("02_coffee_roasting.nsnet")
    numbers = sample_numbers(window)
    assert numbers.total == len(window.sample_explainer.steps) == len(numbers.steps)
    assert numbers.description.startswith("training sample 4: temperature = ")
    window.sample_dock.isVisible = lambda: False          # the panel closed: no section
    assert sample_numbers(window) is None


def test_one_sample_of_a_large_network_prints_the_output_and_the_step_on_show(qapp):
    from gui.handout.menu import MAX_SAMPLE_STEPS, sample_numbers

    window = _sample_window("08_digits_brightness.nsnet")
    numbers = sample_numbers(window)
    all_steps = window.sample_explainer.steps
    assert len(all_steps) > MAX_SAMPLE_STEPS >= len(numbers.steps)
    numbers_of = [k for k, _, _ in numbers.steps]
    assert 3 in numbers_of                                # the step on show (index 2)
    titles = [title for _, title, _ in numbers.steps]
    assert any(t.startswith("Loss") for t in titles)
    assert all(t.startswith(("Output", "Loss")) for k, t, _ in numbers.steps if k != 3)
    assert numbers.total == len(all_steps)


def test_a_german_interface_prints_the_lessons_german_title_summary_and_notes(tmp_path, qapp):
    """The handout says what the lesson panel says: the file's texts in the interface's
    language (meta.translations), not its English ones."""
    was = qapp.property("neuronStudioLanguage")
    qapp.setProperty("neuronStudioLanguage", "de")
    try:
        text = " ".join(p["text"] for p in read(handout(tmp_path, "02_coffee_roasting.nsnet",
                                                        "a4")))
    finally:
        qapp.setProperty("neuronStudioLanguage", was)
    assert "Kaffeerösten" in text and "drei gerade Kanten" in text
    assert "Eine Röstung ist gut innerhalb eines Dreiecks" in text
    assert "Coffee roasting" not in text.split("Settings")[0]
