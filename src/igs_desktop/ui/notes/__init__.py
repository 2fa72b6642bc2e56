"""Field research notes, knowledge sessions and follow-ups: the support contact's record."""
