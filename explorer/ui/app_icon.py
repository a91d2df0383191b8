"""The app's icon: the SVG for every size, with the rendered PNGs (16–256 px) added so that
platforms that prefer bitmaps (taskbars, the X11 window icon) get crisp pixels at each size."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from explorer import paths

PNG_SIZES = (16, 32, 48, 64, 128, 256)


@cache
def app_icon() -> QIcon:
    folder = paths.resources_dir() / "icons"
    icon = QIcon()  # the PNGs first (a pixmap engine lists their sizes), then the SVG for any other size
    for size in PNG_SIZES:
        png = folder / "hicolor" / f"{size}x{size}" / "apps" / "case-explorer.png"
        if png.is_file():
            icon.addFile(str(png))
    icon.addFile(str(folder / "case-explorer.svg"))
    return icon
