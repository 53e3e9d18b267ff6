"""FieldKit: offline-first, encrypted documentation of war-crimes testimony."""

__version__ = "0.1.0"
