"""Shapes shared by the graph and its legend: entity outlines by kind, and curved, arrowed edges.

Companies are rounded squares, people circles with a head-and-shoulders mark, organizations
hexagons, groups rounded triangles. An edge is a quadratic curve through its bend, trimmed at
both entities' outlines so arrowheads touch the shape they point at.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

from explorer.core.models import EntityKind


def node_path(kind: EntityKind, size: float) -> QPainterPath:
    """The outline of an entity of this kind, centred on (0, 0)."""
    half = size / 2
    path = QPainterPath()
    if kind is EntityKind.PERSON:
        path.addEllipse(QPointF(0, 0), half, half)
    elif kind is EntityKind.ORGANIZATION:
        path.addPolygon(QPolygonF([QPointF(half * math.cos(a), half * math.sin(a)) for a in _angles(6, math.pi / 6)]))
        path.closeSubpath()
    elif kind is EntityKind.GROUP:
        path.addPolygon(QPolygonF([QPointF(half * 1.1 * math.cos(a), half * 1.1 * math.sin(a) + half * 0.15)
                                   for a in _angles(3, -math.pi / 2)]))
        path.closeSubpath()
    else:
        path.addRoundedRect(QRectF(-half, -half, size, size), size * 0.2, size * 0.2)
    return path


def _angles(count: int, offset: float) -> list[float]:
    return [offset + 2 * math.pi * i / count for i in range(count)]


def person_mark(size: float) -> QPainterPath:
    """A head and shoulders inside a person's circle."""
    path = QPainterPath()
    head = size * 0.15
    path.addEllipse(QPointF(0, -size * 0.1), head, head)
    shoulders = QRectF(-size * 0.27, size * 0.08, size * 0.54, size * 0.36)
    path.moveTo(shoulders.left(), shoulders.center().y() + shoulders.height() * 0.25)
    path.arcTo(shoulders, 180, -180)
    path.closeSubpath()
    return path


def building_mark(size: float) -> QPainterPath:
    """An office building inside a company's square: a block with rows of windows cut out."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    width, height = size * 0.42, size * 0.5
    body = QRectF(-width / 2, -height / 2, width, height)
    path.addRect(body)
    pane = size * 0.075
    for row in range(3):
        for column in range(2):
            x = body.left() + width * (0.18 + 0.42 * column)
            y = body.top() + height * (0.12 + 0.27 * row)
            path.addRect(QRectF(x, y, pane * 1.3, pane))
    path.addRect(QRectF(-pane * 0.6, body.bottom() - height * 0.2, pane * 1.2, height * 0.2))  # the door
    return path


# --- edges ---------------------------------------------------------------------------------------


def control_point(p: QPointF, q: QPointF, bend: float) -> QPointF:
    """The control point that puts the curve's midpoint ``bend`` to the left of p→q."""
    dx, dy = q.x() - p.x(), q.y() - p.y()
    length = math.hypot(dx, dy) or 1.0
    nx, ny = dy / length, -dx / length
    return QPointF((p.x() + q.x()) / 2 + nx * 2 * bend, (p.y() + q.y()) / 2 + ny * 2 * bend)


def point_at(p: QPointF, c: QPointF, q: QPointF, t: float) -> QPointF:
    u = 1 - t
    return QPointF(u * u * p.x() + 2 * u * t * c.x() + t * t * q.x(), u * u * p.y() + 2 * u * t * c.y() + t * t * q.y())


def tangent_at(p: QPointF, c: QPointF, q: QPointF, t: float) -> QPointF:
    return QPointF(2 * (1 - t) * (c.x() - p.x()) + 2 * t * (q.x() - c.x()), 2 * (1 - t) * (c.y() - p.y()) + 2 * t * (q.y() - c.y()))


def _exit(p: QPointF, c: QPointF, q: QPointF, centre: QPointF, radius: float, from_end: bool) -> float:
    """The curve parameter where it leaves a circle round ``centre`` (bisection)."""
    inside, outside = (1.0, 0.0) if from_end else (0.0, 1.0)
    for _ in range(18):
        middle = (inside + outside) / 2
        point = point_at(p, c, q, middle)
        if math.hypot(point.x() - centre.x(), point.y() - centre.y()) < radius:
            inside = middle
        else:
            outside = middle
    return outside


def sub_curve(p: QPointF, c: QPointF, q: QPointF, t0: float, t1: float) -> tuple[QPointF, QPointF, QPointF]:
    """The part of a quadratic curve between two parameters, as a quadratic curve."""
    start, end = point_at(p, c, q, t0), point_at(p, c, q, t1)
    # the control point of the piece: where the tangents at both ends meet (blossom of t0, t1)
    u0, u1 = 1 - t0, 1 - t1
    control = QPointF(
        u0 * u1 * p.x() + (u0 * t1 + t0 * u1) * c.x() + t0 * t1 * q.x(),
        u0 * u1 * p.y() + (u0 * t1 + t0 * u1) * c.y() + t0 * t1 * q.y(),
    )
    return start, control, end


def edge_curve(p: QPointF, q: QPointF, bend: float, source_radius: float, target_radius: float) -> tuple[QPointF, QPointF, QPointF]:
    """The visible part of an edge, between the outlines of its two entities."""
    c = control_point(p, q, bend)
    t0 = _exit(p, c, q, p, source_radius, from_end=False)
    t1 = _exit(p, c, q, q, target_radius, from_end=True)
    if t1 <= t0:
        t0, t1 = 0.0, 1.0
    return sub_curve(p, c, q, t0, t1)


def arrowhead(tip: QPointF, direction: QPointF, size: float) -> QPolygonF:
    length = math.hypot(direction.x(), direction.y()) or 1.0
    ux, uy = direction.x() / length, direction.y() / length
    back = QPointF(tip.x() - ux * size, tip.y() - uy * size)
    side = size * 0.45
    return QPolygonF([tip, QPointF(back.x() + uy * side, back.y() - ux * side), QPointF(back.x() - uy * side, back.y() + ux * side)])
