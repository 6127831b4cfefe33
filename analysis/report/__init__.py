"""The Appendix report: headline findings, themes, delays, quotes and the summary a
committee reads, computed from responses. Pure data: no Flask and no database."""

from analysis.report.disclosure import Cell, Disclosure, Row
from analysis.report.inputs import Action, InputFileError, actions, approved_quote_ids
from analysis.report.model import Method, Report, Settings, build_report, in_period
from analysis.report.quantifiers import quantifier
from analysis.report.topics import GROUP_NOUNS, GROUPS, TOPIC_IDS, TOPICS

__all__ = [
    "GROUPS",
    "GROUP_NOUNS",
    "TOPICS",
    "TOPIC_IDS",
    "Action",
    "Cell",
    "Disclosure",
    "InputFileError",
    "Method",
    "Report",
    "Row",
    "Settings",
    "actions",
    "approved_quote_ids",
    "build_report",
    "in_period",
    "quantifier",
]
