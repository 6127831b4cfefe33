"""Explicit lengths of time in days, as the codebook converts them."""

import pytest

from analysis.durations import durations_days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("six weeks", [42]),
        ("a couple of months", [60]),
        ("a few weeks", [21]),
        ("It was quick - ten days or so.", [10]),
        ("we waited nearly 2 years", [730]),
        ("a month", [30]),
        ("Over a year of our lives", [365]),
        ("Eleven weeks before the panel sat", [77]),
        ("Waited 16 weeks for the first and 2 more for the second", [112, 14]),
        ("a few weeks after the assessment and another few after that", [21, 21]),
        ("a fortnight", [14]),
        ("a six-week wait", [42]),
        ("it took ages", []),
        ("felt like forever", []),
        ("once a week", []),
        ("every two weeks", []),
        ("he is 15 years old and in year 9", []),
        ("Reading that next to my 11-year-old's name floored me.", []),
        ("both my 12 year olds", []),
        ("i left home 3 days ago", [3]),
        ("the incident was two years ago", [730]),
        ("that was years ago", []),
    ],
)
def test_durations(text: str, expected: list[int]) -> None:
    assert durations_days(text) == expected
