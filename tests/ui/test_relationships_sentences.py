"""The relationship panel says who is tied to whom in sentences naming both parties: the Selected
pane for an entity, a relationship's heading, the table's tooltips and the compare list, in
English and through a translation (issue 10: "Alexandr Wang is leads a unit at it")."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from explorer.core.network.sentences import KNOWN_TEMPLATES
from explorer.ui.relationships import RelationshipsPanel
from explorer.ui.relationships.wording import CONTEXT, KNOWN
from tests.ui.test_relationships_panel import at


@pytest.fixture
def panel(shown_panel) -> RelationshipsPanel:
    return shown_panel((1400, 800), "2025-06-20")


def relationship_lines(panel: RelationshipsPanel) -> list[str]:
    text = panel.detail.text()
    return text[text.index("Relationships on"):].splitlines()[1:]


def test_the_selected_pane_for_meta_names_both_parties_in_sentences(panel) -> None:
    panel.select_entity("meta")
    lines = relationship_lines(panel)
    assert "Alexandr Wang leads a unit at Meta (from June 2025)" in lines
    assert "OpenAI is a competitor of Meta (active)" in lines
    assert "Google is a competitor of Meta (active)" in lines
    assert "Meta is an investor in Scale AI (from June 2025)" in lines
    for line in lines:
        assert " it " not in f"{line} " and " is leads" not in line and " is competitor" not in line, line
        assert line.count("Meta") == 1, line


def test_every_relationship_of_the_case_reads_right_in_the_selected_pane(panel) -> None:
    for uid in panel.network.entities:
        panel.select_entity(uid)
        for line in relationship_lines(panel):
            assert not any(bad in f" {line} " for bad in (" it ", " is leads ", " is competitor ", " is customer ", " is investor ")), line


def test_a_relationship_heading_is_a_sentence_with_linked_names(panel) -> None:
    panel.select_relationship("rel-wang-leads-meta")
    assert panel.detail.text().startswith("Alexandr Wang leads a unit at Meta\n")
    assert [kind for kind, _uid in panel.detail.links[:2]] == ["entity", "entity"]


def test_table_tooltips_and_compare_lines_are_sentences(panel) -> None:
    model = panel.table.table_model
    tips = [model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) for row in range(model.rowCount())]
    assert any("OpenAI is a competitor of Meta" in tip for tip in tips), tips
    panel.set_comparing(True, at("2025-06-01"), at("2025-07-01"))
    assert "Added: Alexandr Wang leads a unit at Meta" in panel.compare_view.lines()


def test_the_known_sentences_are_offered_to_the_translator() -> None:
    """lupdate reads the marked strings in the panel's module: they must be the templates core uses."""
    assert tuple(KNOWN_TEMPLATES.values()) == KNOWN


@pytest.fixture
def german(qapp, tmp_path: Path) -> Iterator[None]:
    """A translation of one sentence, compiled and installed for the test."""
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    ts, qm = tmp_path / "t_de.ts", tmp_path / "t_de.qm"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE">'
        f"<context><name>{CONTEXT}</name><message><source>%1 is a competitor of %2</source>"
        "<translation>%1 ist ein Konkurrent von %2</translation></message>"
        "<message><source>from %1</source><translation>ab %1</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_sentences_go_through_the_translation(german, panel) -> None:
    panel.select_entity("meta")
    lines = relationship_lines(panel)
    assert "OpenAI ist ein Konkurrent von Meta (active)" in lines
    assert "Alexandr Wang leads a unit at Meta (ab June 2025)" in lines  # untranslated types stay English
