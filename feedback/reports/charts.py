"""Charts for the report: one horizontal bar a group, drawn with matplotlib off screen.

Okabe-Ito colours (safe for colour-blind readers), large labels, and a hatched band where
only a quantifier may be shown, so colour is never the only cue.
"""

from __future__ import annotations

import io

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from analysis.report.publication import Bar, Chart

EXACT_COLOUR = "#0072B2"  # Okabe-Ito blue
BAND_COLOUR = "#E69F00"  # Okabe-Ito orange
LABEL_SIZE = 14


def chart_png(chart: Chart) -> bytes:
    """The chart as a PNG image."""
    figure = Figure(figsize=(7.5, 1.2 + 0.9 * len(chart.bars)), dpi=120)
    axes = figure.add_subplot()
    for position, bar in enumerate(chart.bars):
        _draw(axes, position, bar)
    axes.set_yticks(range(len(chart.bars)), [bar.label for bar in chart.bars], fontsize=LABEL_SIZE)
    axes.set_xlim(0, 1.35)
    axes.set_xticks([0, 0.25, 0.5, 0.75, 1], ["0%", "25%", "50%", "75%", "100%"])
    axes.tick_params(axis="x", labelsize=LABEL_SIZE - 2)
    axes.invert_yaxis()
    axes.set_title(chart.title, fontsize=LABEL_SIZE, loc="left")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def _draw(axes: Axes, position: int, bar: Bar) -> None:
    if bar.exact:
        axes.barh(position, bar.high, color=EXACT_COLOUR, height=0.6)
    else:
        width = max(bar.high - bar.low, 0.01)
        axes.barh(
            position,
            width,
            left=bar.low,
            color=BAND_COLOUR,
            hatch="//",
            edgecolor="black",
            height=0.6,
        )
    axes.text(min(bar.high, 1) + 0.02, position, bar.text, va="center", fontsize=LABEL_SIZE - 2)
