"""Images for slides, from local files only: a case's media URL is never fetched.

A media URL may name a file beside the case (relative), an absolute path or a ``file:`` URL.
A web URL is shown only when a copy already sits in the app's media cache
(``<data folder>/media-cache/<sha256 of the URL>.<ext>``, filled by whoever chose to download
it); otherwise the slide shows the caption and credit instead of a blank hole.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from explorer import paths
from explorer.core.models import Media

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_SIDE = 8192  # larger images are read scaled down: a slide never needs more
_WEB_SCHEMES = ("http", "https")


def cache_folder() -> Path:
    return paths.data_home() / "media-cache"


def cached_copy(url: str) -> Path | None:
    """A downloaded copy of a web image in the media cache, if there is one."""
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()
    folder = cache_folder()
    if not folder.is_dir():
        return None
    return next((p for p in sorted(folder.glob(f"{key}.*")) if p.is_file()), None)


def local_path(url: str, base: Path | None) -> Path | None:
    """The local file a media URL names (relative ones beside the case), or None."""
    url = url.strip()
    if not url:
        return None
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in _WEB_SCHEMES:
        return cached_copy(url)
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            return None  # a file on another machine is still a network fetch
        path = Path(url2pathname(unquote(parts.path)))
    elif scheme == "" or (len(scheme) == 1 and url[1:2] == ":"):  # a plain path, or a Windows drive letter
        path = Path(url)
    else:
        return None  # data:, ftp:, javascript: and the rest
    if not path.is_absolute():
        if base is None:
            return None
        path = base / path
    try:
        return path if path.is_file() and path.stat().st_size <= MAX_FILE_BYTES else None
    except OSError:
        return None


def read_image(path: Path) -> QImage | None:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_SIDE:
        reader.setScaledSize(size.scaled(QSize(MAX_SIDE, MAX_SIDE), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


class MediaImages:
    """Loads and keeps the images of one case's slides."""

    def __init__(self, case_path: Path | None) -> None:
        self.base = case_path.parent if case_path is not None else None
        self._images: dict[str, QImage | None] = {}

    def image(self, media: Media | None) -> QImage | None:
        """The media's picture (or its thumbnail) if a local copy exists, else None."""
        if media is None:
            return None
        for url in (media.url, media.thumbnail):
            if not url:
                continue
            if url not in self._images:
                path = local_path(url, self.base)
                self._images[url] = read_image(path) if path is not None else None
            if self._images[url] is not None:
                return self._images[url]
        return None
