"""Save and come back later without an account: a code of three words and a number.

With 1024 words and numbers from 1000 to 9999 a code carries about 43 bits of
chance. Only a keyed hash of it is stored, so a copy of the database alone
cannot be searched for codes.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import secrets
from datetime import timedelta
from functools import cache
from importlib import resources

from flask import current_app
from sqlalchemy import delete, select

from feedback.extensions import db
from feedback.models import Response, ResumeCode, utcnow

WORDS_IN_CODE = 3
NUMBER_FROM, NUMBER_TO = 1000, 9999
CODE_PART = re.compile(r"[a-z]+|[0-9]+")


@cache
def words() -> tuple[str, ...]:
    text = resources.files("feedback").joinpath("data/resume_words.txt").read_text("utf-8")
    return tuple(text.split())


def entropy_bits() -> float:
    numbers = NUMBER_TO - NUMBER_FROM + 1
    return WORDS_IN_CODE * math.log2(len(words())) + math.log2(numbers)


def new_code() -> str:
    chosen = [secrets.choice(words()) for _ in range(WORDS_IN_CODE)]
    number = NUMBER_FROM + secrets.randbelow(NUMBER_TO - NUMBER_FROM + 1)
    return " ".join([*chosen, str(number)])


def normalise(typed: str) -> str:
    """The code as stored, however it was typed: any case, any separators, words run together."""
    return " ".join(CODE_PART.findall(typed.lower()))


def _digest(code: str) -> str:
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, normalise(code).encode(), hashlib.sha256).hexdigest()


def issue(response: Response) -> str:
    """A fresh code for this response; any earlier code for it stops working."""
    db.session.execute(delete(ResumeCode).where(ResumeCode.response_id == response.id))
    code = new_code()
    days = current_app.config["RESUME_CODE_DAYS"]
    db.session.add(
        ResumeCode(
            response_id=response.id,
            code_digest=_digest(code),
            expires_at=utcnow() + timedelta(days=days),
        )
    )
    db.session.commit()
    return code


def redeem(typed: str) -> Response | None:
    """The unfinished response a code belongs to, if the code is right and has not expired."""
    if not normalise(typed):
        return None
    found = db.session.scalar(select(ResumeCode).filter_by(code_digest=_digest(typed)))
    if found is None or found.expires_at < utcnow():
        return None
    if found.response.status != "in_progress":
        return None
    return found.response
