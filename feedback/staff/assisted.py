"""Starting an assisted interview, adding observations, and handing the device over."""

from __future__ import annotations

from flask import abort, g, redirect, url_for
from flask_babel import get_locale
from werkzeug import Response as HttpResponse

from feedback import assisted, audit, invitations
from feedback.extensions import db
from feedback.models import Response
from feedback.respond import journey
from feedback.respond.forms import ActionForm
from feedback.staff import bp, sessions
from feedback.staff.access import requires
from feedback.staff.forms import AssistedForm, ObservationForm
from feedback.staff.invitations import own_invitation
from feedback.surveys_registry import all_surveys


@bp.post("/invitations/<int:invitation_id>/assisted")
@requires("consultant")
def assisted_start(invitation_id: int) -> HttpResponse:
    invitation = own_invitation(invitation_id)
    form = AssistedForm()
    if not form.validate_on_submit() or invitation.status == "submitted":
        abort(400)
    survey = all_surveys()[invitation.survey_id]
    response, token = invitations.open_response(
        invitation, survey, language=str(get_locale()), mode="assisted"
    )
    response.mode = "assisted"
    response.assisted_by_id = g.staff_user.id
    response.others_present = form.others_present.data or None
    db.session.commit()
    journey.remember(survey, token)
    audit.record("assisted_interview_started", "response", response.id)
    return redirect(url_for("respond.carry_on", survey_id=survey.id))


def _assisted_response(response_id: int) -> Response:
    response = db.session.get(Response, response_id)
    if response is None or assisted.assisting(response) is None:
        abort(404)
    return response


@bp.post("/assisted/<int:response_id>/<question_id>/observation")
@requires("consultant")
def observation_add(response_id: int, question_id: str) -> HttpResponse:
    response = _assisted_response(response_id)
    form = ObservationForm()
    if form.validate_on_submit():
        assisted.add_observation(response, question_id, form.text.data or "", g.staff_user)
        audit.record("observation_added", "response", response.id)
    back = url_for("respond.question", survey_id=response.survey_id, question_id=question_id)
    return redirect(back)


@bp.post("/assisted/<int:response_id>/hand-over")
@requires("consultant")
def hand_over(response_id: int) -> HttpResponse:
    """The young person answers alone: staff pages need the password and code again."""
    response = _assisted_response(response_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    audit.record("device_handed_over", "response", response.id)
    sessions.lock(g.staff_session)
    return redirect(url_for("respond.carry_on", survey_id=response.survey_id))
