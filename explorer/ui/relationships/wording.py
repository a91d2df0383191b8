"""Relationships in words for the panel, through the translation: "OpenAI is a competitor of Meta",
and where one stands on a date, "from June 2025", "ended June 2025".

The sentences come from ``core.network.sentences``; its templates for known types are listed
here again (``KNOWN``) so that lupdate hands them to the translator, who may reorder ``%1`` and
``%2``. A user's own type has no translation and reads in English, as its name does.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from explorer.core.models import Relationship
from explorer.core.network import EdgeState, Lifetime
from explorer.core.network.sentences import fill, sentence_template
from explorer.ui import date_text

CONTEXT = "RelationshipSentence"
KNOWN = (  # the same strings as core.network.sentences.KNOWN_TEMPLATES (a test keeps them equal)
    QT_TRANSLATE_NOOP("RelationshipSentence", "%1 is a customer of %2"),
    QT_TRANSLATE_NOOP("RelationshipSentence", "%1 is a supplier to %2"),
    QT_TRANSLATE_NOOP("RelationshipSentence", "%1 is an investor in %2"),
    QT_TRANSLATE_NOOP("RelationshipSentence", "%1 owns a stake in %2"),
    QT_TRANSLATE_NOOP("RelationshipSentence", "%1 acquired %2"),
    QT_TRANSLATE_NOOP("RelationshipSentence", "%1 is a founder of %2"),
    QT_TRANSLATE_NOOP("RelationshipSentence", "%1 is the CEO of %2"),
    QT_TRANSLATE_NOOP("RelationshipSentence", "%1 is an executive of %2"),
    QT_TRANSLATE_NOOP("RelationshipSentence", "%1 is a board member of %2"),
    QT_TRANSLATE_NOOP("RelationshipSentence", "%1 is an employee of %2"),
    QT_TRANSLATE_NOOP("RelationshipSentence", "%1 leads a unit at %2"),
    QT_TRANSLATE_NOOP("RelationshipSentence", "%1 is a competitor of %2"),
    QT_TRANSLATE_NOOP("RelationshipSentence", "%1 is a partner of %2"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def template(relationship: Relationship) -> str:
    """The translated sentence template of the relationship's type: ``%1`` its source, ``%2`` its target."""
    return _tr(sentence_template(relationship.type))


def sentence(relationship: Relationship, names: dict[str, str]) -> str:
    """The relationship as a sentence naming both parties (an unknown entity by its uid)."""
    source, target = relationship.source_uid, relationship.target_uid
    return fill(template(relationship), names.get(source, source), names.get(target, target))


def standing(state: EdgeState, life: Lifetime) -> str:
    """Where the relationship stands on the date, with the date that says so when the case has one."""
    begin = date_text.display(life.begin) if life.begin is not None else ""
    end = date_text.display(life.end) if life.end is not None else ""
    if state is EdgeState.NOT_BEGUN:
        return _tr("not yet begun: from %1").replace("%1", begin) if begin else _tr("not yet begun")
    if state is EdgeState.BEGINNING:
        return _tr("from %1").replace("%1", begin) if begin else _tr("beginning")
    if state is EdgeState.ENDING:
        return _tr("ending %1").replace("%1", end) if end else _tr("ending")
    if state is EdgeState.ENDED:
        return _tr("ended %1").replace("%1", end) if end else _tr("ended")
    if begin and end:
        return fill(_tr("since %1, until %2"), begin, end)
    if begin:
        return _tr("since %1").replace("%1", begin)
    if end:
        return _tr("until %1").replace("%1", end)
    return _tr("active")
