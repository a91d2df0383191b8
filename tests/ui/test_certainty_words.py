"""Certainty reads the same in every view: "rumoured" (British spelling) wherever people see it,
while the case file keeps its stored value "rumored"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QListWidget, QWidget

from explorer.core.models import Certainty
from explorer.ui.forms.fields import certainty_box
from explorer.ui.style import certainty_label, certainty_word


def _shown_texts(root: QWidget) -> list[str]:
    texts = []
    for combo in root.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for listing in root.findChildren(QListWidget):
        texts += [listing.item(i).text() for i in range(listing.count())]
    return texts


def test_the_word_and_the_stored_value():
    assert certainty_word(Certainty.RUMORED) == "rumoured" and certainty_label(Certainty.RUMORED) == "Rumoured"
    assert Certainty.RUMORED.value == "rumored"  # the case file format is unchanged


def test_forms_say_rumoured(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = certainty_box(parent)
    labels = [box.itemText(i) for i in range(box.count())]
    assert "Rumoured" in labels and not any("rumored" in label.lower() for label in labels)
    assert box.itemData(labels.index("Rumoured")) == "rumored"


def test_no_panel_of_the_window_says_rumored(main_window):
    texts = _shown_texts(main_window)
    assert any("rumoured" in text.lower() for text in texts)  # the filters and relationship controls list it
    assert not [text for text in texts if "rumored" in text.lower()]


def test_event_table_says_rumoured(qtbot, bundled_case):
    from dataclasses import replace

    from explorer.core.casefile import open_case
    from explorer.ui.event_table import EventTableModel

    store = open_case(bundled_case)
    event = next(store.iter_events())
    store.put_event(replace(event, certainty=Certainty.RUMORED))
    model = EventTableModel(store)
    column = model.COLUMNS.index("Certainty")
    qtbot.waitUntil(lambda: None not in [model.data(model.index(row, column)) for row in range(model.rowCount())])
    cells = [model.data(model.index(row, column)) for row in range(model.rowCount())]
    assert "rumoured" in cells and "rumored" not in cells
