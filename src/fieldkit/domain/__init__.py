"""The record: types, vocabularies, validation and canonical JSON. Standard library only."""
