"""The spaCy stage: load the English pipeline once and parse texts in batches."""
