"""Settings from the environment, with a safe embedded default."""

from __future__ import annotations

from pathlib import Path

from feedback import config


def test_defaults_keep_sqlite_and_a_generated_secret_in_the_instance_folder(tmp_path: Path) -> None:
    settings = config.settings(tmp_path, environ={})
    assert settings["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'feedback.sqlite3'}"
    key = (tmp_path / "secret_key").read_text(encoding="utf-8")
    assert len(key) == 64 and settings["SECRET_KEY"] == key
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
    assert config.settings(tmp_path, environ={})["SECRET_KEY"] == key


def test_environment_variables_choose_the_database_and_key(tmp_path: Path) -> None:
    settings = config.settings(
        tmp_path,
        environ={
            "FEEDBACK_DATABASE_URL": "postgresql://postgres@db/feedback",
            "FEEDBACK_SECRET_KEY": "from-env",
            "FEEDBACK_HTTPS": "1",
        },
    )
    assert settings["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://postgres@db/feedback"
    assert settings["SECRET_KEY"] == "from-env"
    assert settings["SESSION_COOKIE_SECURE"] is True
    assert not (tmp_path / "secret_key").exists()
