"""How the relationship panel shares its room between the graph and the Selected / Table / Compare
tabs, as it is resized: side by side when the panel is wide enough for both, the tabs under the
graph when it is tall and narrow; the tabs never so narrow that their text wraps word by word,
the graph never squeezed to a sliver (as a long line in the Compare list once did).

The share the user gives the tabs by dragging the handle is kept as the panel is resized. No
minimum size is set on either side: a minimum would make the whole dock (and so the main window)
refuse to be made small; the shares are kept by ``setSizes`` instead. The two stack only with
well more height than their own minimums need stacked: the graph keeps a real height, and a dock
being made shorter, which stops at those minimums, turns side by side before it gets there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

GRAPH_MIN_WIDTH, GRAPH_MIN_HEIGHT = 220, 120  # the graph's room, below which its entities blur together
TABS_MIN_WIDTH = 210  # pixels (the tabs' frame included), or ``TABS_MIN_CHARS`` average characters if the font is larger
TABS_MIN_CHARS = 28
TABS_MAX_WIDTH = 460
TABS_MIN_HEIGHT = 150  # stacked under the graph: a few lines of the selection or the changes
TABS_SHARE = 0.36  # of the width (or height when stacked) the tabs get until the user drags the handle
NARROW_SHARE = 0.42  # the most a panel too narrow for both gives the tabs
STACK_RATIO = 1.2  # a panel narrower than this times its height stacks, when it is tall enough
STACK_SLACK = 100  # stacking needs this much more than the two's minimums: the graph a real height, and a
# dock being made shorter turns side by side before it reaches the stacked minimums it could not pass


class GraphSplitter(QSplitter):
    def __init__(self, graph: QWidget, tabs: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("relationshipSplitter")
        self.setChildrenCollapsible(False)
        self.addWidget(graph)
        self.addWidget(tabs)
        self.shares = {Qt.Orientation.Horizontal: TABS_SHARE, Qt.Orientation.Vertical: TABS_SHARE}
        self.splitterMoved.connect(self._moved)

    def tabs_min_width(self) -> int:
        return max(TABS_MIN_WIDTH, self.fontMetrics().averageCharWidth() * TABS_MIN_CHARS)

    def stacked_min_height(self) -> int:
        """The least height the two take stacked: their own minimums (a dock cannot be made shorter) or ours."""
        graph, tabs = (self.widget(i).minimumSizeHint().height() for i in range(2))
        return max(graph, GRAPH_MIN_HEIGHT) + max(tabs, TABS_MIN_HEIGHT) + self.handleWidth()

    def choose_orientation(self, width: int, height: int) -> Qt.Orientation:
        """Side by side if both fit across and the panel is not much taller than wide (or too short to
        stack), else the tabs under the graph."""
        across = width >= GRAPH_MIN_WIDTH + self.tabs_min_width() + self.handleWidth()
        stacks = height >= self.stacked_min_height() + STACK_SLACK
        if stacks and (not across or width < STACK_RATIO * height):
            return Qt.Orientation.Vertical
        return Qt.Orientation.Horizontal

    def arrange(self) -> None:
        """Orient and share the room for the splitter's size now."""
        width, height = self.width(), self.height()
        if width <= 0 or height <= 0 or self.count() != 2:
            return
        orientation = self.choose_orientation(width, height)
        if orientation != self.orientation():
            self.setOrientation(orientation)
        total = (width if orientation == Qt.Orientation.Horizontal else height) - self.handleWidth()
        if orientation == Qt.Orientation.Horizontal:
            least = min(self.tabs_min_width(), int(total * NARROW_SHARE))
            most = max(TABS_MAX_WIDTH, least)
            graph_least = min(GRAPH_MIN_WIDTH, total - least)
        else:
            least, most, graph_least = TABS_MIN_HEIGHT, total, GRAPH_MIN_HEIGHT
        tabs = min(max(int(total * self.shares[orientation]), least), most, total - graph_least)
        sizes = [total - tabs, tabs]
        if self.sizes() != sizes:
            self.setSizes(sizes)

    def _moved(self, _position: int, _index: int) -> None:
        graph, tabs = self.sizes()
        if graph + tabs > 0:
            self.shares[self.orientation()] = tabs / (graph + tabs)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()
