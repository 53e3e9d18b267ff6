"""inbox layer."""
