"""Numerical layouts of one connected piece of the network, deterministic by construction.

- ``stress``: classical MDS on graph distances, refined by stress majorization (SMACOF). No
  randomness at all, so the same case gives the same picture on every run and machine (signs
  and rotation are normalised). Quadratic memory: for pieces up to ``STRESS_LIMIT`` nodes.
- ``force``: Fruchterman–Reingold with a seeded random start and numpy, repulsion computed in
  row blocks so a few thousand nodes fit in memory; the iteration count shrinks as nodes grow.

Positions come out with a mean edge length of 1; ``layout`` scales them to scene units.
"""

from __future__ import annotations

import numpy as np

STRESS_LIMIT = 300
SEPARATE_LIMIT = 600
_BLOCK = 256


def distances(n: int, edges: np.ndarray) -> np.ndarray:
    """Shortest path lengths of a connected piece (Floyd–Warshall in numpy).

    A tie is longer the busier its ends are (1 + 0.1 per extra tie, at most 1.8), so a hub's
    neighbours sit further out and there is room round it for their labels.
    """
    degree = np.bincount(edges.ravel(), minlength=n) if len(edges) else np.zeros(n, dtype=np.int64)
    result = np.full((n, n), np.inf)
    np.fill_diagonal(result, 0.0)
    for a, b in edges:
        length = min(1.0 + 0.1 * (degree[a] + degree[b] - 2), 1.8)
        result[a, b] = result[b, a] = min(result[a, b], length)
    for k in range(n):
        np.minimum(result, result[:, k, None] + result[None, k, :], out=result)
    finite = np.isfinite(result)
    result[~finite] = result[finite].max() + 1  # only for safety: pieces are connected
    return result


def normalise(xy: np.ndarray) -> np.ndarray:
    """Centre, turn the widest direction horizontal, fix the signs, scale to mean edge length 1."""
    xy = xy - xy.mean(axis=0)
    if len(xy) > 2:
        _values, vectors = np.linalg.eigh(np.cov(xy.T))
        xy = xy @ vectors[:, ::-1]
    for axis in (0, 1):
        column = xy[:, axis]
        significant = np.flatnonzero(np.abs(column) > 1e-6 * (np.abs(column).max() + 1e-12))
        if significant.size and column[significant[0]] > 0:  # the first node (by uid) goes left and up
            xy[:, axis] = -column
    return xy


def stress(n: int, edges: np.ndarray, iterations: int = 120) -> np.ndarray:
    """Stress majorization from a classical-MDS start; deterministic."""
    if n == 1:
        return np.zeros((1, 2))
    d = distances(n, edges)
    squared = d**2
    centring = np.eye(n) - 1.0 / n
    b = -0.5 * centring @ squared @ centring
    values, vectors = np.linalg.eigh(b)
    xy = vectors[:, -2:][:, ::-1] * np.sqrt(np.maximum(values[-2:][::-1], 1e-9))
    if n == 2 or not np.isfinite(xy).all():
        xy = np.column_stack([np.arange(n, dtype=float), np.zeros(n)])
    weights = np.zeros_like(d)
    np.divide(1.0, squared, out=weights, where=d > 0)
    v = -weights
    np.fill_diagonal(v, weights.sum(axis=1))
    v_inverse = np.linalg.pinv(v)
    for _ in range(iterations):
        gaps = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(axis=2))
        ratio = np.zeros_like(d)
        np.divide(weights * d, gaps, out=ratio, where=gaps > 1e-9)
        bz = -ratio
        np.fill_diagonal(bz, ratio.sum(axis=1))
        xy = v_inverse @ (bz @ xy)
    return normalise(xy)


def force(n: int, edges: np.ndarray, seed: int, iterations: int | None = None) -> np.ndarray:
    """Fruchterman–Reingold from a seeded random start (ideal edge length 1)."""
    if n == 1:
        return np.zeros((1, 2))
    rng = np.random.default_rng(seed)
    x, y = (rng.uniform(-1.0, 1.0, size=(2, n)) * np.sqrt(n)).astype(np.float32)
    if iterations is None:
        iterations = int(np.clip(2e7 / (n * n), 12, 300))
    a, b = edges[:, 0].astype(np.intp), edges[:, 1].astype(np.intp)
    temperature = np.float32(np.sqrt(n) * 0.5)
    for step in range(iterations):
        fx, fy = np.zeros(n, dtype=np.float32), np.zeros(n, dtype=np.float32)
        for start in range(0, n, _BLOCK):  # repulsion k²/d, a block of rows at a time
            dx = x[start : start + _BLOCK, None] - x[None, :]
            dy = y[start : start + _BLOCK, None] - y[None, :]
            inverse = 1.0 / np.maximum(dx * dx + dy * dy, np.float32(1e-4))
            fx[start : start + _BLOCK] = (dx * inverse).sum(axis=1)
            fy[start : start + _BLOCK] = (dy * inverse).sum(axis=1)
        ex, ey = x[a] - x[b], y[a] - y[b]
        length = np.sqrt(ex * ex + ey * ey)  # attraction d²/k along each edge
        np.add.at(fx, a, -ex * length)
        np.add.at(fy, a, -ey * length)
        np.add.at(fx, b, ex * length)
        np.add.at(fy, b, ey * length)
        fx -= x * np.float32(0.02)  # a little gravity keeps separate clusters from drifting apart
        fy -= y * np.float32(0.02)
        size = np.maximum(np.sqrt(fx * fx + fy * fy), np.float32(1e-9))
        move = np.minimum(size, temperature) / size
        x += fx * move
        y += fy * move
        temperature = np.float32(max(temperature * 0.95, 0.01 * (1 + iterations - step) / iterations))
    xy = normalise(np.column_stack([x, y]).astype(np.float64))
    if len(edges):
        mean = np.sqrt(((xy[a] - xy[b]) ** 2).sum(axis=1)).mean()
        xy /= max(mean, 1e-9)
    return xy


def separate(xy: np.ndarray, minimum: float, rounds: int = 30) -> np.ndarray:
    """Push apart nodes closer than ``minimum`` (scene units) so shapes and names do not overlap."""
    n = len(xy)
    if n < 2 or n > SEPARATE_LIMIT:  # big pieces: the force layout's repulsion spaces them already
        return xy
    xy = xy.copy()
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        gap = np.sqrt((delta**2).sum(axis=2))
        np.fill_diagonal(gap, minimum * 10)
        close = gap < minimum
        if not close.any():
            break
        # identical points: nudge apart along a fixed direction that depends on the index
        tie = gap < 1e-6
        if tie.any():
            rows = np.arange(n, dtype=float)
            delta[tie] = np.column_stack([np.cos(rows), np.sin(rows)])[np.nonzero(tie)[0]]
            gap[tie] = 1.0
        push = np.where(close, (minimum - gap) / 2 / np.maximum(gap, 1e-6), 0.0)
        xy += (delta * push[:, :, None]).sum(axis=1)
    return xy
