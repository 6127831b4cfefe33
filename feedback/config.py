"""Settings from environment variables, with safe defaults for a single machine.

With nothing set, the site keeps an SQLite database and a generated secret key
in its instance folder, so `feedback serve` works on a fresh machine.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ENVIRONMENT_PREFIX = "FEEDBACK_"


def database_url(value: str | None, instance_path: Path) -> str:
    if not value:
        return f"sqlite:///{instance_path / 'feedback.sqlite3'}"
    # psycopg 3 is the driver this project ships with; plain URLs would ask for psycopg2.
    for plain in ("postgresql://", "postgres://"):
        if value.startswith(plain):
            return "postgresql+psycopg://" + value.removeprefix(plain)
    return value


def secret_key(value: str | None, instance_path: Path) -> str:
    if value:
        return value
    key_file = instance_path / "secret_key"
    if not key_file.exists():
        key_file.touch(mode=0o600)
        key_file.write_text(secrets.token_hex(32), encoding="utf-8")
    return key_file.read_text(encoding="utf-8").strip()


def settings(instance_path: Path, environ: Mapping[str, str] = os.environ) -> dict[str, Any]:
    def env(name: str, default: str = "") -> str:
        return environ.get(ENVIRONMENT_PREFIX + name, default)

    https = env("HTTPS", "0") == "1"
    return {
        "SECRET_KEY": secret_key(env("SECRET_KEY"), instance_path),
        "SQLALCHEMY_DATABASE_URI": database_url(env("DATABASE_URL"), instance_path),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "SESSION_COOKIE_NAME": "session",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": https,
        "PREFERRED_URL_SCHEME": "https" if https else "http",
        "WTF_CSRF_TIME_LIMIT": int(env("CSRF_TIME_LIMIT_SECONDS", "14400")),
        "BABEL_DEFAULT_LOCALE": "en",
        "LOCAL_HELP_NAME": env(
            "LOCAL_HELP_NAME", "Your social worker or the Children's Services duty team"
        ),
        "LOCAL_HELP_PHONE": env("LOCAL_HELP_PHONE", "0300 500 80 80"),
        "MAX_CONTENT_LENGTH": 1024 * 1024,
        "STAFF_IDLE_MINUTES": int(env("STAFF_IDLE_MINUTES", "30")),
        "STAFF_ABSOLUTE_HOURS": int(env("STAFF_ABSOLUTE_HOURS", "12")),
        "SIGN_IN_ATTEMPTS_PER_15_MINUTES": int(env("SIGN_IN_ATTEMPTS_PER_15_MINUTES", "10")),
        "INVITATION_DAYS": int(env("INVITATION_DAYS", "30")),
        # Whether anyone with the address may answer without an invitation.
        "OPEN_LINKS": env("OPEN_LINKS", "1") == "1",
        "RESUME_CODE_DAYS": int(env("RESUME_CODE_DAYS", "30")),
        "RESUME_ATTEMPTS_PER_15_MINUTES": int(env("RESUME_ATTEMPTS_PER_15_MINUTES", "10")),
        # Where quick exit sends someone: a neutral page nobody would question.
        "QUICK_EXIT_URL": env("QUICK_EXIT_URL", "https://www.bbc.co.uk/weather"),
    }
