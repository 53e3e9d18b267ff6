"""Auto-lock after idle time."""
