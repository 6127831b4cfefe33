"""Administrators: staff accounts and the audit trail (never anyone's answers)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time

from flask import Response as HttpResponse
from flask import abort, render_template, request, url_for
from sqlalchemy import Select, select

from feedback import accounts, audit
from feedback.extensions import db
from feedback.models import ROLES, AuditEvent, StaffUser
from feedback.staff import bp
from feedback.staff.access import requires
from feedback.staff.forms import AccountForm, UserForm

AUDIT_PAGE_SIZE = 200


@bp.get("/users")
@requires("admin")
def user_list() -> str:
    users = db.session.scalars(select(StaffUser).order_by(StaffUser.email)).all()
    return render_template("staff/users.html", users=users)


@bp.route("/users/new", methods=["GET", "POST"])
@requires("admin")
def user_new() -> str | tuple[str, int]:
    form = UserForm()
    if form.validate_on_submit():
        try:
            user = accounts.create(form.email.data or "", list(form.roles.data or []))
        except accounts.AccountError as problem:
            form.email.errors = [str(problem)]
        else:
            token = accounts.issue_setup_link(user)
            audit.record("account_created", "staff_user", user.id)
            link = request.host_url.rstrip("/") + url_for(".set_up", token=token)
            return render_template("staff/user_created.html", user=user, link=link)
    status = 400 if form.errors else 200
    return render_template("staff/user_new.html", form=form), status


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@requires("admin")
def user_edit(user_id: int) -> str:
    user = db.session.get(StaffUser, user_id)
    if user is None:
        abort(404)
    form = AccountForm(data={"roles": sorted(user.role_set), "active": user.active})
    saved = False
    if form.validate_on_submit():
        user.roles = " ".join(r for r in ROLES if r in (form.roles.data or []))
        user.active = bool(form.active.data)
        db.session.commit()
        audit.record("account_changed", "staff_user", user.id)
        saved = True
    return render_template("staff/user_edit.html", form=form, user=user, saved=saved)


def _filtered_events() -> Select[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    if action := request.args.get("action"):
        query = query.where(AuditEvent.action == action)
    if actor := request.args.get("actor", type=int):
        query = query.where(AuditEvent.actor_id == actor)
    if since := _day(request.args.get("from")):
        query = query.where(AuditEvent.at >= datetime.combine(since, time.min))
    if until := _day(request.args.get("to")):
        query = query.where(AuditEvent.at <= datetime.combine(until, time.max))
    return query


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


@bp.get("/audit")
@requires("admin")
def audit_trail() -> str:
    events = db.session.scalars(_filtered_events().limit(AUDIT_PAGE_SIZE)).all()
    actions = db.session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action))
    users = db.session.scalars(select(StaffUser).order_by(StaffUser.email)).all()
    return render_template(
        "staff/audit.html", events=events, actions=list(actions), users=users, args=request.args
    )


@bp.get("/audit.csv")
@requires("admin")
def audit_export() -> HttpResponse:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["at_utc", "actor_id", "actor_kind", "action", "record_type", "record_id"])
    for event in db.session.scalars(_filtered_events()):
        writer.writerow(
            [event.at.isoformat(timespec="seconds"), event.actor_id or "", event.actor_kind,
             event.action, event.record_type or "", event.record_id or ""]
        )  # fmt: skip
    audit.record("audit_exported", "audit_event", None)
    return HttpResponse(
        out.getvalue(),
        mimetype="text/csv",
        headers={
            "Content-Disposition": "attachment; filename=audit.csv",
            "Cache-Control": "no-store",
        },
    )
