"""Calm error pages: every failure gets a clear page and the right status, never a trace."""

from __future__ import annotations

import logging
import traceback

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DBAPIError, OperationalError
from werkzeug.exceptions import HTTPException

from feedback.extensions import db

log = logging.getLogger(__name__)


def setup_error_pages(app: Flask) -> None:
    app.register_error_handler(CSRFError, page_expired)
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(OperationalError, database_unavailable)
    app.register_error_handler(DBAPIError, database_unavailable)
    app.register_error_handler(Exception, unexpected_error)


def page_expired(error: CSRFError) -> tuple[str, int]:
    return render_template("errors/expired.html"), 400


def http_error(error: HTTPException) -> tuple[str, int]:
    status = error.code or 500
    template = {404: "errors/not_found.html", 405: "errors/not_found.html"}.get(
        status, "errors/bad_request.html"
    )
    return render_template(template, status=status), status


def database_unavailable(error: Exception) -> tuple[str, int]:
    # Only the kind of failure is logged: the statement could carry answers.
    log.error("database unavailable: %s", where(error))
    try:
        db.session.rollback()
    except DBAPIError:
        log.error("rollback failed: the database is still unavailable")
    return render_template("errors/unavailable.html"), 503


def unexpected_error(error: Exception) -> tuple[str, int]:
    log.error("unexpected error: %s", where(error))
    return render_template("errors/unexpected.html"), 500


def where(error: BaseException) -> str:
    """The kind of error and the line that raised it, never its message: that may hold answers."""
    frame = traceback.extract_tb(error.__traceback__)[-1:] if error.__traceback__ else []
    place = f" at {frame[0].filename}:{frame[0].lineno}" if frame else ""
    return f"{type(error).__name__}{place}"
