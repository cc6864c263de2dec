"""Shared vocabulary: PLOVER categories, CAMEO codes and the mapping between them."""
