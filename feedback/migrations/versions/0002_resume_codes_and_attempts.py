"""Resume codes to carry on later, and failed attempts counted against guessing.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 13:04:29.320989

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():

    op.create_table(
        "attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attempt")),
    )
    with op.batch_alter_table("attempt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attempt_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_attempt_source"), ["source"], unique=False)

    op.create_table(
        "resume_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("code_digest", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["response.id"],
            name=op.f("fk_resume_code_response_id_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resume_code")),
        sa.UniqueConstraint("code_digest", name=op.f("uq_resume_code_code_digest")),
        sa.UniqueConstraint("response_id", name=op.f("uq_resume_code_response_id")),
    )


def downgrade():

    op.drop_table("resume_code")
    with op.batch_alter_table("attempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attempt_source"))
        batch_op.drop_index(batch_op.f("ix_attempt_at"))

    op.drop_table("attempt")
