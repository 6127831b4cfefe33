"""Consultants' invitations: create one, show its link and QR code, follow its status."""

from __future__ import annotations

import segno
from flask import abort, g, render_template, request
from sqlalchemy import select
from werkzeug import Response as HttpResponse
from wtforms import SelectChoice

from feedback import audit, invitations
from feedback.extensions import db
from feedback.models import Invitation
from feedback.respond.forms import ActionForm
from feedback.staff import bp
from feedback.staff.access import requires
from feedback.staff.forms import AssistedForm, InvitationForm
from feedback.surveys_registry import all_surveys


def own_invitation(invitation_id: int) -> Invitation:
    """One of the signed-in consultant's own invitations; anyone else's is not found."""
    invitation = db.session.get(Invitation, invitation_id)
    if invitation is None or invitation.created_by_id != g.staff_user.id:
        abort(404)
    return invitation


@bp.get("/invitations")
@requires("consultant")
def invitation_list() -> str:
    mine = db.session.scalars(
        select(Invitation)
        .filter_by(created_by_id=g.staff_user.id)
        .order_by(Invitation.created_at.desc())
    ).all()
    return render_template("staff/invitations.html", invitations=mine, surveys=all_surveys())


@bp.route("/invitations/new", methods=["GET", "POST"])
@requires("consultant")
def invitation_new() -> str | tuple[str, int]:
    form = InvitationForm()
    form.survey.choices = [SelectChoice(s.id, s.title) for s in all_surveys().values()]
    if form.validate_on_submit():
        survey = all_surveys()[form.survey.data or ""]
        invitation, token = invitations.create(
            survey,
            g.staff_user,
            case_reference=form.case_reference.data,
            referral_date=form.referral_date.data,
            panel_date=form.panel_date.data,
        )
        audit.record("invitation_created", "invitation", invitation.id)
        return _show_link(invitation, token)
    status = 400 if form.errors else 200
    return render_template("staff/invitation_new.html", form=form), status


@bp.post("/invitations/<int:invitation_id>/new-link")
@requires("consultant")
def invitation_new_link(invitation_id: int) -> str | HttpResponse:
    invitation = own_invitation(invitation_id)
    if not ActionForm().validate_on_submit() or invitation.status == "submitted":
        abort(400)
    token = invitations.renew(invitation)
    audit.record("invitation_link_renewed", "invitation", invitation.id)
    return _show_link(invitation, token)


def _show_link(invitation: Invitation, token: str) -> str:
    """The link is shown once, here: only its hash is kept."""
    url = request.host_url.rstrip("/") + invitations.link(token)
    qr = segno.make(url, error="m").svg_data_uri(scale=5)
    return render_template("staff/invitation_link.html", invitation=invitation, url=url, qr=qr)


@bp.get("/invitations/<int:invitation_id>")
@requires("consultant")
def invitation_detail(invitation_id: int) -> str:
    invitation = own_invitation(invitation_id)
    return render_template(
        "staff/invitation.html",
        invitation=invitation,
        survey=all_surveys().get(invitation.survey_id),
        form=ActionForm(),
        assisted_form=AssistedForm(),
    )


@bp.post("/invitations/<int:invitation_id>/delete")
@requires("consultant")
def invitation_delete(invitation_id: int) -> HttpResponse | str:
    invitation = own_invitation(invitation_id)
    if not ActionForm().validate_on_submit() or invitation.response is not None:
        abort(400)
    db.session.delete(invitation)
    db.session.commit()
    audit.record("invitation_deleted", "invitation", invitation_id)
    return render_template("staff/invitation_deleted.html")
