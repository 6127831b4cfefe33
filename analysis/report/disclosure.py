"""Disclosure control for published tables: no count from 1 to threshold-1, and no
count that the others and their total would give away.

A small count shows as "fewer than 5" (primary suppression). Where a total is shown and
only one of its parts is hidden, or hidden parts add up to a small count, another part is
hidden too, as "not shown" (secondary suppression), so nothing small can be worked out by
subtraction. A percentage is shown only for a row with nothing hidden.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

DEFAULT_THRESHOLD = 5
NOT_SHOWN = "not shown"


@dataclass(frozen=True)
class Cell:
    value: int
    text: str

    @property
    def suppressed(self) -> bool:
        return self.text != str(self.value)


@dataclass(frozen=True)
class Row:
    parts: tuple[Cell, ...]
    total: Cell

    @property
    def complete(self) -> bool:
        return not self.total.suppressed and not any(part.suppressed for part in self.parts)

    def percent(self, index: int = 0) -> str:
        """The share of the total in one part, or 'not shown' if any cell is hidden."""
        if not self.complete or not self.total.value:
            return NOT_SHOWN
        return f"{round(100 * self.parts[index].value / self.total.value)}%"


@dataclass(frozen=True)
class Disclosure:
    threshold: int = DEFAULT_THRESHOLD

    @property
    def fewer(self) -> str:
        return f"fewer than {self.threshold}"

    def is_small(self, count: int) -> bool:
        return 1 <= count < self.threshold

    def count(self, value: int) -> Cell:
        """A count standing alone (not part of a shown total)."""
        return Cell(value, self.fewer if self.is_small(value) else str(value))

    def row(self, parts: Sequence[int], total: int | None = None) -> Row:
        """Parts of a total, protected together; the total defaults to their sum."""
        whole = sum(parts) if total is None else total
        if self.is_small(whole):
            return Row(tuple(self._hidden(part) for part in parts), Cell(whole, self.fewer))
        hidden = {i for i, part in enumerate(parts) if self.is_small(part)}
        while self._gives_away(parts, hidden):
            hidden.add(self._partner(parts, hidden))
        cells = tuple(
            self._hidden(p) if i in hidden else Cell(p, str(p)) for i, p in enumerate(parts)
        )
        return Row(cells, Cell(whole, str(whole)))

    def _gives_away(self, parts: Sequence[int], hidden: set[int]) -> bool:
        """Whether the shown total less the shown parts would reveal the hidden ones: one
        alone, or several adding up to a small count."""
        if not hidden or len(hidden) == len(parts):
            return False
        return len(hidden) == 1 or self.is_small(sum(parts[i] for i in hidden))

    def _partner(self, parts: Sequence[int], hidden: set[int]) -> int:
        """The smallest other part that makes the hidden cells add up to the threshold
        or more, so their sum gives nothing small away."""
        hidden_sum = sum(parts[i] for i in hidden)
        others = sorted((value, i) for i, value in enumerate(parts) if i not in hidden)
        enough = [i for value, i in others if hidden_sum + value >= self.threshold]
        return enough[0] if enough else others[-1][1]

    def _hidden(self, value: int) -> Cell:
        return Cell(value, self.fewer if self.is_small(value) else NOT_SHOWN)
