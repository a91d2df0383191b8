"""File ▸ Import and File ▸ Export in the GUI: the mapping dialog, progress with Cancel, export choices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from explorer.core.casefile import export_case, import_into, open_case
from explorer.core.dates import PartialDate
from explorer.core.interchange.csv_mapping import CsvKind
from explorer.core.interchange.formats import ExportFormat
from explorer.ui.dialogs.csv_import_dialog import NOT_IMPORTED, CsvImportDialog
from explorer.ui.dialogs.export_dialog import ExportDialog
from explorer.ui.dialogs.interchange import InterchangeActions
from explorer.ui.dialogs.prompts import InterchangeDialogs
from tests.interchange.conftest import CSV, TIMELINEJS

SCREENSHOTS = Path("/tmp/case-explorer-screenshots")


@pytest.fixture
def window(qtbot, tmp_path: Path):
    """A plain widget holding a case (the main window wires the actions the same way)."""
    case = tmp_path / "case.case.db"
    import_into(TIMELINEJS / "same-timeline.json", case)
    store = open_case(case)
    widget = QWidget()
    qtbot.addWidget(widget)
    reloads: list[int] = []
    actions = InterchangeActions(widget, lambda: store, lambda: reloads.append(1))
    widget.case, widget.store, widget.actions, widget.reloads = case, store, actions, reloads
    yield widget
    store.close()


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(InterchangeDialogs, "info", classmethod(lambda cls, parent, title, text: messages.append((title, text))))
    monkeypatch.setattr(InterchangeDialogs, "error", classmethod(lambda cls, parent, title, text: messages.append((title, text))))
    monkeypatch.setattr(InterchangeDialogs, "finished",
                        classmethod(lambda cls, parent, title, text, written: messages.append((title, text))))
    return messages


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
    monkeypatch.setattr(InterchangeDialogs, "import_path", classmethod(lambda cls, parent, folder="": str(path) if path else None))


def test_import_a_timelinejs_file(window, said, monkeypatch: pytest.MonkeyPatch) -> None:
    _choose_file(monkeypatch, TIMELINEJS / "world-history.json")
    window.actions.import_action.trigger()
    assert said == [("Import finished", "world-history.json: added 2 eras and 11 events; "
                                         "the case title and summary were already set and were kept.")]
    assert window.reloads == [1]
    assert window.store.event_count() == 15


def test_a_timelinejs2_jsonp_file_is_offered_and_imports(window, said, monkeypatch: pytest.MonkeyPatch) -> None:
    from explorer.ui.dialogs.prompts import IMPORT_FILTER

    assert "*.jsonp" in IMPORT_FILTER.split(";;")[0]  # File ▸ Import lists such files with the timelines
    _choose_file(monkeypatch, TIMELINEJS / "storyjs.jsonp")
    window.actions.import_action.trigger()
    assert said and said[0][0] == "Import finished", said
    assert window.reloads == [1]


def test_import_a_csv_through_the_mapping_dialog(qtbot, window, said, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[CsvImportDialog] = []

    def answer(cls, parent, path):
        dialog = CsvImportDialog(path, parent)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        assert dialog.kind is CsvKind.EVENTS
        assert dialog.mapping() == {"title": "Headline", "start": "Date", "end": "End date", "body": "Description",
                                    "category": "Category", "certainty": "Certainty", "media_link": "Link"}
        assert dialog.table.rowCount() == 4 and dialog.table.columnCount() == 7
        dialog.select_field("media_link", NOT_IMPORTED)
        dialog.show()
        SCREENSHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SCREENSHOTS / "csv-import-dialog.png"))
        return dialog.options()

    monkeypatch.setattr(InterchangeDialogs, "csv_options", classmethod(answer))
    _choose_file(monkeypatch, CSV / "events-day-first.csv")
    window.actions.import_action.trigger()
    assert said == [("Import finished", "events-day-first.csv: added 4 events.")]
    events = {event.title: event for event in window.store.iter_events()}
    assert events["Google pauses work"].start == PartialDate(2025, 4, 3)
    assert events["Meta takes 49% of Scale AI"].media is None  # the Link column was left out


def test_the_mapping_dialog_needs_the_required_columns(qtbot) -> None:
    dialog = CsvImportDialog(CSV / "events-excel-de.csv")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert dialog.dialect.delimiter == ";" and dialog.dialect.encoding == "cp1252"
    assert not ok.isEnabled() and "Choose the column for: Title, Start date" in dialog.hint.text()
    dialog.select_field("title", "Titel")
    dialog.select_field("start", "Datum")
    assert ok.isEnabled()
    dialog.kind_box.setCurrentIndex(2)  # relationships: other fields, other requirements
    assert dialog.kind is CsvKind.RELATIONSHIPS and not ok.isEnabled()
    options_dialog = CsvImportDialog(CSV / "events-ambiguous.csv")
    qtbot.addWidget(options_dialog)
    assert "could be day or month first" in options_dialog.hint.text()
    options_dialog.order_buttons.button(2).setChecked(True)
    assert options_dialog.options().day_first is False


def test_the_mapping_dialog_says_how_a_start_date_will_read(qtbot, tmp_path: Path) -> None:
    """A trial's -500 became 501 BCE (ISO years) unannounced: the dialog now shows how a date of
    the first rows reads, a year before 1 first, and follows the day/month choice."""
    table = tmp_path / "ancient.csv"
    table.write_text("Title,Date\nAthens,1 June 2025\nMarathon,-490\nSalamis,480 BC\n", encoding="utf-8")
    dialog = CsvImportDialog(table)
    qtbot.addWidget(dialog)
    assert "Row 2's start “-490” reads as 491 BCE." in dialog.hint.text()
    assert "A minus year counts as ISO 8601 does (0 is 1 BCE); for 490 BCE write “490 BC”." in dialog.hint.text()
    assert dialog.buttons.buttons()[0].isEnabled()
    for written in ("-0490-03-15", "-5000000000", "-0"):  # a full date, deep time, year 0: read, but no "write … BC"
        other = tmp_path / "other.csv"
        other.write_text(f"Title,Date\nA,{written}\n", encoding="utf-8")
        dialog = CsvImportDialog(other)
        qtbot.addWidget(dialog)
        assert f"“{written}” reads as" in dialog.hint.text() and "write “" not in dialog.hint.text(), written
    ambiguous = tmp_path / "ambiguous.csv"
    ambiguous.write_text("Title,Date\nA,03/04/2025\n", encoding="utf-8")
    dialog = CsvImportDialog(ambiguous)
    qtbot.addWidget(dialog)
    assert "reads as" not in dialog.hint.text()  # could be either: nothing is claimed
    dialog.order_buttons.button(1).setChecked(True)
    assert "Row 1's start “03/04/2025” reads as 3 April 2025." in dialog.hint.text()
    dialog.order_buttons.button(2).setChecked(True)
    assert "reads as 4 March 2025." in dialog.hint.text()


def test_cancel_rolls_the_import_back(qtbot, window, said, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    slides = [{"start_date": {"year": 1900 + i % 120, "month": 1 + i % 12}, "text": {"headline": f"Event {i}"}} for i in range(30_000)]
    source = tmp_path / "many.json"
    source.write_text(json.dumps({"events": slides}), encoding="utf-8")
    before = window.case.read_bytes()
    _choose_file(monkeypatch, source)

    def press_cancel(dialog) -> None:
        dialog.grab().save(str(SCREENSHOTS / "import-progress.png"))
        dialog.buttons.buttons()[0].click()

    window.actions.progress_shown.connect(press_cancel)
    window.actions.import_action.trigger()
    assert said == [("Import cancelled", "Nothing from many.json was imported; the case is unchanged.")]
    assert window.reloads == []
    assert window.case.read_bytes() == before
    assert window.store.event_count() == 4


def test_a_bad_file_says_where_and_changes_nothing(window, said, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    source = tmp_path / "bad.json"
    source.write_text('{"events": [{"start_date": {"year": 2020}}, {"start_date": {"year": 2020, "month": 14}}]}', encoding="utf-8")
    before = window.case.read_bytes()
    _choose_file(monkeypatch, source)
    window.actions.import_action.trigger()
    problem = "events[1].start_date.month: 14 is not a month (1–12)"
    assert said == [("Import failed", f"{problem}\n\nNothing was imported; the case is unchanged.")]
    assert window.case.read_bytes() == before
    _choose_file(monkeypatch, None)
    window.actions.import_action.trigger()  # the file dialog cancelled: nothing happens
    assert len(said) == 1


def test_an_unknown_file_is_refused_before_anything_starts(window, said, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    source = tmp_path / "picture.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    _choose_file(monkeypatch, source)
    window.actions.import_action.trigger()
    assert said[0][0] == "Import" and "holds a NUL byte" in said[0][1]


@pytest.mark.parametrize("kind", ["gexf", "graphml", "case file", "empty"])
def test_what_is_no_import_is_refused_not_previewed(window, said, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kind: str) -> None:
    """A trial's own GEXF export was shown as a CSV preview, a case file as "holds a NUL byte"; the
    dialog now says what the file is and what to do instead, as the command line does."""
    if kind == "empty":
        source = tmp_path / "empty.json"
        source.write_bytes(b"")
        expected = f"{source}: is empty: there is nothing to import"
    elif kind == "case file":
        source = tmp_path / "other.case.db"
        import_into(TIMELINEJS / "world-history.json", source)
        expected = f"{source}: is a case file, not an import: open it (File ▸ Open, or `case-explorer {source}`)"
    else:
        source = tmp_path / f"network.{kind}"
        export_case(window.store, source, kind)
        expected = f"{source}: is a {'GEXF' if kind == 'gexf' else 'GraphML'} graph file: Case Explorer exports"
    previews: list[Path] = []
    monkeypatch.setattr(InterchangeDialogs, "csv_options", classmethod(lambda cls, parent, path: previews.append(path)))
    before = window.case.read_bytes()
    _choose_file(monkeypatch, source)
    window.actions.import_action.trigger()
    assert previews == []
    assert len(said) == 1 and said[0][0] == "Import" and said[0][1].startswith(expected), said
    assert window.reloads == [] and window.case.read_bytes() == before


def test_export_writes_the_chosen_format(window, said, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    out = tmp_path / "network.gexf"
    monkeypatch.setattr(InterchangeDialogs, "export_target", classmethod(lambda cls, parent, name, folder=None: (out, ExportFormat.GEXF)))
    window.actions.export_action.trigger()
    assert said == [("Export finished", f"Wrote {out}.")]
    assert out.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf')
    refused = classmethod(lambda cls, parent, name, folder=None: (window.case, ExportFormat.NATIVE))
    monkeypatch.setattr(InterchangeDialogs, "export_target", refused)
    window.actions.export_action.trigger()
    assert said[-1] == ("Export failed", f"{window.case}: refusing to overwrite the case file itself")


def test_export_offers_the_case_own_folder(window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A new user's export of a case kept in a project folder was offered ~/name.json."""
    asked: list[Path | None] = []
    monkeypatch.setattr(InterchangeDialogs, "export_target", classmethod(lambda cls, parent, name, folder=None: asked.append(folder)))
    window.actions.export_action.trigger()
    assert asked == [window.case.parent.resolve()]
    dialog = ExportDialog("case", folder=asked[0])
    assert dialog.choice()[0] == asked[0] / "case.json"
    dialog.deleteLater()


def test_a_case_kept_in_the_data_folder_offers_the_last_folder_used(
    window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, private_home: Path
) -> None:
    """The bundled case's working copy lives in the app's data folder: a trial's second export was
    offered the home folder again, not the folder of the first. A case with a folder of its own
    keeps offering it."""
    from explorer.core.casefile import ensure_working_copy

    asked: list[Path] = []
    monkeypatch.setattr(InterchangeDialogs, "export_target",
                        classmethod(lambda cls, parent, name, folder=None: asked.append(folder)))  # then cancelled
    window.actions.export_action.trigger()
    assert asked == [window.case.parent.resolve()]
    working = open_case(ensure_working_copy())
    assert working.db.path.resolve().is_relative_to(private_home.resolve())
    window.actions.store_getter = lambda: working
    window.actions.export_action.trigger()
    assert asked[-1] != window.case.parent.resolve()  # the documents (nothing exported yet)
    elsewhere = tmp_path / "for-class"
    elsewhere.mkdir()
    answer = (elsewhere / "x.gexf", ExportFormat.GEXF)
    monkeypatch.setattr(InterchangeDialogs, "export_target",
                        classmethod(lambda cls, parent, name, folder=None: asked.append(folder) or answer))
    monkeypatch.setattr(InterchangeDialogs, "finished", classmethod(lambda cls, parent, title, text, written: None))
    window.actions.export_action.trigger()
    assert (elsewhere / "x.gexf").exists()
    window.actions.export_action.trigger()
    assert asked[-1] == elsewhere.resolve()  # where the last one went
    window.actions.store_getter = lambda: window.store
    window.actions.export_action.trigger()
    assert asked[-1] == window.case.parent.resolve()  # a case with its own folder: beside it
    working.close()


def test_the_export_dialog_offers_every_format(qtbot) -> None:
    dialog = ExportDialog("scale")
    qtbot.addWidget(dialog)
    assert dialog.choice() == (Path.home() / "scale.json", ExportFormat.NATIVE)
    dialog.choose(ExportFormat.GRAPHML)
    assert dialog.choice() == (Path.home() / "scale.graphml", ExportFormat.GRAPHML)
    dialog.choose(ExportFormat.TIMELINEJS_CSV)
    assert dialog.choice()[0].name == "scale.timeline.csv"
    dialog.choose(ExportFormat.TIMELINEJS)  # not scale.json: that is the case JSON's name
    assert dialog.choice() == (Path.home() / "scale.timeline.json", ExportFormat.TIMELINEJS)
    dialog.choose(ExportFormat.CSV)
    assert dialog.choice()[0].name == "scale.relationships.csv"
    dialog.path.setText(str(Path.home() / "mine" / "for-gephi.txt"))  # a name the user typed keeps its stem
    dialog.choose(ExportFormat.GEXF)
    assert dialog.choice()[0] == Path.home() / "mine" / "for-gephi.gexf"
    dialog.choose(ExportFormat.NATIVE)
    assert dialog.choice()[0] == Path.home() / "mine" / "for-gephi.json"
    dialog.show()
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "export-dialog.png"))
    dialog.close()
