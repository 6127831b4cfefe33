"""The web app: thin routes over the `surveys` and `analysis` packages."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

from feedback import config, errors, i18n, security
from feedback.extensions import csrf, db, migrate
from feedback.surveys_registry import setup_surveys

MIGRATIONS = Path(__file__).parent / "migrations"


def create_app(overrides: Mapping[str, Any] | None = None) -> Flask:
    instance_path = os.environ.get("FEEDBACK_INSTANCE_PATH") or None
    app = Flask(__name__, instance_path=instance_path, instance_relative_config=True)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.from_mapping(config.settings(Path(app.instance_path)))
    app.config.from_mapping(overrides or {})

    db.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS))
    csrf.init_app(app)
    i18n.setup_babel(app)
    setup_surveys(app)
    security.setup_headers(app)
    errors.setup_error_pages(app)
    setup_blueprints(app)
    return app


def setup_blueprints(app: Flask) -> None:
    from feedback.respond import bp as respond
    from feedback.staff import bp as staff

    app.register_blueprint(respond)
    app.register_blueprint(staff)
