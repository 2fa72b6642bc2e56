"""The partnership page and its tabs."""
