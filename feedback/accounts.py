"""Staff accounts: memory-hard password hashes, strength checks, one-time codes, set-up links."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from datetime import timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from zxcvbn import zxcvbn

from feedback.extensions import db
from feedback.models import ROLES, StaffUser, utcnow

MIN_PASSWORD, MAX_PASSWORD = 8, 128
SETUP_LINK_LIFETIME = timedelta(hours=72)
ISSUER = "Your say (staff)"
_hasher = PasswordHasher()  # argon2id with the library's current recommended costs
# Checked when no account matches, so that a wrong e-mail takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class AccountError(ValueError):
    pass


def normalise_email(email: str) -> str:
    return email.strip().lower()


def password_problems(password: str, email: str = "") -> list[str]:
    if len(password) < MIN_PASSWORD:
        return [f"Your password must be at least {MIN_PASSWORD} characters."]
    if len(password) > MAX_PASSWORD:
        return [f"Your password must be {MAX_PASSWORD} characters or fewer."]
    strength = zxcvbn(password[:100], user_inputs=[email, "feedback", "council"])
    if strength["score"] < 3:
        advice = strength["feedback"]["warning"] or "It is too easy to guess."
        return [f"Choose a less common password. {advice}".strip()]
    return []


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_roles(roles: list[str]) -> str:
    unknown = sorted(set(roles) - set(ROLES))
    if unknown or not roles:
        raise AccountError(f"roles must be some of {', '.join(ROLES)}")
    return " ".join(role for role in ROLES if role in roles)


def find(email: str) -> StaffUser | None:
    return db.session.scalar(
        select(StaffUser).where(func.lower(StaffUser.email) == normalise_email(email))
    )


def create(email: str, roles: list[str], password: str | None = None) -> StaffUser:
    if "@" not in email or find(email) is not None:
        raise AccountError("that e-mail address is not valid or already has an account")
    user = StaffUser(email=normalise_email(email), roles=check_roles(roles))
    if password is not None:
        set_password(user, password)
    db.session.add(user)
    db.session.commit()
    return user


def set_password(user: StaffUser, password: str) -> None:
    problems = password_problems(password, user.email)
    if problems:
        raise AccountError(problems[0])
    user.password_hash = hash_password(password)
    user.setup_digest = None
    user.setup_expires_at = None


def authenticate(email: str, password: str) -> StaffUser | None:
    user = find(email)
    stored = user.password_hash if user and user.active and user.password_hash else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    return user if stored != _DUMMY_HASH else None


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_setup_link(user: StaffUser) -> str:
    """A one-time token for a new account to choose its own password."""
    token = secrets.token_urlsafe(32)
    user.setup_digest = digest(token)
    user.setup_expires_at = utcnow() + SETUP_LINK_LIFETIME
    db.session.commit()
    return token


def by_setup_token(token: str) -> StaffUser | None:
    user = db.session.scalar(select(StaffUser).filter_by(setup_digest=digest(token)))
    if user is None or user.setup_expires_at is None or user.setup_expires_at < utcnow():
        return None
    return user


def new_totp_secret(user: StaffUser) -> str:
    user.totp_secret = pyotp.random_base32()
    user.totp_last_step = None  # a new secret starts a new history
    db.session.commit()
    return user.totp_secret


def totp_uri(user: StaffUser) -> str:
    return pyotp.TOTP(user.totp_secret or "").provisioning_uri(name=user.email, issuer_name=ISSUER)


def totp_matches(user: StaffUser, code: str, at: float | None = None) -> bool:
    """The code is right for now (a step either side, for a phone clock a little out) and
    newer than the last one accepted: a code seen over a shoulder cannot be used again."""
    if not user.totp_secret:
        return False
    totp = pyotp.TOTP(user.totp_secret)
    now = time.time() if at is None else at
    for offset in (-1, 0, 1):
        moment = now + offset * totp.interval
        step = int(moment // totp.interval)
        if hmac.compare_digest(totp.at(moment), code.replace(" ", "")):
            if user.totp_last_step is not None and step <= user.totp_last_step:
                return False
            user.totp_last_step = step
            db.session.commit()
            return True
    return False
