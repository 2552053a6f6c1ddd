"""What a handout holds, section by section, and writing it to a PDF file.

``SECTIONS`` is the list of section builders, in page order: each takes the ``Context``
and returns blocks (``gui.handout.pages``), or none to leave its section out. A feature
that adds to the handout adds a builder to the list.

The builders only read ``ctx.doc`` (a copy of the document, safe to read while the app
trains on) and ``ctx.views`` (offscreen views of that copy).
"""

from __future__ import annotations

import datetime
import html
from dataclasses import dataclass, field
from pathlib import Path

from core import challenges, lesson_translations, netfile
from core import handout_facts as facts
from gui import theme
from gui.handout.pages import PictureRow, TextBlock, render_pdf, write_atomically
from gui.handout.pictures import PrintViews
from gui.i18n import translate
from gui.language import current_language

APP_NAME = "Neuron Studio"
TITLE_PT = 20.0
HEADING_PT = 13.5
NETWORK_HEIGHT = 360              # pixels at 96 dpi: about 9.5 cm
ROW_HEIGHT = 330                  # the Map and the loss, side by side
LOSS_ALONE_HEIGHT = 280


@dataclass
class SampleNumbers:
    """The One sample panel's numbers: the sample, each step (title, lines), the notes."""

    description: str
    steps: list[tuple[int, str, tuple[str, ...]]]     # (number from 1, title, lines)
    notes: list[str] = field(default_factory=list)
    total: int = 0                                    # steps in the panel, printed or not


@dataclass
class HandoutSource:
    """What to print: ``doc`` (a copy), the file it came from (None: never saved; CSV data
    is found relative to it) and the name the footer shows."""

    doc: netfile.Document
    path: Path | None
    name: str
    sample: SampleNumbers | None = None

    @property
    def title(self) -> str:
        """The title in the PDF's metadata (never translated: see ``shown_title``)."""
        return self._own_title() or "Network"

    @property
    def shown_title(self) -> str:
        """The title printed on the first page, in the interface's language where the
        file has it so (``meta.translations``)."""
        return lesson_texts(self.doc)["title"].strip() or self._own_title() or \
            translate("Handout", "Network")

    def _own_title(self) -> str:
        return str(self.doc.meta.get("title") or "").strip() or \
            (Path(self.name).stem if self.name else "")


@dataclass
class Context:
    source: HandoutSource
    views: PrintViews

    @property
    def doc(self) -> netfile.Document:
        return self.views.document.doc


def lesson_texts(doc: netfile.Document) -> dict:
    """{"title", "summary", "notes"} of ``doc`` in the interface's language where the file
    has them so, else as written (the lesson panel shows the same)."""
    return lesson_translations.localized(doc.meta or {}, current_language())


def heading(text: str) -> TextBlock:
    return TextBlock(html=f"<p style='font-size:{HEADING_PT}pt; font-weight:600'>"
                          f"{html.escape(text)}</p>", keep_with_next=True)


def title_section(ctx: Context) -> list:
    src, doc = ctx.source, ctx.doc
    summary = lesson_texts(doc)["summary"]
    epoch = int(doc.training.get("epoch", 0))
    trained = translate("Handout", "not trained yet") if epoch == 0 else \
        translate("Handout", "epoch {epoch}").format(epoch=epoch)
    made = translate("Handout", "{app} handout, {date}").format(
        app=APP_NAME, date=datetime.date.today().isoformat())
    line = f"{src.name} \u00b7 {trained} \u00b7 {made}"
    parts = [f"<p style='font-size:{TITLE_PT}pt; font-weight:700'>"
             f"{html.escape(src.shown_title)}</p>"]
    if summary:
        parts.append(f"<p style='font-size:12pt'><i>{html.escape(summary)}</i></p>")
    parts.append(f"<p style='color:#555555'>{html.escape(line)}</p>")
    return [TextBlock(html="".join(parts))]


def notes_section(ctx: Context) -> list:
    notes = lesson_texts(ctx.doc)["notes"].strip()
    if not notes:
        return []
    return [heading(translate("Handout", "Notes")), TextBlock(markdown=notes)]


def goals_section(ctx: Context) -> list:
    """A challenge's goals as they stand in the printed network: met or not, with the
    value now, and the epoch the app recorded when all were met."""
    try:
        lines = challenges.goal_lines(ctx.doc)
        record = challenges.parse(ctx.doc.meta)
    except netfile.NetFileError as e:
        return [heading(translate("Handout", "Challenge goals")),
                TextBlock(html=f"<p>{html.escape(str(e))}</p>")]
    if not lines:
        return []
    marks = {True: translate("Handout", "\u2713 met"),
             False: translate("Handout", "\u2717 not yet")}
    rows = "".join(f"<tr><td>{html.escape(marks[bool(met)])}</td><td>{html.escape(text)}</td>"
                   f"</tr>" for met, text in lines)
    blocks = [heading(translate("Handout", "Challenge goals")),
              TextBlock(html=f"<table cellspacing='0'>{rows}</table>")]
    if record is not None and record.met_epoch is not None:
        met = translate("Handout", "All goals were met at epoch {epoch}.").format(
            epoch=record.met_epoch)
        blocks.append(TextBlock(html=f"<p>{html.escape(met)}</p>"))
    return blocks


def pictures_section(ctx: Context) -> list:
    views = ctx.views
    blocks = [heading(translate("Handout", "The network")),
              PictureRow([views.network()], NETWORK_HEIGHT)]
    map_picture = views.map()
    loss = views.loss_picture()
    if map_picture is not None:
        blocks += [heading(translate("Handout", "The Map and the loss")),
                   PictureRow([map_picture, loss], ROW_HEIGHT)]
    else:
        # alone, the loss keeps the size it has beside the Map (its text would grow)
        no_map = translate("Handout", "No Map: {reason}").format(reason=views.map_message())
        blocks += [heading(translate("Handout", "The loss")),
                   PictureRow([loss], LOSS_ALONE_HEIGHT),
                   TextBlock(html=f"<p><i>{html.escape(no_map)}</i></p>")]
    return blocks


def _table(rows, header=None) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header) if header else ""
    body = "".join("<tr>" + "".join(
        f"<td>{'<b>' if j == 0 else ''}{html.escape(cell)}{'</b>' if j == 0 else ''}</td>"
        for j, cell in enumerate(row)) + "</tr>" for row in rows)
    return f"<table cellspacing='0'>{f'<tr>{head}</tr>' if head else ''}{body}</table>"


def settings_section(ctx: Context) -> list:
    doc = ctx.doc
    rows = facts.settings_rows(doc, facts.latest_metrics(doc.history))
    layers = facts.layer_rows(doc)
    header = (translate("Handout", "Layer"), translate("Handout", "Units"),
              translate("Handout", "Activations"))
    return [heading(translate("Handout", "Settings (to build it again)")),
            TextBlock(html=_table(rows)),
            heading(translate("Handout", "Layers")), TextBlock(html=_table(layers, header))]


def sample_section(ctx: Context) -> list:
    sample = ctx.source.sample
    if sample is None or not sample.steps:
        return []
    label = html.escape(translate("Handout", "Sample:"))
    blocks = [heading(translate("Handout", "One sample's numbers")),
              TextBlock(html=f"<p><b>{label}</b> {html.escape(sample.description)}</p>")]
    for number, title, lines in sample.steps:
        body = "<br>".join(html.escape(line) for line in lines)
        blocks.append(TextBlock(html=f"<p><b>{number}. {html.escape(title)}</b><br>{body}</p>",
                                keep_together=True))
    left_out = sample.total - len(sample.steps)
    words = []
    if left_out == 1:        # English has no catalogue: its singular is a text of its own
        words.append(translate("Handout", "%n more step (the hidden layers and the backward "
                               "pass) is in the app's One sample panel.", None, left_out))
    elif left_out > 1:
        words.append(translate("Handout", "%n more steps (the hidden layers and the backward "
                               "pass) are in the app's One sample panel.", None, left_out))
    words += sample.notes
    if words:
        blocks.append(TextBlock(html=f"<p style='color:#555555'><i>"
                                     f"{html.escape(' '.join(words))}</i></p>"))
    return blocks


SECTIONS = [title_section, notes_section, goals_section, pictures_section, settings_section,
            sample_section]


def build(source: HandoutSource, page: str) -> tuple[bytes, int]:
    """(PDF bytes, page count) of the handout of ``source`` on ``page`` ("a4"/"letter").
    Printed light, whatever the screen's scheme."""
    with theme.light_offscreen():
        views = PrintViews(source.doc, source.path)
        try:
            ctx = Context(source, views)
            blocks = [block for section in SECTIONS for block in section(ctx)]
            return render_pdf(blocks, page, f"{APP_NAME} \u00b7 {source.name}",
                              source.title)
        finally:
            views.close()


def write(source: HandoutSource, page: str, out: Path) -> int:
    """Write the handout to ``out`` atomically; returns the page count. OSError when it
    cannot be written (nothing is left half-written)."""
    data, pages = build(source, page)
    write_atomically(data, Path(out))
    return pages
