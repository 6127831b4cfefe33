"""Personal details are replaced by their kind; roles and towns stay."""

import pytest

from analysis import redact


@pytest.mark.parametrize(
    ("text", "detail", "placeholder"),
    [
        ("my worker Chloe is the only adult who gets me", "Chloe", "[name]"),
        ("Gemma Lowe from children's services was outstanding.", "Gemma Lowe", "[name]"),
        ("Mrs Patel was kind", "Patel", "[name]"),
        ("talking to jo every week helped", "jo", "[name]"),
        ("marcus was my worker", "marcus", "[name]"),
        ("she was called ellie", "ellie", "[name]"),
        ("Our worker Zyanne was brilliant", "Zyanne", "[name]"),
        ("Ring me on 0115 496 0321 after 5pm.", "0115 496 0321", "[phone]"),
        ("my mobile is 07700 900123", "07700 900123", "[phone]"),
        ("Contact: ryan.hughes@example.org", "ryan.hughes@example.org", "[email]"),
        ("our new address is 7 Orchard Close, DE7 4QP", "7 Orchard Close", "[address]"),
        ("our new address is 7 Orchard Close, DE7 4QP", "DE7 4QP", "[postcode]"),
        ("we live at 12 oak road now", "12 oak road", "[address]"),
        ("my school is Riverside Academy", "Riverside Academy", "[school]"),
        ("the SENCo at St Joseph's", "St Joseph's", "[school]"),
        ("he goes to oakwood primary", "oakwood primary", "[school]"),
        ("date of birth 21.05.2011", "21.05.2011", "[date of birth]"),
        ("born on 3rd March 2012", "3rd March 2012", "[date of birth]"),
        ("Ref HSB/2021/0093. Still nothing.", "HSB/2021/0093", "[case number]"),
        ("case number 4471923", "4471923", "[case number]"),
    ],
)
def test_each_kind_of_personal_detail_is_redacted(text: str, detail: str, placeholder: str) -> None:
    redacted = redact(text)
    assert detail not in redacted
    assert placeholder in redacted


@pytest.mark.parametrize(
    "text",
    [
        "my social worker was lovely",
        "CAMHS and the police were involved",
        "we moved to Mansfield last year",
        "the panel met in Nottingham",
        "I felt safe with her",
        "it took 3 months",
    ],
)
def test_roles_towns_and_plain_words_stay(text: str) -> None:
    assert redact(text) == text


def test_possessive_keeps_its_ending() -> None:
    assert redact("Callum's worker Nathan was very good with him.") == (
        "[name]'s worker [name] was very good with him."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bardzo dobrze, Pani Kowalska była miła", "Bardzo dobrze, Pani [name] była miła"),
        ("Pan z opieki społecznej był uprzejmy", "Pan z opieki społecznej był uprzejmy"),
        (
            "Nie wiem. Dziękuję za wszystko, Ewa Nowak pomogła.",
            "Nie wiem. Dziękuję za wszystko, [name] [name] pomogła.",
        ),
        (
            "Ana a fost de ajutor. Sunați-mă la 07700 900123.",
            "[name] a fost de ajutor. Sunați-mă la [phone].",
        ),
    ],
)
def test_another_language_keeps_its_sentence_starts_and_loses_its_names(
    text: str, expected: str
) -> None:
    """English word lists do not know Polish or Romanian words, so in another language only
    known first names, capitals inside a sentence and the word after a title are names."""
    assert redact(text, english=False) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Counselling was good.",
        "Favourite bit was the drawing.",
        "Marvellous ward.",
        "Apologised twice, which was fair.",
        "Programme was too long.",
        "Colour charts helped him.",
    ],
)
def test_british_spellings_at_a_sentence_start_are_not_names(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [("im Precious and I go to the academy", "Precious"), ("thanks to Blessing", "Blessing")],
)
def test_names_that_are_also_words_are_redacted_inside_a_sentence(text: str, name: str) -> None:
    assert name not in redact(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the materials were aimed at primary kids", "the materials were aimed at primary kids"),
        ("it was pitched at secondary level", "it was pitched at secondary level"),
        ("he went to oakwood primary", "he went to [school]"),
    ],
)
def test_a_school_name_starts_after_the_last_preposition(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("name", ["kayden", "Mo", "Tiana", "Abdirahman"])
def test_more_first_names_young_people_have_today(name: str) -> None:
    assert name not in redact(f"thanks to {name} for everything, im grateful")


@pytest.mark.parametrize(
    "text",
    [
        "we weren't listened to at all",
        "he hadn't been told",
        "she mightn't have known",
        "they werent there",
        "Gobsmacked, honestly.",
        "Knackered after every session.",
        "Chuffed to bits with him.",
    ],
)
def test_contractions_and_words_of_judgement_are_not_names(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we were given a named contact", "we were given a named contact"),
        ("the so called plan never came", "the so called plan never came"),
        ("a lad called kez", "a lad called [name]"),
        ("my son is named mateusz", "my son is named [name]"),
    ],
)
def test_named_and_called_as_adjectives_name_no_one(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "[name] said the panel was on [date of birth]",
        "our son, DOB 03/09/2011, lives at 4 Elm Road",
        "ring me on 07700 900123, ask for [name]",
    ],
)
def test_redacting_twice_changes_nothing_more(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kids on the bus to Ashgrove High know", "kids on the bus to [school] know"),
        ("i go to Oakfield High", "i go to [school]"),
        ("the risk was high, they said", "the risk was high, they said"),
    ],
)
def test_a_school_called_high_is_redacted(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "my keyworker amber always brought biscuits",
            "my keyworker [name] always brought biscuits",
        ),
        ("our worker will ring on friday", "our worker will ring on friday"),
        ("The SENCo at Oak Tree was brilliant.", "The SENCo at [school] was brilliant."),
        ("his head of year from Trent Vale came", "his head of year from [school] came"),
        ("her teacher at school said", "her teacher at school said"),
        ("Please quote CC/HSB/0417 when you write.", "Please quote [case number] when you write."),
        ("our ref NCC-HSB-2291", "our ref [case number]"),
        ("the head from Mansfield came", "the head from Mansfield came"),
    ],
)
def test_cued_first_names_schools_named_by_staff_and_lettered_case_numbers(
    text: str, expected: str
) -> None:
    assert redact(text) == expected
