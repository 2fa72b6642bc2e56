"""Every table of IGS Desktop, so that ``metadata`` knows them all (Alembic compares against it)."""

from .base import metadata, new_id, utcnow
from .portfolio import (
    KpiValue,
    MembershipRow,
    NewMemberAction,
    PartnershipAction,
    PartnershipRow,
    StimulusGrant,
    Subsidy,
    SupportContact,
    Transfer,
)
from .records import AppMeta, ChangeLogEntry, ReportRecord
from .reference import (
    CatalogueAction,
    CatalogueKpi,
    GovernmentRow,
    Merger,
    Objective,
    PopulationFigure,
    ProjectYear,
    Region,
)
from .work import (
    Attachment,
    FollowUp,
    KnowledgeSession,
    KnowledgeSessionParticipant,
    Note,
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
    "NoteGovernment",
    "NoteTag",
    "Objective",
    "PartnershipAction",
    "PartnershipRow",
    "PopulationFigure",
    "ProjectYear",
    "Region",
    "ReportRecord",
    "StimulusGrant",
    "Subsidy",
    "SupportContact",
    "SupportTrack",
    "Transfer",
    "metadata",
    "new_id",
    "utcnow",
]
