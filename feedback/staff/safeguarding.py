"""Safeguarding leads: flagged answers, with the case reference, to act on at once."""

from __future__ import annotations

from flask import abort, g, redirect, render_template, url_for
from sqlalchemy import select
from werkzeug import Response as HttpResponse

from feedback import audit, safeguarding
from feedback.extensions import db
from feedback.models import Invitation, SafeguardingFlag
from feedback.respond.forms import ActionForm
from feedback.staff import bp
from feedback.staff.access import requires


@bp.get("/safeguarding")
@requires("safeguarding_lead")
def safeguarding_queue() -> str:
    return render_template("staff/safeguarding.html", flags=safeguarding.open_flags())


@bp.get("/safeguarding/<int:flag_id>")
@requires("safeguarding_lead")
def safeguarding_flag(flag_id: int) -> str:
    flag = db.session.get(SafeguardingFlag, flag_id)
    if flag is None:
        abort(404)
    invitation = db.session.scalar(select(Invitation).filter_by(response_id=flag.response_id))
    answer = next(a for a in flag.response.answers if a.question_id == flag.question_id)
    audit.record("safeguarding_flag_viewed", "response", flag.response_id)
    return render_template(
        "staff/safeguarding_flag.html",
        flag=flag,
        answer=answer.value,
        case_reference=invitation.case_reference if invitation else None,
        form=ActionForm(),
    )


@bp.post("/safeguarding/<int:flag_id>/reviewed")
@requires("safeguarding_lead")
def safeguarding_reviewed(flag_id: int) -> HttpResponse:
    flag = db.session.get(SafeguardingFlag, flag_id)
    if flag is None or not ActionForm().validate_on_submit():
        abort(404 if flag is None else 400)
    safeguarding.mark_reviewed(flag, g.staff_user.id)
    audit.record("safeguarding_flag_reviewed", "response", flag.response_id)
    return redirect(url_for(".safeguarding_queue"))
