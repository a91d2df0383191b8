"""What makes a record writable, for the forms: the store's own checks, in one place.

Events and relationships use the store's ``check_event`` and ``check_relationship``, colours its
``check_color``. The store checks entities, sources and eras inline in ``put_entity``,
``put_source`` and ``put_era``; until it exposes them as ``check_*`` functions, the same rules
are stated here (raising the same ``RecordError``) so a form refuses exactly what the store would.
A Wikidata id and an entity's web page are checked by the forms only: the store (and so an
import) keeps whatever a case holds. The problems stated here are translated (context "Rules");
those of the store's own checks come in English from explorer.core.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from explorer.core import dates
from explorer.core.models import Entity, Era, Source
from explorer.core.store import RecordError
from explorer.core.store.entities import check_color
from explorer.core.store.events import check_event
from explorer.core.store.relationships import check_relationship

__all__ = [
    "check_entity", "check_era", "check_event", "check_relationship", "check_source", "check_web_page", "check_wikidata",
    "web_address",
]

_WIKIDATA = re.compile(r"Q[1-9]\d*")
_HAS_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_LABEL = r"[^\W_](?:[\w-]*[^\W_])?"  # one part of a host name: letters, digits and inner hyphens
_BARE_DOMAIN = re.compile(rf"(?:{_LABEL}\.)+[^\W\d_]{{2,}}\.?(?::\d{{1,5}})?(?:[/?#]\S*)?")


def _quoting(problem: str, value: object) -> str:
    """A translated problem with %1 replaced by ``value``, quoted as Python writes it."""
    return problem.replace("%1", repr(value))


def check_entity(entity: Entity) -> None:
    """As ``put_entity``: a name, aliases without line breaks, a colour like #1f77b4."""
    if not entity.name.strip():
        raise RecordError("name", QCoreApplication.translate("Rules", "an entity needs a name"))
    if any("\n" in alias for alias in entity.aliases):
        raise RecordError("aliases", QCoreApplication.translate("Rules", "an alias cannot contain a line break"))
    check_color(entity.color, "color")
    check_web_page(entity.url)
    check_wikidata(entity.wikidata)


def check_wikidata(wikidata: str | None) -> None:
    """A Wikidata item id is Q and a number (docs/case-json.md); the store keeps whatever it is given."""
    if wikidata is not None and not _WIKIDATA.fullmatch(wikidata):
        raise RecordError("wikidata", _quoting(QCoreApplication.translate("Rules", "%1 is not a Wikidata id like Q42"), wikidata))


def web_address(text: str) -> str | None:
    """What was typed as a web page, stripped; a bare domain ("example.com/about") gets https://
    in front. None when empty; anything else is returned as typed, for ``check_web_page`` to judge."""
    text = text.strip()
    if not text:
        return None
    if _BARE_DOMAIN.fullmatch(text):
        return f"https://{text}"
    return text


def check_web_page(url: str | None) -> None:
    """A web page is an http:// or https:// address with a host and no spaces (or none at all)."""
    if url is None:
        return
    not_web = RecordError("url", _quoting(QCoreApplication.translate("Rules", "%1 is not a web address like https://example.com"), url))
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # e.g. an unclosed [IPv6] host
        raise not_web from None
    if parts.scheme.lower() not in ("http", "https"):
        if _HAS_SCHEME.match(url) and "://" in url:
            problem = QCoreApplication.translate("Rules", "%1 is not a web page: use an http:// or https:// address")
            raise RecordError("url", _quoting(problem, url))
        raise not_web
    if not host or any(c.isspace() for c in url):
        raise not_web


def check_source(source: Source) -> None:
    """As ``put_source``: both a publisher and a title."""
    if not source.publisher.strip():
        raise RecordError("publisher", QCoreApplication.translate("Rules", "a source needs a publisher"))
    if not source.title.strip():
        raise RecordError("title", QCoreApplication.translate("Rules", "a source needs a title"))


def check_era(era: Era) -> None:
    """As ``put_era``: a title, an end not before the start, a colour like #1f77b4."""
    if not era.title.strip():
        raise RecordError("title", QCoreApplication.translate("Rules", "an era needs a title"))
    if dates.end_seconds(era.end) <= dates.start_seconds(era.start):
        problem = QCoreApplication.translate("Rules", "%1 is before the start %2").replace("%2", str(era.start)).replace("%1", str(era.end))
        raise RecordError("end", problem)
    check_color(era.color, "color")
