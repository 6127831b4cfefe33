"""Personal details: find names, phone numbers, e-mail and street addresses, postcodes,
school names, dates of birth and case numbers, and replace them by their kind.

Missing a detail is worse than hiding a harmless word, so the rules lean towards
redacting. Roles ("my social worker", "CAMHS") and towns are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from analysis.names import NameData, name_data
from analysis.words import common_words

EMAIL, PHONE, POSTCODE, CASE, DOB = "email", "phone", "postcode", "case number", "date of birth"
ADDRESS, SCHOOL, NAME = "address", "school", "name"
# Earlier kinds win where two findings overlap.
_PRIORITY = (EMAIL, DOB, PHONE, POSTCODE, CASE, ADDRESS, SCHOOL, NAME)

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"(?<![\w/.])\+?\(?\d[\d \t().-]{7,20}\d(?![\w/])")
_POSTCODE_RE = re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]*\d[A-Za-z]{2}\b")
_OUTWARD_RE = re.compile(r"\b[A-Z]{1,2}\d{1,2}[A-Z]?\b")
_DATE_RES = (
    re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b"),
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTHS}\.?,?\s+\d{{4}}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTHS}\.?\s+{_DAY},?\s+\d{{4}}\b", re.IGNORECASE),
)
_DOB_CUE_RE = re.compile(
    rf"\b(?:d\.?o\.?b\.?|date of birth|born(?: on| in)?|birthday(?: is)?)\s*[:\-]?\s*"
    rf"((?:{_DAY}\s+(?:of\s+)?{_MONTHS}|{_MONTHS}\s+{_DAY}|\d{{1,2}}[./-]\d{{1,2}})"
    rf"(?:,?\s+\d{{2,4}})?)",
    re.IGNORECASE,
)
_CASE_CUE_RE = re.compile(
    r"\b(?:ref(?:erence)?|case|file|crn|id|nhs|claim)\.?\s*(?:no\.?|number|num|#|ref|id)?"
    r"\s*(?:[:#.]|is|was)?\s*([A-Za-z0-9][\w/\\-]*\d[\w/\\-]*)",
    re.IGNORECASE,
)
_CODE_RES = (
    re.compile(r"\b[A-Za-z]{1,6}[/-]?\d{2,}(?:[/-][A-Za-z0-9]+)+\b"),
    # "LA/HSB/5529", "NCC-HSB-0412": groups of letters, then a number
    re.compile(r"\b[A-Za-z]{1,6}(?:[/-][A-Za-z]{1,6})+[/-]\d{3,}(?:[/-][A-Za-z0-9]+)*\b"),
    re.compile(r"\b[A-Z]{1,4}\d{4,}[A-Z]?\b"),
    re.compile(r"\b\d{5,}\b"),
    re.compile(r"\b[a-z]{1,4}\d{4,}[a-z]?\b"),
)
# A flat or unit number before an address ("Flat 3, 12 Rose Court").
_FLAT_RE = re.compile(r"\b(?:flat|apartment|apt|unit)\.?\s*\d+[a-z]?\b,?", re.IGNORECASE)
_ADDRESS_CUE_RE = re.compile(
    r"\b(?:address(?: is|:)|(?:live|lives|living|moved) (?:at|to) (?=\d))\s*([^.,;\n]{3,60})",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")
_SCHOOL_HINT_RE = re.compile(
    r"academy|school|primary|college|grammar|infant|junior|secondary|sixth|\bPRU\b|\bst\b|saint"
    r"|\bHigh\b",
    re.IGNORECASE,
)
# The same test for text in ASCII, where ignoring case is the same as lower case, as
# plain substring tests (faster than the expression, which tries each alternative at
# every position).
_SCHOOL_HINT_WORDS = (
    "academy", "school", "primary", "college", "grammar", "infant", "junior", "secondary",
    "sixth", "saint",
)  # fmt: skip
_SCHOOL_HINT_SHORT_RE = re.compile(r"\b(?:pru|st)\b")
# A school named by the staff who work there, without a school word: "the SENCo at Holy
# Cross", "her head of year from Trent Vale".
_SCHOOL_STAFF_RE = re.compile(
    r"\b(?i:sendco|senco|head ?teacher|head of year|deputy head|head|teachers?|pastoral \w+"
    r"|form tutor|tutor) (?i:at|from) (?P<words>[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3})"
)
_SCHOOL_STAFF_WORDS = ("senco", "sendco", "teacher", "head", "tutor", "pastoral")
_STREET_HINTS = ("road", "street", "lane", "avenue", "drive", "close", "crescent", "gardens")
_SENTENCE_BREAK_RE = re.compile(r"[.!?\n]")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


@dataclass(frozen=True)
class Finding:
    """A personal detail: where it is in the text and what kind it is."""

    start: int
    end: int
    kind: str
    text: str


def redact(text: str, *, english: bool = True) -> str:
    """The text with every personal detail replaced by its kind, e.g. ``[name]``.
    `english` false: the text is in another language, whose everyday words the English
    word list does not know, so only capitals inside a sentence and known first names
    are taken as names."""
    pieces = []
    position = 0
    for finding in find_personal_details(text, english=english):
        pieces.append(text[position : finding.start])
        pieces.append(f"[{finding.kind}]")
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)


def find_personal_details(text: str, *, english: bool = True) -> list[Finding]:
    """Every personal detail found, in text order, without overlaps."""
    data = name_data()
    found = _names(text, data) if english else _names_in_other_language(text, data)
    if "@" in text:
        found += _regex_findings(text, _EMAIL_RE, EMAIL)
    # Most answers hold no figures; the detectors below all need one, or a cue word.
    lower = text.lower()
    if _DIGIT_RE.search(text):
        found += _dates(text) + _phones(text) + _case_numbers(text) + _addresses(text, data)
        found += _regex_findings(text, _POSTCODE_RE, POSTCODE)
        found += _regex_findings(text, _OUTWARD_RE, POSTCODE)
    elif "address" in lower or any(word in lower for word in _STREET_HINTS):
        found += _addresses(text, data)
    if _school_hint(text, lower):
        found += _schools(text, data)
    tags = [match.span() for match in _TAG_RE.finditer(text)]
    if tags:
        # Text redacted before keeps its tags: "[name]" is not a name to redact again.
        found = [
            f for f in found if not any(f.start < end and start < f.end for start, end in tags)
        ]
    return _without_overlaps(found)


_TAG_RE = re.compile(r"\[(?:" + "|".join(_PRIORITY) + r")\]")


def _school_hint(text: str, lower: str) -> bool:
    if not text.isascii():
        return bool(_SCHOOL_HINT_RE.search(text))
    return (
        any(word in lower for word in _SCHOOL_HINT_WORDS)
        or bool(_SCHOOL_HINT_SHORT_RE.search(lower))
        or " High" in text
        or any(word in lower for word in _SCHOOL_STAFF_WORDS)
    )


def _without_overlaps(found: list[Finding]) -> list[Finding]:
    rank = {kind: index for index, kind in enumerate(_PRIORITY)}
    taken: list[Finding] = []
    for finding in sorted(found, key=lambda f: (rank[f.kind], f.start - f.end)):
        if all(finding.end <= t.start or finding.start >= t.end for t in taken):
            taken.append(finding)
    return sorted(taken, key=lambda f: f.start)


def _finding(text: str, start: int, end: int, kind: str) -> Finding:
    return Finding(start, end, kind, text[start:end])


def _regex_findings(text: str, regex: re.Pattern[str], kind: str, group: int = 0) -> list[Finding]:
    return [_finding(text, m.start(group), m.end(group), kind) for m in regex.finditer(text)]


def _dates(text: str) -> list[Finding]:
    found = _regex_findings(text, _DOB_CUE_RE, DOB, group=1)
    for regex in _DATE_RES:
        found += _regex_findings(text, regex, DOB)
    return found


def _phones(text: str) -> list[Finding]:
    found = []
    for match in _PHONE_RE.finditer(text):
        digits = sum(ch.isdigit() for ch in match.group())
        if 9 <= digits <= 13 or (9 <= digits <= 15 and match.group().startswith(("+", "00"))):
            found.append(_finding(text, match.start(), match.end(), PHONE))
    return found


def _case_numbers(text: str) -> list[Finding]:
    found = _regex_findings(text, _CASE_CUE_RE, CASE, group=1)
    for regex in _CODE_RES:
        found += _regex_findings(text, regex, CASE)
    return found


def _addresses(text: str, data: NameData) -> list[Finding]:
    found = _regex_findings(text, _ADDRESS_CUE_RE, ADDRESS, group=1)
    found += _regex_findings(text, _FLAT_RE, ADDRESS)
    for regex in data.address_res:
        found += _regex_findings(text, regex, ADDRESS)
    return found


def _schools(text: str, data: NameData) -> list[Finding]:
    found = []
    for regex in data.school_res:
        for match in regex.finditer(text):
            start = _name_start(match)
            words = text[start : match.end("words")].split()
            if any(_distinctive(word, data) for word in words):
                found.append(_finding(text, start, match.end(), SCHOOL))
    found += _regex_findings(text, data.saint_re, SCHOOL)
    for match in _SCHOOL_STAFF_RE.finditer(text):
        words = match.group("words").split()
        if words[0][:1].isupper() and not any(w.lower() in data.not_names for w in words):
            found.append(_finding(text, match.start("words"), match.end("words"), SCHOOL))
    return found


def _name_start(match: re.Match[str]) -> int:
    """Where a school's name starts: after the last preposition before "primary",
    "academy" and the like ("aimed at primary kids" names no school; "went to oakwood
    primary" names "oakwood primary")."""
    start = match.start("words")
    for word in re.finditer(r"\S+", match.group("words")):
        if word.group().lower() in _PREPOSITIONS:
            start = match.start("words") + word.end()
    while start < match.end() and match.string[start].isspace():
        start += 1
    return start


_PREPOSITIONS = frozenset(
    {"at", "to", "in", "from", "into", "of", "for", "with", "about", "like", "near", "onto"}
)


def _distinctive(word: str, data: NameData) -> bool:
    return word.lower().strip("'\u2019") not in data.school_generic


class _Word(NamedTuple):
    text: str
    base: str
    lower: str
    start: int
    end: int
    sentence_start: bool
    capitalised: bool


@lru_cache(maxsize=65536)  # words repeat across answers; this runs for every word
def _forms(word: str) -> tuple[str, str, bool]:
    """A word without a final 's, that in lower case without apostrophes, and whether it
    is capitalised (a capital first letter, not all capitals)."""
    base = word[:-2] if word.endswith(("'s", "\u2019s")) else word
    lower = base.lower().replace("'", "").replace("\u2019", "")
    return base, lower, base[:1].isupper() and not base.isupper()


def _words(text: str) -> list[_Word]:
    words: list[_Word] = []
    add = words.append
    previous_end = 0
    for match in _WORD_RE.finditer(text):
        word = match.group()
        start = match.start()
        base, lower, capitalised = _forms(word)
        if not words:
            starts = True
        elif start - previous_end == 1 and text[previous_end] == " ":
            starts = False  # the usual gap between words: one space
        else:
            starts = bool(_SENTENCE_BREAK_RE.search(text, previous_end, start))
        add(_Word(word, base, lower, start, start + len(base), starts, capitalised))
        previous_end = match.end()
    return words


def _names(text: str, data: NameData) -> list[Finding]:
    words = _words(text)
    common = common_words()
    titles, cues, first_names = data.titles, data.strong_cues, data.first_names
    flags = []
    previous = ""
    for index, word in enumerate(words):
        # Most words: an everyday word in lower case, not after a title or a cue word.
        if (
            word.capitalised
            or word.lower not in common
            or previous in titles
            or previous in cues
            or word.lower in first_names
        ):
            flags.append(_is_name(index, words, data, common))
        else:
            flags.append(False)
        previous = word.lower
    for index in range(1, len(words)):
        if flags[index - 1] and not flags[index] and _is_surname(words[index], data, common):
            flags[index] = _same_phrase(text, words[index - 1], words[index])
    return [
        _finding(text, w.start, w.end, NAME) for w, flag in zip(words, flags, strict=True) if flag
    ]


def _names_in_other_language(text: str, data: NameData) -> list[Finding]:
    """Names in an answer in another language: a known first name, or a capitalised word
    inside a sentence, and the capitalised word after it ("Pani Kowalska", "Ewa Nowak").
    The first word of a sentence is capitalised in every language that has capitals."""
    words = _words(text)
    flags = [
        w.lower not in data.not_names
        and w.lower not in data.titles
        and (w.lower in data.first_names or (w.capitalised and not w.sentence_start))
        for w in words
    ]
    for index in range(1, len(words)):
        if flags[index - 1] and not flags[index] and words[index].capitalised:
            flags[index] = _same_phrase(text, words[index - 1], words[index])
    return [
        _finding(text, w.start, w.end, NAME) for w, flag in zip(words, flags, strict=True) if flag
    ]


def _same_phrase(text: str, first: _Word, second: _Word) -> bool:
    return text[first.end : second.start].replace("'s", "").replace("\u2019s", "").strip() == ""


def _is_surname(word: _Word, data: NameData, common: frozenset[str]) -> bool:
    if word.lower in data.not_names or word.lower in data.titles:
        return False
    return word.capitalised or (word.lower not in common and len(word.lower) > 2)


def _is_name(index: int, words: list[_Word], data: NameData, common: frozenset[str]) -> bool:
    word = words[index]
    previous = words[index - 1].lower if index else ""
    if word.lower in data.not_names or word.lower in data.titles:
        return False
    if previous in data.titles:
        return True  # "Mrs P" as well as "Mrs Patel"
    if previous == "is" and index > 1 and words[index - 2].lower in ("name", "names"):
        return word.lower not in data.stopwords  # "my son's name is mateusz"
    if len(word.lower) < 2:
        return False
    is_common = word.lower in common
    cued = (
        previous in data.strong_cues
        and not word.sentence_start
        and not _named_as_adjective(index, words)
    )
    if cued and word.lower not in data.stopwords:
        # "my worker jade": a first name after a cue, even one that is also a word
        return (
            not is_common
            or word.capitalised
            or previous in {"called", "named"}
            or (word.lower in data.first_names and word.lower not in _MODALS)
        )
    if word.lower in data.first_names:
        if not is_common:
            return True
        if word.capitalised and not word.sentence_start:
            return True
        if not word.capitalised and _subject_of_person_verb(index, words):
            return True  # "ngl jade was a legend"
        return word.capitalised and word.lower in data.proper_at_start
    if previous in data.weak_cues and not is_common and len(word.lower) > 2:
        return True
    if not is_common and len(word.lower) > 2 and _subject_of_person_verb(index, words):
        return True  # "but kez was the best", "honestly gaz helped loads"
    return word.capitalised and not is_common


# Verbs that follow a person as their subject: an unknown word written in lower case just
# before one of them is taken as a name ("kez was the best"), unless a determiner comes
# before it ("the sesions were good" is a misspelt word).
_PERSON_VERBS = frozenset(
    {
        "was", "is", "were", "has", "had", "said", "says", "helped", "helps", "listened",
        "listens", "explained", "explains", "told", "tells", "asked", "asks", "came", "comes",
        "made", "makes", "gave", "gives", "kept", "keeps", "understood", "understands", "took",
        "takes", "rang", "rings", "called", "calls", "visited", "visits", "checked", "sorted",
        "cared", "cares", "did", "does", "didnt", "doesnt", "wasnt", "isnt", "always", "never",
        "really", "got", "gets", "showed", "shows", "spoke", "speaks", "talked", "talks",
        "would", "will", "could", "from", "n", "used", "brought", "brings",
    }
)  # fmt: skip
# First names that are also verbs of mood: "my worker will ring", "the teacher may".
_MODALS = frozenset({"will", "may", "can", "might", "must", "should", "would", "could"})
_DETERMINERS = frozenset(
    {
        "the", "a", "an", "my", "our", "his", "her", "their", "your", "this", "that", "these",
        "those", "some", "any", "no", "every", "each",
    }
)  # fmt: skip


def _named_as_adjective(index: int, words: list[_Word]) -> bool:
    """Whether the cue before a word is "named" or "called" used as an adjective after a
    determiner ("a named contact", "the so called plan"), not naming anyone."""
    return (
        index >= 2
        and words[index - 1].lower in {"named", "called"}
        and words[index - 2].lower in _DETERMINERS | {"so"}
    )


def _subject_of_person_verb(index: int, words: list[_Word]) -> bool:
    if index + 1 >= len(words) or words[index + 1].lower not in _PERSON_VERBS:
        return False
    return not index or words[index - 1].lower not in _DETERMINERS
