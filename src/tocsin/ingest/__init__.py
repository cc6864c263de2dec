"""The ingest stage: read raw news (text, HTML, JSONL, RSS/Atom, WARC, gzip) into articles.

:func:`read_inputs` is the entry point; :func:`clean_text` and :func:`parse_date` are the
cleaning and date-parsing steps it applies, exposed for callers that already hold text.
"""

from tocsin.ingest.cleaning import clean_text
from tocsin.ingest.dates import parse_date
from tocsin.ingest.readers import make_article_id, read_inputs

__all__ = ["clean_text", "make_article_id", "parse_date", "read_inputs"]
