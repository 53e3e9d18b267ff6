"""The start screens: first-run welcome (create a profile) and choose-and-unlock."""
