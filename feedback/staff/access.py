"""Who may see which staff page: every staff view declares its roles, and is refused otherwise."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import abort, g, redirect, request, url_for

from feedback.staff import sessions

View = TypeVar("View", bound=Callable[..., Any])
ANY_ROLE = ("consultant", "analyst", "safeguarding_lead", "admin")


def load_staff() -> None:
    """Before every request: the signed-in member of staff, if any, for views and the audit."""
    staff_session = sessions.current()
    g.staff_session = staff_session
    complete = staff_session is not None and staff_session.stage == "complete"
    g.staff_user = staff_session.user if complete and staff_session else None


def requires(*roles: str) -> Callable[[View], View]:
    """Only signed-in staff (password and code given, device not handed over) with a role."""

    def decorate(view: View) -> View:
        @wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            user = g.get("staff_user")
            if user is None:
                return redirect(url_for("staff.sign_in", next=request.full_path.rstrip("?")))
            if not user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)

        guarded.required_roles = roles  # type: ignore[attr-defined]
        return guarded  # type: ignore[return-value]

    return decorate


def public(view: View) -> View:
    """Marks a staff view that must be reachable before sign-in (sign-in itself, set-up links)."""
    view.required_roles = ()  # type: ignore[attr-defined]
    return view
