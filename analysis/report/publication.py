"""The report as it may be published: every number through disclosure control, every
table and chart as plain strings and shares, ready for HTML, Word or PDF to lay out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from analysis.report.disclosure import Disclosure, Row
from analysis.report.findings import Finding
from analysis.report.model import Report
from analysis.report.quantifiers import band_for, share
from analysis.report.topics import GROUP_NOUNS, TOPICS, Topic

FOR_REVIEW = "For review, not for publication"


@dataclass(frozen=True)
class Table:
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Bar:
    """One group's bar: an exact share where it may be shown, else its quantifier's band."""

    label: str
    low: float  # fractions of 1; low == high for an exact share
    high: float
    text: str

    @property
    def exact(self) -> bool:
        return self.low == self.high


@dataclass(frozen=True)
class Chart:
    title: str
    bars: tuple[Bar, ...]
    alt: str


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...]
    table: Table | None = None
    chart: Chart | None = None


@dataclass(frozen=True)
class Quoted:
    text: str
    who: str
    id: str


@dataclass(frozen=True)
class Publication:
    title: str
    summary: str
    method: tuple[str, ...]
    findings: tuple[Section, ...]
    themes: Section
    delays: Section
    delay_tables: tuple[Table, ...]
    quotes_heading: str
    quotes_note: str
    quotes: tuple[Quoted, ...]
    actions: tuple[tuple[str, str], ...]
    comparison: Table | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


def publish(report: Report) -> Publication:
    control = Disclosure(report.settings.threshold)
    return Publication(
        title=report.settings.title,
        summary=report.summary,
        method=method_paragraphs(report, control),
        findings=tuple(finding_section(t, report.findings, control) for t in _asked(report)),
        themes=theme_section(report, control),
        delays=delay_section(report, control),
        delay_tables=delay_tables(report, control),
        quotes_heading="Quotes" if report.quotes_approved else f"Quotes: {FOR_REVIEW}",
        quotes_note=quotes_note(report),
        quotes=tuple(Quoted(q.text, _noun(q.group, 1), q.id) for q in report.quotes),
        actions=tuple((a.you_said, a.we_will) for a in report.settings.actions),
        comparison=comparison_table(report),
        notes=(disclosure_note(control),),
    )


def _asked(report: Report) -> list[Topic]:
    found = {finding.topic for finding in report.findings}
    return [topic for topic in TOPICS if topic.id in found]


def _noun(group: str, count: int) -> str:
    if count == 1:
        return {"young_person": "a young person", "parent_carer": "a parent or carer"}[group]
    return GROUP_NOUNS[group]


def _day(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else "no date"


def method_paragraphs(report: Report, control: Disclosure) -> tuple[str, ...]:
    method = report.method
    people = " and ".join(
        f"{count} {_noun(group, count)}" for group, count in method.respondents.items() if count
    )
    assisted = control.count(sum(method.assisted.values())).text
    return (
        "Young people who had been through the harmful sexual behaviour (HSB) support"
        " process, and their parents and carers, were asked for their views on it.",
        f"Between {_day(method.first_day)} and {_day(method.last_day)}, {people or 'nobody'}"
        " answered.",
        f"Of these, {assisted} answered in an interview with a practice consultant (assisted);"
        " the others answered on their own.",
    )


def finding_section(topic: Topic, findings: Sequence[Finding], control: Disclosure) -> Section:
    chosen = [f for f in findings if f.topic == topic.id]
    rows = [(f, control.row([f.favourable, f.unfavourable], f.answered)) for f in chosen]
    table = Table(
        f"{topic.title}: answers by group",
        ("Group", "Favourable", "Not favourable", "Answered", "Favourable (%)"),
        tuple(_finding_cells(f, row) for f, row in rows),
    )
    chart = finding_chart(topic, rows)
    return Section(topic.title, tuple(f.statement for f in chosen), table, chart)


def _finding_cells(finding: Finding, row: Row) -> tuple[str, ...]:
    cells = (part.text for part in row.parts)
    return (GROUP_NOUNS[finding.group].capitalize(), *cells, row.total.text, row.percent(0))


def finding_chart(topic: Topic, rows: Sequence[tuple[Finding, Row]]) -> Chart:
    bars = tuple(_bar(finding, row) for finding, row in rows)
    described = "; ".join(f"{bar.label}: {bar.text}" for bar in bars)
    alt = (
        f"Bar chart of the share of each group who {topic.favourable}. {described}."
        " The numbers are in the table beside the chart."
    )
    return Chart(f"{topic.title}: share favourable", bars, alt)


def _bar(finding: Finding, row: Row) -> Bar:
    label = GROUP_NOUNS[finding.group].capitalize()
    if row.complete and finding.answered:
        value = share(finding.favourable, finding.answered)
        return Bar(label, value, value, row.percent(0))
    band = band_for(finding.favourable, finding.answered)
    span = f"{band.word} ({round(100 * band.low)}% to {round(100 * band.high)}%)"
    return Bar(label, band.low, band.high, span if band.low != band.high else band.word)


def theme_section(report: Report, control: Disclosure) -> Section:
    rows = []
    for theme in report.themes:
        row = control.row([theme.mentioned, theme.wrote - theme.mentioned], theme.wrote)
        group = GROUP_NOUNS[theme.group].capitalize()
        cells = (p.text for p in row.parts)
        rows.append((theme.label, group, *cells, row.total.text, theme.leaning))
    table = Table(
        "Themes in what people wrote, by group",
        ("Theme", "Group", "Mentioned it", "Did not", "Wrote comments", "How"),
        tuple(rows),
    )
    return Section("What people wrote about", tuple(t.statement for t in report.themes), table)


def delay_section(report: Report, control: Disclosure) -> Section:
    cases = report.delays.cases
    paragraphs = [
        f"The standard for a case to be heard by the panel is {cases.standard_days} days."
    ]
    if len(cases.days) >= control.threshold:
        median = cases.to_json_dict()["median_days"]
        paragraphs.append(
            f"Across {len(cases.days)} cases, the median time from referral to panel was"
            f" {median:g} days (from {cases.days[0]} to {cases.days[-1]} days)."
        )
    elif cases.days:
        paragraphs.append(f"There were {control.fewer} cases with dates, too few to describe.")
    written = report.delays.text_durations_days
    if written:
        paragraphs.append(_written_waits(len(written), control))
    over = control.row([cases.over_standard, len(cases.days) - cases.over_standard])
    table = Table(
        "Time from referral to panel",
        ("Cases", f"Over {cases.standard_days} days", "Within the standard", "Over (%)"),
        ((over.total.text, *(p.text for p in over.parts), over.percent(0)),),
    )
    return Section("Delays", tuple(paragraphs), table)


def _written_waits(count: int, control: Disclosure) -> str:
    shown = control.count(count).text
    return f"{shown.capitalize()} comments gave a length of time spent waiting."


def delay_tables(report: Report, control: Disclosure) -> tuple[Table, ...]:
    tables = []
    for caption, counts in (
        (
            "Parents and carers: how long until the panel heard the case",
            report.delays.time_to_panel,
        ),
        ("Young people: did you have to wait before help started", report.delays.wait_length),
    ):
        if sum(counts.values()):
            row = control.row(list(counts.values()))
            cells = tuple((_answer(v), c.text) for v, c in zip(counts, row.parts, strict=True))
            tables.append(Table(caption, ("Answer", "People"), (*cells, ("Total", row.total.text))))
    return tuple(tables)


def _answer(value: str) -> str:
    words = {
        "under_1_month": "Under 1 month",
        "1_3_months": "1 to 3 months",
        "3_6_months": "3 to 6 months",
        "over_6_months": "Over 6 months",
        "dont_know": "Don't know",
        "no_wait": "No wait",
        "a_bit": "A bit",
        "long_time": "A long time",
    }
    return words.get(value, value)


def quotes_note(report: Report) -> str:
    if report.quotes_approved:
        return "Quotes approved for publication by an analyst. Personal details are removed."
    return (
        f"{FOR_REVIEW}. These candidate quotes have personal details removed, but no analyst"
        " has approved them yet: list the ids to publish in a file given to --approved-quotes."
    )


def comparison_table(report: Report) -> Table | None:
    if not report.changes:
        return None
    rows = tuple(
        (
            c.now.topic.replace("_", " ").capitalize(),
            GROUP_NOUNS[c.now.group].capitalize(),
            c.now.quantifier,
            c.before.quantifier,
        )
        for c in report.changes
    )
    return Table(
        "Favourable answers: this period against the last",
        ("Topic", "Group", "This period", "Last period"),
        rows,
    )


def disclosure_note(control: Disclosure) -> str:
    return (
        f"To protect the people who answered, no count from 1 to {control.threshold - 1} is"
        f" shown: it reads '{control.fewer}', and a second figure is 'not shown' where it would"
        " give that count away. Percentages are shown only where no figure in the row is hidden."
    )
