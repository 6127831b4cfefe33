"""Disclosures of current risk in wordings that fresh labelled answers showed were
missed, and look-alikes that are not disclosures. Each case is written for the test."""

import pytest

from analysis import analyse


def reason(text: str) -> str | None:
    return analyse(text, group="young_person", language="en").safeguarding_reason


@pytest.mark.parametrize(
    "text",
    [
        # passive suicidal intent
        "my family would have it easier if i wasnt around",
        "no need to book me in for next month, i wont be here by then",
        "ive been saving up my nans painkillers in a sock",
        "some days i think about driving into the central reservation",
        "im not coping at all and i havent told anyone",
        # grooming and exploitation
        "an older lad from gaming sends her money and tells her to delete the chats",
        "a man in his forties keeps waiting outside her school with presents",
        "he says he will post my pics in the group chat if i dont send more",
        "some older boys make me hold bags for them and say they know where my family lives",
        # violence at home
        "my ex found out where we live and keeps parking across from the house",
        "i sleep with my chest of drawers against the door because of the screaming",
        "when my stepdad drinks i hide in the cupboard",
        "were staying at my mums until i work out what to do about him",
        "the kids are too scared to go out to the shop",
        # a risk to another child
        "i cant trust myself around my little cousin and i need help before something happens",
        "he keeps trying to get his little sister to play secret games",
    ],
)
def test_fresh_disclosures_are_flagged(text: str) -> None:
    assert reason(text), text


@pytest.mark.parametrize(
    "text",
    [
        "my mum would kill me if i missed a session",
        "the worker asked if i ever wanted to hurt myself. i dont, and it was fine",
        "she asked whether anyone hurts me at home and nobody does",
        "i wanted to die when everyone at school found out",
        "he was scared to go home in the early days because of the police",
        "the nurse will take my son to his appointments",
        "the school and the team were in touch all the time",
        "i was scared stiff id get locked up",
        "I won't be around for the next session as we are on holiday",
        "my sister was the one who got hurt and nobody helped her",
        "when im alone with my mum we talk more now",
    ],
)
def test_fresh_look_alikes_are_not_flagged(text: str) -> None:
    assert reason(text) is None, reason(text)


@pytest.mark.parametrize(
    "text",
    [
        "I caught him at his sister's bed again last night",
        "his uncle keeps telling him what he'll do to the boy who grassed",
        "he is still sharing a room with his wee sister",
    ],
)
def test_further_fresh_disclosures(text: str) -> None:
    assert reason(text), text


def test_boring_sessions_killing_me_is_an_idiom() -> None:
    assert reason("them sessions were killing me, so boring") is None


@pytest.mark.parametrize(
    "text",
    [
        "His dad was violent when he was little, which came up in the assessment.",
        "Because he's only ten they pitched everything at his level.",
        "They gave my other son, who's 8, his own worker.",
        "my worker said if i ever feel unsafe i can ring her",
    ],
)
def test_past_ages_and_advice_are_not_flagged(text: str) -> None:
    assert reason(text) is None, reason(text)


@pytest.mark.parametrize(
    "text",
    [
        "he keeps messaging a girl from the park who's 12",
        "i keep getting the thoughts again about my little cousin",
        "she sleeps with a chair against her door since he came home",
        "i stay in my room a lot so i dont have to be near him",
    ],
)
def test_contact_with_an_age_and_keeping_away_are_flagged(text: str) -> None:
    assert reason(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i said before i felt like hurting myself but that was last winter",
        "i felt like hurting myself, but thats all in the past",
        "he hit me, but that was years ago and hes gone",
        "He was abused by a relative when he was little; the worker saw a child who'd been hurt.",
        "i understand my body better now",
        "I said at the panel I'd kill him if he did it again, and it was minuted like a threat",
    ],
)
def test_a_but_clause_can_date_the_clause_before_it(text: str) -> None:
    assert reason(text) is None, reason(text)


@pytest.mark.parametrize(
    "text",
    [
        "he still hits me but it used to be worse",
        "i keep hurting myself but that was last year",
        "the girl he hurt lives next door and they still play out together after school",
        "I can't stop it on my own",
    ],
)
def test_the_present_is_kept_whatever_the_but_clause_says(text: str) -> None:
    assert reason(text), text


@pytest.mark.parametrize(
    "text",
    [
        "most nights i lie there hoping i just dont wake up",
        "a man she has been chatting to on snapchat is picking her up from the park on Saturday",
    ],
)
def test_last_round_disclosures(text: str) -> None:
    assert reason(text), text


@pytest.mark.parametrize(
    "text",
    [
        "He isn't allowed to be on his own with younger children any more.",
        "His dad was violent years ago and he is long gone.",
        "she asks every time if anyone hurts me at home. nobody does",
        "the session said what to do if someone asks for pics",
        "i felt unsafe walking into that panel room with all them people",
        "She still gets frightened at bedtime, which the worker says is normal.",
    ],
)
def test_last_round_look_alikes(text: str) -> None:
    assert reason(text) is None, reason(text)


@pytest.mark.parametrize(
    "text",
    [
        "there's a belt tied in a loop under his bed and he says it's for when he's had enough",
        "he has started going into his little stepsister's room at night again",
        "if i get a bad report i get the belt",
    ],
)
def test_disclosures_from_the_last_sets(text: str) -> None:
    assert reason(text), text


@pytest.mark.parametrize(
    "text",
    [
        "walking into a room with twelve professionals i felt unsafe",
        "she says she wants to kill her brother, it's just squabbling over the Xbox",
        "the report made me sound like a danger to everyone",
        "i dont get the urge to hurt anyone now",
    ],
)
def test_look_alikes_from_the_last_sets(text: str) -> None:
    assert reason(text) is None, reason(text)


@pytest.mark.parametrize(
    "text",
    [
        "his uncle still lets him babysit the little ones even though the plan says not to",
        "my stepdad reads my messages and says ill get whats coming if i say anything to school",
        "an older lad keeps taking the younger kids behind the shops",
        "he pinned me to the wall on friday",
        "they said theyll set fire to our house",
        "his dad keeps turning up at the school gates drunk",
        "I found texts on his phone to a year 4 girl again",
        "sometimes i stand on the bridge and think how easy it would be",
    ],
)
def test_disclosures_from_the_final_sets(text: str) -> None:
    assert reason(text), text


@pytest.mark.parametrize(
    "text",
    [
        "the worker sent us photos of the room before the first visit",
        "they asked whether he was a danger to his brothers, he isn't",
        "i felt unsafe in the waiting room but my worker sorted it straight away",
    ],
)
def test_look_alikes_from_the_final_sets(text: str) -> None:
    assert reason(text) is None, reason(text)


@pytest.mark.parametrize(
    "text",
    [
        "tell my worker thanks, it wasnt her fault. i wont be around for the next one",
        "sh is getting bad again",
        "ive been practising with my dressing gown cord",
        "i keep sticking pins in my arm in maths",
        "how many of my tablets would it take",
        "a man from the flats buys her vapes and lets her stay at his place",
        "someone threw a brick through our window last night",
        "theyre coming for me, cant sleep",
        "the lads from last year are back in my class now and one keeps cornering me",
        "no electric again and mum is not getting up",
        "She said he has been hitting the younger ones with a belt when I'm at work",
    ],
)
def test_disclosures_from_the_disclosure_set(text: str) -> None:
    assert reason(text), text


@pytest.mark.parametrize(
    "text",
    [
        "worker asked if anyone at home hurts me, no they dont",
        "when i was 12 i tried to end it, im in a much better place now",
        "if i ever felt like hurting myself i know who to text",
        "by week 10 i wanted to end it all... the sessions i mean lol",
        "they told us to lock away knives and medicines",
        "he was at risk of permanent exclusion",
        "do i self harm? no. never have",
    ],
)
def test_look_alikes_from_the_disclosure_set(text: str) -> None:
    assert reason(text) is None, reason(text)


def test_an_aside_dating_the_clause_before_keeps_a_present_that_follows() -> None:
    assert reason("i cut myself, years ago, and i still do it now")
    assert reason("he hit me, last year, and he does it again and again")
    assert reason("is it normal that my step dad comes in when im in the shower?")


def test_the_last_fresh_set() -> None:
    assert reason("Her stepdad is drinking again and she hides in her room when he's home.")
    assert reason("At the assessment I said I'd kill him myself if he did it again.") is None
    assert reason("i felt unsafe in the first meeting cos i didnt know anyone") is None


@pytest.mark.parametrize(
    "text",
    [
        "he was really rough with me on saturday",
        "i ended up hiding in the garden last night",
        "she has been pressured into stuff lately by lads at the park",
    ],
)
def test_the_recall_first_rule_reads_more_harm_words_and_more_recent_times(text: str) -> None:
    assert reason(text), text


@pytest.mark.parametrize(
    "text",
    [
        # gone from home now, or a child missing now
        "ran off two nights ago, dossing at my mates, my dad doesnt even know where i am",
        "Our daughter has been missing since Saturday and the police are looking.",
        "slept under the underpass last night cos i couldnt face going back",
        # passive suicidal thoughts and a misspelled wish to die
        "i dont reckon ill still be around by my birthday",
        "honestly i wanna di. cant do it no more",
        # assaulted again, with a threat of worse
        "been jumped again after school and they said next time will be worse",
        # the person who harmed comes near, with fear or a change in the child
        "He keeps visiting when I'm out even though he isn't allowed to, and she's gone really"
        " quiet after.",
        "Their uncle has been spotted outside the school gates and she is terrified.",
        # a parent who cannot keep a child safe now
        "I'm not sure we can keep the little ones safe from their brother any more.",
    ],
)
def test_missing_now_passive_intent_and_an_unsafe_house_are_flagged(text: str) -> None:
    assert reason(text)


@pytest.mark.parametrize(
    "text",
    [
        "the wait was literally killing me, nine weeks of nothing",
        "Since the group, neither of us feels unsafe at home any more.",
        "the session on knife crime was boring, nobody i know carries one",
        "a lad said hed batter me back in year 7 but we sorted it and we're mates now",
        "if anyone ever makes me feel unsafe i know who to ring",
        "she said what i say is private unless im in danger, and im not",
        "nobody's hurting me, i pressed the unsafe button by mistake",
    ],
)
def test_idioms_hypotheticals_and_slips_are_not_flagged(text: str) -> None:
    assert reason(text) is None


def test_every_form_of_a_self_harm_verb_is_read() -> None:
    assert reason("scratched myself with a pin again last night")
    assert reason("i burned myself on purpose yesterday")


@pytest.mark.parametrize(
    "text",
    [
        "the group helped loads but i still kick off at home sometimes",
        "my worker showed me pictures of the room and who would be at the panel",
    ],
)
def test_kicking_off_and_photos_of_the_panel_are_not_flagged(text: str) -> None:
    assert reason(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # abuse going on, said as "stuff done to me"
        "my uncle still visits on saturdays and does things to me, i hate it",
        # a threat of being thrown out, with nowhere to go
        "mum says if i tell anyone again shell kick me out and ive got nowhere else to go",
        # threats and sextortion from someone the child knows
        "a girl from my old school keeps texting that shes gonna tell everyone what i did and"
        " im dead when they catch me",
        "this lad keeps saying hell post my pics online unless i send more",
        # running away tonight, as texted
        "gonna run away 2nite cos nobody wants me at home",
    ],
)
def test_threats_sextortion_and_abuse_said_plainly_are_flagged(text: str) -> None:
    assert reason(text)


def test_a_child_who_cannot_cope_with_change_is_not_a_disclosure() -> None:
    assert reason("he can't cope with surprises so they gave him the dates early") is None
