"""Readers for the TABARI/PETRARCH dictionary formats.

:mod:`tocsin.dictionaries.tabari` reads actor and agent files; the verb-pattern reader
lives in :mod:`tocsin.dictionaries.verbs_tabari`. The compiled actor dictionary that
tocsin ships (``tocsin/data/actors.json.gz``) is built from these files by
``scripts/build_dictionaries.py`` and used through :mod:`tocsin.coding.actors`.
"""

from tocsin.dictionaries.tabari import (
    ActorEntry,
    AgentEntry,
    CodeRole,
    parse_actor_file,
    parse_agent_file,
)

__all__ = ["ActorEntry", "AgentEntry", "CodeRole", "parse_actor_file", "parse_agent_file"]
