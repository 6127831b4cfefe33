"""Every message a respondent can be shown about their answer, in one place for translators."""

from flask_babel import lazy_gettext as _l

NOT_AN_OPTION = _l("Choose one of the answers shown, or press Continue to skip this question.")
TOO_LONG = _l("Your answer must be %(max)s characters or fewer. It is %(length)s characters now.")
ENTER_CODE = _l("Enter your code.")
CODE_NOT_FOUND = _l(
    "We could not find answers for that code. Check each word and the number, then try again."
)
PAGE_EXPIRED = _l(
    "This page was open for a long time, so we did not save this answer yet. "
    "Check it and press Continue again."
)
