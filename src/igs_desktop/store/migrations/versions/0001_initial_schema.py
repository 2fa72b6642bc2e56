"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_meta",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )
    op.create_table(
        "change_log",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("changed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("changed_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("operation", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("entity_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("field", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("old_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("new_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("partnership_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_changed_at"), ["changed_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_change_log_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "merger",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("old_nis_code", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("old_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("new_nis_code", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("new_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merger")),
    )
    with op.batch_alter_table("merger", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merger_new_nis_code"), ["new_nis_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_merger_old_nis_code"), ["old_nis_code"], unique=False)

    op.create_table(
        "objective",
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("form_heading", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("shipped", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_objective")),
    )
    op.create_table(
        "project_year",
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("submission_opens", sa.Date(), nullable=True),
        sa.Column("submission_deadline", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("decision", sa.Date(), nullable=True),
        sa.Column("interim_kpi_deadline", sa.Date(), nullable=True),
        sa.Column("final_kpi_deadline", sa.Date(), nullable=True),
        sa.Column("budget_granted_cents", sa.Integer(), nullable=True),
        sa.Column("population_criterion", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("shipped", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_project_year")),
    )
    op.create_table(
        "region",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("provinces", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("shipped", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_region")),
    )
    op.create_table(
        "report_record",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("subject_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("project_year", sa.Integer(), nullable=True),
        sa.Column("period_from", sa.Date(), nullable=True),
        sa.Column("period_to", sa.Date(), nullable=True),
        sa.Column("file_path", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("produced_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("data_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_record")),
    )
    with op.batch_alter_table("report_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_report_record_subject_id"), ["subject_id"], unique=False
        )

    op.create_table(
        "support_contact",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("is_user", sa.Boolean(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_contact")),
    )
    op.create_table(
        "catalogue_action",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("catalogue_key", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("objective_number", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("number_certain", sa.Boolean(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("remarks", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("financing", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("supported", sa.Boolean(), nullable=False),
        sa.Column("supported_source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("sources", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("shipped", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["objective_number"],
            ["objective.number"],
            name=op.f("fk_catalogue_action_objective_number_objective"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_action")),
        sa.UniqueConstraint("catalogue_key", name=op.f("uq_catalogue_action_catalogue_key")),
    )
    with op.batch_alter_table("catalogue_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_catalogue_action_number"), ["number"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_catalogue_action_objective_number"), ["objective_number"], unique=False
        )

    op.create_table(
        "government",
        sa.Column("nis_code", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("province", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("region_code", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("merged_into", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=True),
        sa.Column("region_basis", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("shipped", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_government_region_code_region")
        ),
        sa.PrimaryKeyConstraint("nis_code", name=op.f("pk_government")),
    )
    with op.batch_alter_table("government", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_government_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_government_region_code"), ["region_code"], unique=False
        )

    op.create_table(
        "catalogue_kpi",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("catalogue_key", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("action_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("unit", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("eur_per_unit_cents", sa.Integer(), nullable=True),
        sa.Column("max_units_per_applicant", sa.Integer(), nullable=True),
        sa.Column("shipped", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["catalogue_action.id"],
            name=op.f("fk_catalogue_kpi_action_id_catalogue_action"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_kpi")),
        sa.UniqueConstraint("catalogue_key", name=op.f("uq_catalogue_kpi_catalogue_key")),
    )
    with op.batch_alter_table("catalogue_kpi", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_catalogue_kpi_action_id"), ["action_id"], unique=False)

    op.create_table(
        "partnership",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("submitter_nis", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("formed_year", sa.Integer(), nullable=False),
        sa.Column("kpi", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("support_contact_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["formed_year"],
            ["project_year.number"],
            name=op.f("fk_partnership_formed_year_project_year"),
        ),
        sa.ForeignKeyConstraint(
            ["submitter_nis"],
            ["government.nis_code"],
            name=op.f("fk_partnership_submitter_nis_government"),
        ),
        sa.ForeignKeyConstraint(
            ["support_contact_id"],
            ["support_contact.id"],
            name=op.f("fk_partnership_support_contact_id_support_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership")),
    )
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partnership_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_partnership_support_contact_id"), ["support_contact_id"], unique=False
        )

    op.create_table(
        "population_figure",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("nis_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("project_year", sa.Integer(), nullable=False),
        sa.Column("non_eu14", sa.Integer(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("fictitious", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["nis_code"],
            ["government.nis_code"],
            name=op.f("fk_population_figure_nis_code_government"),
        ),
        sa.ForeignKeyConstraint(
            ["project_year"],
            ["project_year.number"],
            name=op.f("fk_population_figure_project_year_project_year"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_population_figure")),
        sa.UniqueConstraint(
            "nis_code", "project_year", name=op.f("uq_population_figure_nis_code_project_year")
        ),
    )
    with op.batch_alter_table("population_figure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_population_figure_nis_code"), ["nis_code"], unique=False
        )

    op.create_table(
        "knowledge_session",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("partnership_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("topic", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("shared", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("agreements", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_knowledge_session_partnership_id_partnership"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_session")),
    )
    with op.batch_alter_table("knowledge_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_knowledge_session_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "membership",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("partnership_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("nis_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("joined_year", sa.Integer(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_year", sa.Integer(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("transfer_arrangement", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["joined_year"],
            ["project_year.number"],
            name=op.f("fk_membership_joined_year_project_year"),
        ),
        sa.ForeignKeyConstraint(
            ["left_year"],
            ["project_year.number"],
            name=op.f("fk_membership_left_year_project_year"),
        ),
        sa.ForeignKeyConstraint(
            ["nis_code"], ["government.nis_code"], name=op.f("fk_membership_nis_code_government")
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_membership_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_nis_code"), ["nis_code"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_membership_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "new_member_action",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("partnership_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("project_year", sa.Integer(), nullable=False),
        sa.Column("action_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["catalogue_action.id"],
            name=op.f("fk_new_member_action_action_id_catalogue_action"),
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_new_member_action_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_year"],
            ["project_year.number"],
            name=op.f("fk_new_member_action_project_year_project_year"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_new_member_action")),
        sa.UniqueConstraint(
            "partnership_id",
            "project_year",
            "action_id",
            name=op.f("uq_new_member_action_partnership_id_project_year_action_id"),
        ),
    )
    with op.batch_alter_table("new_member_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_new_member_action_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "partnership_action",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("partnership_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("action_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("subsidy_cents", sa.Integer(), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["catalogue_action.id"],
            name=op.f("fk_partnership_action_action_id_catalogue_action"),
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_partnership_action_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership_action")),
        sa.UniqueConstraint(
            "partnership_id",
            "action_id",
            name=op.f("uq_partnership_action_partnership_id_action_id"),
        ),
    )
    with op.batch_alter_table("partnership_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partnership_action_action_id"), ["action_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_partnership_action_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "stimulus_grant",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("partnership_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("project_year", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("granted_on", sa.Date(), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_stimulus_grant_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_year"],
            ["project_year.number"],
            name=op.f("fk_stimulus_grant_project_year_project_year"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stimulus_grant")),
    )
    with op.batch_alter_table("stimulus_grant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stimulus_grant_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "subsidy",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("partnership_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("project_year", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_subsidy_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_year"],
            ["project_year.number"],
            name=op.f("fk_subsidy_project_year_project_year"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subsidy")),
    )
    with op.batch_alter_table("subsidy", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_subsidy_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "support_track",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("partnership_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("action_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("theme", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("phase", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("next_step", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("support_contact_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["catalogue_action.id"],
            name=op.f("fk_support_track_action_id_catalogue_action"),
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_support_track_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["support_contact_id"],
            ["support_contact.id"],
            name=op.f("fk_support_track_support_contact_id_support_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_track")),
    )
    with op.batch_alter_table("support_track", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_support_track_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "transfer",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("partnership_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("to_nis", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("project_year", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_transfer_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_year"],
            ["project_year.number"],
            name=op.f("fk_transfer_project_year_project_year"),
        ),
        sa.ForeignKeyConstraint(
            ["to_nis"], ["government.nis_code"], name=op.f("fk_transfer_to_nis_government")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer")),
    )
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_transfer_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "follow_up",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("partnership_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("partnership_action_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("support_track_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("done_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_action_id"],
            ["partnership_action.id"],
            name=op.f("fk_follow_up_partnership_action_id_partnership_action"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_follow_up_partnership_id_partnership"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["support_track_id"],
            ["support_track.id"],
            name=op.f("fk_follow_up_support_track_id_support_track"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_follow_up_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "knowledge_session_participant",
        sa.Column("session_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("nis_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["nis_code"],
            ["government.nis_code"],
            name=op.f("fk_knowledge_session_participant_nis_code_government"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["knowledge_session.id"],
            name=op.f("fk_knowledge_session_participant_session_id_knowledge_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "session_id", "nis_code", name=op.f("pk_knowledge_session_participant")
        ),
    )
    op.create_table(
        "kpi_value",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("partnership_action_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kpi_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("project_year", sa.Integer(), nullable=False),
        sa.Column("target", sa.Integer(), nullable=True),
        sa.Column("interim_actual", sa.Integer(), nullable=True),
        sa.Column("final_actual", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["kpi_id"], ["catalogue_kpi.id"], name=op.f("fk_kpi_value_kpi_id_catalogue_kpi")
        ),
        sa.ForeignKeyConstraint(
            ["partnership_action_id"],
            ["partnership_action.id"],
            name=op.f("fk_kpi_value_partnership_action_id_partnership_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_year"],
            ["project_year.number"],
            name=op.f("fk_kpi_value_project_year_project_year"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_value")),
        sa.UniqueConstraint(
            "partnership_action_id",
            "kpi_id",
            "project_year",
            name=op.f("uq_kpi_value_partnership_action_id_kpi_id_project_year"),
        ),
    )
    with op.batch_alter_table("kpi_value", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_kpi_value_partnership_action_id"),
            ["partnership_action_id"],
            unique=False,
        )

    op.create_table(
        "note",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("body", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("partnership_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("action_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("knowledge_session_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("include_in_reports", sa.Boolean(), nullable=False),
        sa.Column("personal_data", sa.Boolean(), nullable=False),
        sa.Column("erased_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"], ["catalogue_action.id"], name=op.f("fk_note_action_id_catalogue_action")
        ),
        sa.ForeignKeyConstraint(
            ["knowledge_session_id"],
            ["knowledge_session.id"],
            name=op.f("fk_note_knowledge_session_id_knowledge_session"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_note_partnership_id_partnership"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_note_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "attachment",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("note_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("file_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"], ["note.id"], name=op.f("fk_attachment_note_id_note"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_note_id"), ["note_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "note_government",
        sa.Column("note_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("nis_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["nis_code"],
            ["government.nis_code"],
            name=op.f("fk_note_government_nis_code_government"),
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["note.id"],
            name=op.f("fk_note_government_note_id_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("note_id", "nis_code", name=op.f("pk_note_government")),
    )
    op.create_table(
        "note_tag",
        sa.Column("note_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("tag", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"], ["note.id"], name=op.f("fk_note_tag_note_id_note"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("note_id", "tag", name=op.f("pk_note_tag")),
    )


def downgrade() -> None:
    op.drop_table("note_tag")
    op.drop_table("note_government")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_note_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_partnership_id"))

    op.drop_table("note")
    with op.batch_alter_table("kpi_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_value_partnership_action_id"))

    op.drop_table("kpi_value")
    op.drop_table("knowledge_session_participant")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_partnership_id"))

    op.drop_table("follow_up")
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_partnership_id"))

    op.drop_table("transfer")
    with op.batch_alter_table("support_track", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_track_partnership_id"))

    op.drop_table("support_track")
    with op.batch_alter_table("subsidy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subsidy_partnership_id"))

    op.drop_table("subsidy")
    with op.batch_alter_table("stimulus_grant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stimulus_grant_partnership_id"))

    op.drop_table("stimulus_grant")
    with op.batch_alter_table("partnership_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_action_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_action_action_id"))

    op.drop_table("partnership_action")
    with op.batch_alter_table("new_member_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_new_member_action_partnership_id"))

    op.drop_table("new_member_action")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_membership_nis_code"))

    op.drop_table("membership")
    with op.batch_alter_table("knowledge_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_session_partnership_id"))

    op.drop_table("knowledge_session")
    with op.batch_alter_table("population_figure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_population_figure_nis_code"))

    op.drop_table("population_figure")
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_support_contact_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_name"))

    op.drop_table("partnership")
    with op.batch_alter_table("catalogue_kpi", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_catalogue_kpi_action_id"))

    op.drop_table("catalogue_kpi")
    with op.batch_alter_table("government", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_government_region_code"))
        batch_op.drop_index(batch_op.f("ix_government_name"))

    op.drop_table("government")
    with op.batch_alter_table("catalogue_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_catalogue_action_objective_number"))
        batch_op.drop_index(batch_op.f("ix_catalogue_action_number"))

    op.drop_table("catalogue_action")
    op.drop_table("support_contact")
    with op.batch_alter_table("report_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_record_subject_id"))

    op.drop_table("report_record")
    op.drop_table("region")
    op.drop_table("project_year")
    op.drop_table("objective")
    with op.batch_alter_table("merger", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merger_old_nis_code"))
        batch_op.drop_index(batch_op.f("ix_merger_new_nis_code"))

    op.drop_table("merger")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_change_log_changed_at"))

    op.drop_table("change_log")
    op.drop_table("app_meta")
