"""Desktop integration files: the .desktop entry, the MIME type for *.case.db, the icon sizes."""

from __future__ import annotations

import configparser
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

from explorer import paths
from explorer.core.casefile import new_case
from explorer.ui.app_icon import PNG_SIZES

DESKTOP = paths.resources_dir() / "desktop"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def test_desktop_entry_opens_case_files():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP / "case-explorer.desktop", encoding="utf-8")
    app = entry["Desktop Entry"]
    assert app["Type"] == "Application" and app["Exec"] == "case-explorer %f" and app["Icon"] == "case-explorer"
    assert "application/x-case-explorer;" in app["MimeType"]


def test_mime_type_matches_case_files_by_name_and_header(tmp_path: Path):
    root = ET.parse(DESKTOP / "case-explorer-mime.xml").getroot()
    mime = root.find(f"{MIME_NS}mime-type")
    assert mime.get("type") == "application/x-case-explorer"
    assert mime.find(f"{MIME_NS}glob").get("pattern") == "*.case.db"
    inner = mime.find(f"{MIME_NS}magic/{MIME_NS}match/{MIME_NS}match")
    case = tmp_path / "a.case.db"
    new_case(case)
    header = case.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3")
    assert int.from_bytes(header[68:72], "big") == int(inner.get("value"), 16)
    assert sqlite3.connect(case).execute("PRAGMA application_id").fetchone()[0] == int(inner.get("value"), 16)


def test_icon_pngs_in_every_size(qapp):
    folder = paths.resources_dir() / "icons"
    assert (folder / "case-explorer.svg").is_file()
    for size in PNG_SIZES:
        image = QImage(str(folder / "hicolor" / f"{size}x{size}" / "apps" / "case-explorer.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def test_window_icon_has_every_size(main_window):
    icon = main_window.windowIcon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert set(PNG_SIZES) <= sizes
