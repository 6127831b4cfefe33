"""Signing in (password, then a one-time code), setting up a new account, signing out."""

from __future__ import annotations

from datetime import timedelta

import segno
from flask import current_app, g, redirect, render_template, request, url_for
from werkzeug import Response as HttpResponse

from feedback import accounts, audit, rate_limit
from feedback.models import utcnow
from feedback.respond.forms import ActionForm
from feedback.staff import bp, sessions
from feedback.staff.access import ANY_ROLE, public, requires
from feedback.staff.forms import CodeForm, PasswordForm, SignInForm

WINDOW = timedelta(minutes=15)
Page = HttpResponse | str | tuple[str, int]


def _next_page() -> str:
    target = request.args.get("next", "")
    # Only a path on this site, so that sign-in cannot be used to send someone elsewhere.
    return target if target.startswith(("/staff", "/s/")) and "//" not in target else "/staff/"


def _guarded_sources(email: str) -> list[str]:
    return [rate_limit.address(), rate_limit.key_for("account:" + accounts.normalise_email(email))]


def _too_many(email: str) -> bool:
    limit = current_app.config["SIGN_IN_ATTEMPTS_PER_15_MINUTES"]
    return rate_limit.is_limited("sign_in", limit, WINDOW, _guarded_sources(email))


@bp.route("/sign-in", methods=["GET", "POST"])
@public
def sign_in() -> Page:
    form = SignInForm()
    if form.validate_on_submit():
        email = form.email.data or ""
        if _too_many(email):
            audit.record("sign_in_refused_too_many", "staff_user", None)
            return render_template("staff/too_many.html"), 429
        user = accounts.authenticate(email, form.password.data or "")
        if user is not None:
            sessions.begin(user)
            return redirect(url_for(".two_factor", next=_next_page()))
        rate_limit.record_failure("sign_in", WINDOW, _guarded_sources(email))
        audit.record("sign_in_failed", "staff_user", None)
        form.email.errors = ["Enter a correct email address and password"]
    locked = g.get("staff_session") is not None and g.staff_session.locked_at is not None
    status = 400 if form.errors else 200
    return render_template("staff/sign_in.html", form=form, locked=locked), status


@bp.route("/two-factor", methods=["GET", "POST"])
@public
def two_factor() -> Page:
    staff_session = g.get("staff_session")
    if staff_session is None:
        return redirect(url_for(".sign_in"))
    user = staff_session.user
    setting_up = user.totp_confirmed_at is None
    if setting_up and not user.totp_secret:
        accounts.new_totp_secret(user)
    form = CodeForm()
    if form.validate_on_submit():
        if _too_many(user.email):
            audit.record("sign_in_refused_too_many", "staff_user", user.id, actor=user)
            return render_template("staff/too_many.html"), 429
        if accounts.totp_matches(user, form.code.data or ""):
            if setting_up:
                user.totp_confirmed_at = utcnow()
            sessions.complete(staff_session)
            audit.record("sign_in", "staff_user", user.id, actor=user)
            return redirect(_next_page())
        rate_limit.record_failure("sign_in", WINDOW, _guarded_sources(user.email))
        audit.record("two_factor_failed", "staff_user", user.id, actor=user)
        form.code.errors = ["That code is not right. Check your app and try again"]
    qr = segno.make(accounts.totp_uri(user)).svg_data_uri(scale=4) if setting_up else None
    status = 400 if form.errors else 200
    return render_template(
        "staff/two_factor.html", form=form, setting_up=setting_up, qr=qr, user=user
    ), status


@bp.post("/sign-out")
@requires(*ANY_ROLE)
def sign_out() -> HttpResponse:
    if ActionForm().validate_on_submit():
        audit.record("sign_out", "staff_user", g.staff_user.id)
        sessions.end(g.staff_session)
    return redirect(url_for(".sign_in"))


@bp.route("/set-up/<token>", methods=["GET", "POST"])
@public
def set_up(token: str) -> Page:
    user = accounts.by_setup_token(token)
    if user is None:
        return render_template("staff/link_not_working.html"), 404
    form = PasswordForm()
    if form.validate_on_submit():
        try:
            accounts.set_password(user, form.password.data or "")
        except accounts.AccountError as problem:
            form.password.errors = [str(problem)]
        else:
            audit.record("password_set", "staff_user", user.id, actor=user)
            return redirect(url_for(".sign_in"))
    status = 400 if form.errors else 200
    return render_template("staff/set_up.html", form=form, user=user), status


@bp.get("/")
@requires(*ANY_ROLE)
def home() -> str:
    return render_template("staff/home.html")
