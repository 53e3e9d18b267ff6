"""The steps of the interview editor, one module per step (or group of steps)."""
