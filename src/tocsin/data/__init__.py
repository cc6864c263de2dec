"""Package data: compiled dictionaries, lexicons and reference tables (see NOTICE.md)."""
