"""Staff forms. Staff pages are in English only (see docs/decisions/0004)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    PasswordField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional, Regexp
from wtforms.widgets import CheckboxInput, ListWidget

from feedback.models import ROLES

ROLE_CHOICES = [SelectChoice(role, role.replace("_", " ")) for role in ROLES]


class SignInForm(FlaskForm):
    email = EmailField("Email address", validators=[DataRequired("Enter your email address")])
    password = PasswordField("Password", validators=[DataRequired("Enter your password")])


class CodeForm(FlaskForm):
    code = StringField(
        "Code from your authenticator app",
        validators=[
            DataRequired("Enter the 6-digit code"),
            Regexp(r"^\s*\d{3}\s?\d{3}\s*$", message="Enter the 6-digit code"),
        ],
    )


class PasswordForm(FlaskForm):
    password = PasswordField("New password", validators=[DataRequired("Enter a password")])
    confirm = PasswordField(
        "Confirm password", validators=[EqualTo("password", "The passwords do not match")]
    )


class InvitationForm(FlaskForm):
    survey = SelectField("Questionnaire", validators=[DataRequired("Choose a questionnaire")])
    case_reference = StringField(
        "Case reference (optional)",
        validators=[
            Optional(),
            Length(max=64),
            Regexp(r"^[A-Za-z0-9/_-]+$", message="Use letters, numbers, - / and _ only, no names"),
        ],
    )
    referral_date = DateField("Referral date (optional)", validators=[Optional()])
    panel_date = DateField("Panel date (optional)", validators=[Optional()])


class AssistedForm(FlaskForm):
    others_present = StringField(
        "Who else is here? (optional, roles not names)", validators=[Optional(), Length(max=200)]
    )


class ObservationForm(FlaskForm):
    text = TextAreaField(
        "Your observation", validators=[DataRequired("Write your observation"), Length(max=2000)]
    )


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class UserForm(FlaskForm):
    email = EmailField(
        "Email address", validators=[DataRequired("Enter an email address"), Email()]
    )
    roles = MultiCheckboxField(
        "Roles",
        choices=ROLE_CHOICES,
        validators=[DataRequired("Choose at least one role")],
    )


class AccountForm(FlaskForm):
    roles = MultiCheckboxField("Roles", choices=ROLE_CHOICES)
    active = BooleanField("Account is active")
