"""Free-text analysis for the feedback platform: themes, sentiment, durations, personal
details and safeguarding disclosures. Pure Python: plain data in, plain data out."""

from analysis.cli_contract import analyse_jsonl
from analysis.codebook import Codebook, Theme, load_codebook
from analysis.engine import Analysis, analyse
from analysis.redact import find_personal_details, redact
from analysis.resources import DataFileError

__all__ = [
    "Analysis",
    "Codebook",
    "DataFileError",
    "Theme",
    "analyse",
    "analyse_jsonl",
    "find_personal_details",
    "load_codebook",
    "redact",
]
