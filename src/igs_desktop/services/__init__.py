"""Use cases: one transaction each, the domain's rules applied, a summary of what changed. No Qt."""
