"""Event coding: from a parsed sentence to PLOVER events with actors, time, place and factuality."""
