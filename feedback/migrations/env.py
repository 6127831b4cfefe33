"""Alembic environment: runs the migrations on the app's own database connection."""

import logging

from alembic import context
from flask import current_app

config = context.config
log = logging.getLogger("alembic.env")

database = current_app.extensions["migrate"].db
config.set_main_option(
    "sqlalchemy.url", database.engine.url.render_as_string(hide_password=False).replace("%", "%%")
)


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=database.metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    with database.engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=database.metadata,
            render_as_batch=True,  # SQLite can only alter tables by copying them
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
