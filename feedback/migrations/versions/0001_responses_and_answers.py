"""Questionnaire versions, responses and their answers.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 12:55:31.792208

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():

    op.create_table(
        "survey_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=16), nullable=False),
        sa.Column("digest", sa.String(length=32), nullable=False),
        sa.Column("first_used_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_version")),
        sa.UniqueConstraint("survey_id", "digest", name=op.f("uq_survey_version_survey_id")),
    )
    with op.batch_alter_table("survey_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_version_survey_id"), ["survey_id"], unique=False
        )

    op.create_table(
        "response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_version_id", sa.Integer(), nullable=False),
        sa.Column("group", sa.String(length=16), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("session_digest", sa.String(length=64), nullable=True),
        sa.Column("referral_date", sa.Date(), nullable=True),
        sa.Column("panel_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["survey_version_id"],
            ["survey_version.id"],
            name=op.f("fk_response_survey_version_id_survey_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_response")),
        sa.UniqueConstraint("session_digest", name=op.f("uq_response_session_digest")),
    )
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_response_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_response_survey_version_id"), ["survey_version_id"], unique=False
        )

    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["response.id"],
            name=op.f("fk_answer_response_id_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer")),
        sa.UniqueConstraint("response_id", "question_id", name=op.f("uq_answer_response_id")),
    )


def downgrade():

    op.drop_table("answer")
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_response_survey_version_id"))
        batch_op.drop_index(batch_op.f("ix_response_status"))

    op.drop_table("response")
    with op.batch_alter_table("survey_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_version_survey_id"))

    op.drop_table("survey_version")
