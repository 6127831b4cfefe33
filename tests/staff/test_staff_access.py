"""Every route is public on purpose or needs a role; the access matrix, role by page."""

from __future__ import annotations

import pytest
from flask import Flask
from page_checks import ClientRequest
from staff_helpers import make_user, sign_in

from feedback import invitations
from feedback.extensions import db
from feedback.models import StaffUser
from surveys import load_surveys

# Reachable without signing in, on purpose: the respondent journey and signing in itself.
PUBLIC = {
    "static",
    "respond.home",
    "respond.start",
    "respond.begin",
    "respond.carry_on",
    "respond.question",
    "respond.check",
    "respond.submit",
    "respond.done",
    "respond.privacy",
    "respond.quick_exit",
    "respond.save_for_later",
    "respond.resume_with_code",
    "respond.invitation",
    "staff.sign_in",
    "staff.two_factor",
    "staff.set_up",
}


def test_every_route_is_public_on_purpose_or_needs_a_role(app: Flask) -> None:
    unguarded = []
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        roles = getattr(view, "required_roles", None)
        if rule.endpoint in PUBLIC:
            assert not roles, f"{rule.endpoint} is listed as public but asks for roles"
        elif not roles:
            unguarded.append(rule.endpoint)
    assert unguarded == []


PAGES = {
    "/staff/": {"consultant", "analyst", "safeguarding_lead", "admin"},
    "/staff/invitations": {"consultant"},
    "/staff/invitations/new": {"consultant"},
    "/staff/responses": {"analyst"},
    "/staff/responses/export.csv": {"analyst"},
    "/staff/safeguarding": {"safeguarding_lead"},
    "/staff/users": {"admin"},
    "/staff/users/new": {"admin"},
    "/staff/audit": {"admin"},
    "/staff/audit.csv": {"admin"},
}
ROLES = ["consultant", "analyst", "safeguarding_lead", "admin"]


@pytest.mark.parametrize("role", [None, *ROLES])
def test_access_matrix(app: Flask, client_request: ClientRequest, role: str | None) -> None:
    if role:
        sign_in(client_request, app, make_user(app, role))
    for url, allowed in PAGES.items():
        response = client_request.client.get(url)
        if role is None:
            assert response.status_code == 302, url
            assert response.location.startswith("/staff/sign-in?next="), url
        else:
            expected = 200 if role in allowed else 403
            assert response.status_code == expected, f"{role} {url}"


def test_another_consultants_invitation_is_not_found(
    app: Flask, client_request: ClientRequest
) -> None:
    owner = make_user(app, "consultant", email="owner@council.example")
    with app.app_context():
        user = db.session.get(StaffUser, owner)
        invitation, _ = invitations.create(load_surveys()["hsb-parent-carer"], user)  # type: ignore[arg-type]
        invitation_id = invitation.id
    sign_in(client_request, app, make_user(app, "consultant", email="other@council.example"))
    client_request.get(f"/staff/invitations/{invitation_id}", expected_status=404)
    token = client_request.get("/staff/invitations/new").select_one("[name=csrf_token]")["value"]
    for action in ("delete", "new-link", "assisted"):
        url = f"/staff/invitations/{invitation_id}/{action}"
        client_request.post(url, {"csrf_token": token}, expected_status=404)
