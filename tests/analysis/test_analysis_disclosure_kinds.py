"""Kinds of disclosure a fresh independent test found missing: euphemisms for ongoing
sexual abuse by a family member, suicidal intent without the words suicide, die or kill,
and a parent reporting a child's self-harm or suicidal talk in Punjabi (Gurmukhi), Urdu,
Arabic, Polish or Romanian. The examples are written for these tests in the voices of
young people aged 10-17 and of parents, with misspellings and no punctuation; they are
not the test's sentences. Each kind is caught by general rules in safeguarding.yaml."""

from __future__ import annotations

import pytest

from analysis import analyse
from analysis.engine import Analysis


def _run(text: str, group: str = "young_person", language: str = "en") -> Analysis:
    return analyse(text, group=group, language=language)


# 1. Ongoing sexual abuse or harm by a family member, in euphemisms.
FAMILY_EUPHEMISMS = [
    "my uncle still does the thing to me when he stays over",
    "he does stuff to me when mum is out at work",
    "she makes me do things i dont like and says its our game",
    "it keeps on happening at night when evryone is asleep",
    "i dont like being alone with him cos of what he does",
    "when im alone with my stepdad he gets weird and i hate it",
    "grandad keeps doing the tickle thing to me and i dont want him to",
    "my big cousin does things to me at nans house",
    "when mum goes on nights he comes in and does stuff",
    "it happens most nights wen dad has been drinking",
    "I think my partners brother is doing something to my daughter, she screams if she is"
    " left alone with him",
    "dont make me stay at dads he does the thing again",
    "i hate it when i get left on my own with uncle dave",
    "it still goes on every weekend at my dads",
    "My daughter begs not to be left alone with her stepdad and I dont know why",
    "wen nan is asleep grandad comes in my room",
]

# 2. Suicidal intent without the words suicide, die or kill.
SUICIDAL_INTENT = [
    "ive been giving my stuff away to my mates cos i wont need it",
    "She has started giving away her things, her xbox and her favourite hoodies",
    "gave my games to my little brother i wont need them where im going",
    "whats the point of any of it anymore",
    "honestly whats even the point of anything",
    "everyones better off without me",
    "evry1 wud be happier if i wasnt around",
    "my family would be better without me",
    "i wrote letters to everyone in my family last night",
    "We found notes in his room addressed to each of us",
    "ive been saying goodbye to people",
    "i wont be around much longer so it doesnt matter",
    "not gonna be here for much longer anyway",
    "i wont be a burden for much longer",
    "he keeps saying its like the last time he will see us",
    "you wont have to worry about me much longer",
    "im not going to be around for long",
    "she messaged her friends to say goodbye last night",
    "My son has been giving his belongings away to friends and is very quiet",
]

# 3. A parent reporting a child's self-harm or suicidal talk in another language.
OTHER_LANGUAGES = [
    ("pa", "ਮੇਰਾ ਪੁੱਤਰ ਕਹਿੰਦਾ ਹੈ ਕਿ ਉਹ ਹੁਣ ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦਾ"),
    ("pa", "ਮੇਰੀ ਧੀ ਜੀਉਣਾ ਨਹੀਂ ਚਾਹੁੰਦੀ ਉਹ ਸਾਰਾ ਦਿਨ ਰੋਂਦੀ ਹੈ"),
    ("pa", "ਉਸਨੇ ਕੱਲ੍ਹ ਰਾਤ ਆਪਣੀ ਬਾਂਹ ਕੱਟੀ"),
    ("pa", "ਮੇਰੇ ਮੁੰਡੇ ਨੇ ਬਾਂਹ ਕੱਟ ਲਈ ਹੈ"),
    ("pa", "ਕਿਰਪਾ ਕਰਕੇ ਜਲਦੀ ਕਿਸੇ ਨੂੰ ਭੇਜੋ"),
    ("pa", "ਮੇਰੀ ਕੁੜੀ ਕਹਿੰਦੀ ਹੈ ਕਿ ਉਹ ਮਰ ਜਾਣਾ ਚਾਹੁੰਦੀ ਹੈ"),
    ("pa", "ਉਸਦੇ ਗੁੱਟ ਉੱਤੇ ਕੱਟ ਦੇ ਨਿਸ਼ਾਨ ਹਨ"),
    ("ur", "میرا بیٹا کہتا ہے کہ وہ زندہ نہیں رہنا چاہتا"),
    ("ur", "اس نے اپنا بازو کاٹ لیا ہے"),
    ("ur", "براہ کرم جلدی کسی کو بھیجیں"),
    ("ur", "میری بیٹی نے کلائی کاٹی"),
    ("ar", "ابني لم يعد يريد أن يعيش"),
    ("ar", "ابنتي جرحت ذراعها أمس"),
    ("ar", "أرجوكم أرسلوا أحدا بسرعة"),
    ("ar", "ابني يفكر في الموت كل يوم"),
    ("pl", "Syn pociął sobie rękę wczoraj wieczorem"),
    ("pl", "córka ma pocięte ręce i mówi że nie chce już żyć"),
    ("pl", "Proszę przyślijcie kogoś szybko"),
    ("pl", "mój syn mówi że myśli o śmierci"),
    ("ro", "Fiul meu și-a tăiat brațul aseară"),
    ("ro", "fiica mea nu mai vrea să trăiască"),
    ("ro", "Vă rog trimiteți pe cineva repede"),
    ("ro", "are tăieturi pe mâini"),
    ("en", "please send someone quickly my son has locked himself in the bathroom"),
]

# Non-disclosures that must stay unflagged: a question answered no, a worry about what
# others think, the process, and everyday talk that shares words with the rules above.
NOT_DISCLOSURES = [
    "the worker asked if anyone was hurting me at home and I said no because nobody is",
    "I thought everyone would think I'm a weirdo but the worker said it was private",
    "she asked if anybody hits me and i told her no",
    "They asked whether anyone was touching her and she said no, nobody",
    "my mum makes me do my homework before i can go on my phone",
    "I wont need the sessions anymore because things are better",
    "we never got to say goodbye to the worker when she left",
    "my mum wrote a letter to the council to complain about the wait",
    "whats the point of the panel if nobody tells you what it decided",
    "when im alone with my worker i can say more stuff",
    "I won't be around for the next session as we are on holiday",
    "everyone would be better off if the sessions were after school",
    "we gave her old clothes to the charity shop",
    "the letters to the school were sent late",
    "he does the dishes when mum is at work",
    "I wanted to say goodbye to my worker but she left without telling us",
    "my dad makes me do chores i dont like",
    "I gave my old phone to my brother when I got a new one",
    "we wont need the help much longer as things are good now",
    "whats the point of asking for feedback if nothing changes",
    "ਵਰਕਰ ਬਹੁਤ ਚੰਗੀ ਸੀ ਅਤੇ ਸਾਡੀ ਮਦਦ ਕੀਤੀ",
    "Pracownik był bardzo miły i pomocny",
]


@pytest.mark.parametrize("text", FAMILY_EUPHEMISMS)
def test_family_euphemisms_are_flagged(text: str) -> None:
    assert _run(text).safeguarding, text


@pytest.mark.parametrize("text", SUICIDAL_INTENT)
def test_suicidal_intent_without_the_words_is_flagged(text: str) -> None:
    assert _run(text).safeguarding, text


@pytest.mark.parametrize(("language", "text"), OTHER_LANGUAGES)
def test_parent_reports_in_other_languages_are_flagged(language: str, text: str) -> None:
    result = _run(text, group="parent_carer", language=language)
    assert result.safeguarding, text


@pytest.mark.parametrize("text", NOT_DISCLOSURES)
def test_non_disclosures_are_not_flagged(text: str) -> None:
    result = _run(text)
    assert not result.safeguarding, (text, result.safeguarding_reason)
