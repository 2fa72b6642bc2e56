"""Every table of IGS Desktop, so that ``metadata`` knows them all (Alembic compares against it)."""

from .base import metadata, new_id, table_of, utcnow
from .portfolio import (
    KpiValue,
    MembershipRow,
    NewMemberAction,
    PartnershipAction,
    PartnershipRow,
    StimulusGrant,
    SubsidyRow,
    SupportContact,
    TransferRow,
)
from .records import AppMeta, ChangeLogEntry, ReportRecordRow
from .reference import (
    CatalogueAction,
    CatalogueKpi,
    GovernmentRow,
    Merger,
    Objective,
    PopulationFigure,
    ProjectYearRow,
    Region,
)
from .sync import SyncConflictRow
from .work import (
    Attachment,
    FollowUp,
    KnowledgeSession,
    KnowledgeSessionParticipant,
    Note,
    NoteDraft,
    NoteGovernment,
    NoteTag,
    SupportTrack,
)

__all__ = [
    "AppMeta",
    "Attachment",
    "CatalogueAction",
    "CatalogueKpi",
    "ChangeLogEntry",
    "FollowUp",
    "GovernmentRow",
    "KnowledgeSession",
    "KnowledgeSessionParticipant",
    "KpiValue",
    "MembershipRow",
    "Merger",
    "NewMemberAction",
    "Note",
    "NoteDraft",
    "NoteGovernment",
    "NoteTag",
    "Objective",
    "PartnershipAction",
    "PartnershipRow",
    "PopulationFigure",
    "ProjectYearRow",
    "Region",
    "ReportRecordRow",
    "StimulusGrant",
    "SubsidyRow",
    "SupportContact",
    "SupportTrack",
    "SyncConflictRow",
    "TransferRow",
    "metadata",
    "new_id",
    "table_of",
    "utcnow",
]
