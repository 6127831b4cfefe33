"""Lessons from the independent held-out set (/work/heldout): each general rule added for
an error found there, checked on paraphrases written for these tests, not on the held-out
sentences themselves."""

from __future__ import annotations

import pytest

from analysis import analyse
from analysis.redact import redact
from analysis.text import segment


def _flagged(text: str, language: str = "en") -> bool:
    return analyse(text, group="young_person", language=language).safeguarding


# Disclosures in other languages: the answer goes to translation, and is still flagged.
FOREIGN_DISCLOSURES = [
    # Polish: does not want to live, hurts himself, razor blades, hit, afraid to go home
    ("pl", "Moja córka mówi, że nie chce dłużej żyć."),
    ("pl", "Syn się tnie, znalazłam krew na rękawie."),
    ("pl", "Znalazłem zyletki pod łóżkiem."),
    ("pl", "Ojczym mnie bije i boję się wracać do domu."),
    ("pl", "Nie czuję się bezpiecznie w domu."),
    # Romanian: hits me, no longer want to live, not safe at home, cuts herself
    ("ro", "Tata mă bate când bea."),
    ("ro", "Nu mai vreau să trăiesc."),
    ("ro", "Nu mă simt în siguranță acasă."),
    ("ro", "Fiica mea se taie pe mâini."),
    # Arabic: beats us, suicide, not safe at home, afraid of him, do not want to go back
    ("ar", "زوج أمي يضربنا كل يوم"),
    ("ar", "أفكر في الانتحار"),
    ("ar", "لا أشعر بالأمان في البيت"),
    ("ar", "أخاف منه كثيرا"),
    ("ar", "لا اريد ان ارجع الى المنزل"),
    # Urdu: hits me, suicide, not safe at home, wants to die
    ("ur", "میرا سوتیلا باپ مجھے روز مارتا ہے"),
    ("ur", "میں خودکشی کے بارے میں سوچتا ہوں"),
    ("ur", "میں گھر میں محفوظ نہیں ہوں"),
    ("ur", "وہ مرنا چاہتا ہے"),
    # Punjabi (Gurmukhi): hits me, not safe at home, wants to die
    ("pa", "ਮੇਰਾ ਪਿਤਾ ਮੈਨੂੰ ਬਹੁਤ ਮਾਰਦਾ ਹੈ"),
    ("pa", "ਮੈਂ ਘਰ ਵਿੱਚ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹਾਂ"),
    ("pa", "ਉਹ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹੈ"),
]

FOREIGN_NOT_DISCLOSURES = [
    ("pl", "Pani była bardzo miła, ale nikt nie wytłumaczył, czym jest panel."),
    ("ro", "Doamna a fost foarte drăguță și m-a ajutat."),
    ("ar", "كانت الجلسات مفيدة جدا"),
    ("ur", "ورکر بہت اچھی تھی"),
    ("pa", "ਵਰਕਰ ਬਹੁਤ ਚੰਗੀ ਸੀ, ਉਸਨੇ ਸਾਡੀ ਗੱਲ ਧਿਆਨ ਨਾਲ ਸੁਣੀ।"),
]


@pytest.mark.parametrize(("language", "text"), FOREIGN_DISCLOSURES)
def test_disclosures_in_other_languages_are_flagged(language: str, text: str) -> None:
    result = analyse(text, group="parent_carer", language=language)
    assert result.needs_translation
    assert result.safeguarding, text


@pytest.mark.parametrize(("language", "text"), FOREIGN_NOT_DISCLOSURES)
def test_ordinary_answers_in_other_languages_are_not_flagged(language: str, text: str) -> None:
    assert not _flagged(text, language)


ENGLISH_DISCLOSURES = [
    # signs of exploitation: lifts from older men, money or gifts not explained
    "Lately older lads keep picking her up from college by car and she comes back with cash.",
    "She gets into cars with older men after school and won't tell us where she goes.",
    "My son comes home with new trainers and money that he won't explain.",
    "He has been getting lifts from older guys in a van.",
    # a risk to a younger child at home, said with "I don't think ... safe"
    "I don't believe my daughter is safe with him in the house.",
    "I do not think the kids are safe around him.",
    "I found him getting into his little sister's bed at night.",
    "He still shares a room with his younger brother because there is nowhere else.",
    "I honestly don't know who to turn to about what is going on at home.",
]

ENGLISH_NOT_DISCLOSURES = [
    # the past, told as the past
    "Back when it all kicked off, I'd have said he was a danger to others. Not any more.",
    "She talked about wanting to die, at the time of the referral, but she is doing well now.",
    "Before the sessions started I would have said he was a danger to himself.",
    # professionals coming round is the process, not someone unwanted
    "The police kept turning up at our house which the neighbours noticed.",
    "The social worker kept coming round every week, which was a lot.",
    "She feels safe at home now and the work helped.",
]


@pytest.mark.parametrize("text", ENGLISH_DISCLOSURES)
def test_english_disclosures(text: str) -> None:
    assert _flagged(text), text


@pytest.mark.parametrize("text", ENGLISH_NOT_DISCLOSURES)
def test_english_non_disclosures(text: str) -> None:
    assert not _flagged(text), text


# Personal details: (text, the detail that must not survive redaction)
PERSONAL_DETAILS = [
    ("but kez was the best and she listened", "kez"),
    ("honestly gaz helped loads with everything", "gaz"),
    ("to be fair shaz always rang back", "shaz"),
    ("thanks to mrs p for everything", " p "),
    ("ring me on 07700 900123 if you need to", "900123"),
    ("my number is +44 (0)7700 900123", "7700"),
    ("he was born on the 3rd of march 2012", "2012"),
    ("our reference is NC/4471/B", "4471"),
]


@pytest.mark.parametrize(("text", "detail"), PERSONAL_DETAILS)
def test_personal_details_are_redacted(text: str, detail: str) -> None:
    assert detail not in redact(text) + " "


# Lower-case unknown words are names only where a person would stand.
KEPT_WORDS = [
    "the sesions were good",
    "the panal was confusing",
    "tbh camhs was rubbish",
    "idk what happened",
]


@pytest.mark.parametrize("text", KEPT_WORDS)
def test_misspelt_words_are_not_names(text: str) -> None:
    assert redact(text) == text


THEMES = [
    ("whats this panel even for??", "panel_understanding", "negative"),
    ("We still haven't received the panel decision.", "panel_understanding", "negative"),
    ("The chair phoned to explain what they had decided.", "panel_understanding", "positive"),
    ("It dragged on, nearly two years in the end.", "waiting_and_delay", "negative"),
    ("Days turned into weeks with no news.", "waiting_and_delay", "negative"),
    ("it took sooo looong to start", "waiting_and_delay", "negative"),
    ("Such nice people, every one of them.", "worker_relationship", "positive"),
    ("We are on our fourth worker now.", "worker_relationship", "negative"),
    ("I felt safe with him from the first visit.", "worker_relationship", "positive"),
    ("They took on board what we said about his routines.", "being_listened_to", "positive"),
    ("The work for him has been really useful.", "intervention_helped", "positive"),
    ("The course turned him around.", "intervention_helped", "positive"),
    ("We row way less at home now.", "intervention_helped", "positive"),
    ("I'm not sure the sessions made any difference.", "intervention_helped", "negative"),
    ("Never once did they ask how his sister was coping.", "support_for_family", "negative"),
    ("Police said it was a school problem and school said the opposite.", "joined_up_working",
     "negative"),
    ("His teacher was told the plan so he could take breaks.", "joined_up_working", "positive"),
    ("She spoke to me like a normal kid.", "feelings_and_stigma", "positive"),
    ("I felt so small in that room.", "feelings_and_stigma", "negative"),
    ("There were no adjustments at all for his dyslexia.", "needs_and_adjustments", "negative"),
    ("She used games and drawing because of his ADHD.", "needs_and_adjustments", "positive"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "theme", "polarity"), THEMES)
def test_theme_gaps(text: str, theme: str, polarity: str) -> None:
    result = analyse(text, group="parent_carer", language="en")
    assert result.themes.get(theme) == polarity, (text, result.themes)


NOT_THEMES = [
    ("The trouble with his cousin was ages ago.", "waiting_and_delay"),
    ("He had two sessions a week for a term.", "waiting_and_delay"),
    ("My son feels safe at home since the work.", "feelings_and_stigma"),
    ("My name is Tom Brady and the course helped me a lot.", "worker_relationship"),
]


@pytest.mark.parametrize(("text", "theme"), NOT_THEMES)
def test_theme_false_alarms(text: str, theme: str) -> None:
    assert theme not in analyse(text, group="parent_carer", language="en").themes


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("found out about the review the night before, thanks for the warning", "negative"),
        ("loved having to explain it all again to a stranger", "negative"),
    ],
)
def test_sarcasm(text: str, label: str) -> None:
    assert analyse(text, group="parent_carer", language="en").sentiment == label


def test_indic_vowel_signs_stay_inside_words() -> None:
    assert segment("ਮੈਨੂੰ ਮਾਰਦਾ ਹੈ").norm == "ਮੈਨੂੰ ਮਾਰਦਾ ਹੈ"


def test_elongated_words_match_their_plain_form() -> None:
    assert segment("took aaaages").norm == "took ages"
