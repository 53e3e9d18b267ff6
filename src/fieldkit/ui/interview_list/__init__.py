"""The interview list: a lazily fetched table with sorting, filters and search."""
