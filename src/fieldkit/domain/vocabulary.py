"""The versioned, translated vocabularies, loaded from the JSON files in ``vocabularies/``.

The vocabularies are data, not code (see ``docs/vocabularies.md``). Each file names itself
and carries a version; a record stores the versions it was written against
(:func:`versions`), so an old record keeps its meaning when a file changes. Codes are
stable and never reused; labels exist in English, Ukrainian and Polish.

Every file is validated when it is first loaded. A malformed file raises
:class:`FieldKitError` with the code ``vocabulary.malformed``; a code that is not in a
vocabulary raises :class:`UnknownTerm`. Standard library only.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from types import MappingProxyType

from fieldkit.domain.errors import FieldKitError, UnknownTerm

__all__ = [
    "LANGUAGES",
    "Term",
    "Vocabulary",
    "closed_list",
    "consent_explanations",
    "consent_scopes",
    "list_names",
    "parse_vocabulary",
    "roles",
    "versions",
    "violation_groups",
    "violations",
]

LANGUAGES: tuple[str, ...] = ("en", "uk", "pl")
"""The languages every label must exist in; English is the fallback."""

MALFORMED = "vocabulary.malformed"

_PACKAGE = "fieldkit.domain"
_FOLDER = "vocabularies"
_FILES: tuple[str, ...] = ("violations", "consent", "roles", "lists")
_CODE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_MAX_SHOWN = 40
# Fields whose strings the picker searches besides the labels.
_SEARCHED = ("keywords", "rome_statute", "ua_cc", "pl_kk")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'"})
_FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "l"})


def _shown(text: str) -> str:
    """A piece of outside input fit for a message: short, and control characters escaped."""
    cut = text[:_MAX_SHOWN] + ("..." if len(text) > _MAX_SHOWN else "")
    return repr(cut)


def _fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form used for matching."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_APOSTROPHES).casefold()


def _strings(value: object) -> Iterator[str]:
    """Every string inside a frozen JSON value (strings, tuples and mappings)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)


@dataclass(frozen=True)
class Term:
    """One entry of a vocabulary: a stable code, its labels and any extra fields."""

    code: str
    labels: Mapping[str, str]
    extra: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def __hash__(self) -> int:
        return hash(self.code)

    def label(self, lang: str) -> str:
        """The label in ``lang``, or the English one for a language the file lacks."""
        return self.labels.get(lang) or self.labels["en"]

    def strings(self, key: str) -> tuple[str, ...]:
        """The strings of an extra field (a string or a list of strings); empty if absent."""
        return tuple(_strings(self.extra.get(key)))

    @cached_property
    def _haystack(self) -> tuple[str, ...]:
        texts = [self.code, *self.labels.values()]
        for key in _SEARCHED:
            texts.extend(_strings(self.extra.get(key)))
        return tuple(_fold(text) for text in texts)

    def matches(self, text: str, lang: str) -> bool:
        """Whether ``text`` occurs in the code, any label, keyword or legal citation.

        Matching ignores case, diacritics and the kind of apostrophe, so "tortur",
        "ТОРТУР" and "катув" all find torture. Empty text matches every term.
        """
        needle = _fold(text.strip())
        if not needle:
            return True
        if needle in _fold(self.label(lang)):
            return True
        return any(needle in hay for hay in self._haystack)


@dataclass(frozen=True)
class Vocabulary:
    """A named, versioned, ordered set of terms with unique codes."""

    name: str
    version: str
    terms: tuple[Term, ...]
    description: str = ""
    _index: Mapping[str, Term] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, Term] = {}
        for term in self.terms:
            if term.code in index:
                raise FieldKitError(
                    f"The vocabulary {self.name!r} lists the code {_shown(term.code)} twice.",
                    code=MALFORMED,
                )
            index[term.code] = term
        object.__setattr__(self, "_index", MappingProxyType(index))

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def get(self, code: str) -> Term:
        """The term with this code; :class:`UnknownTerm` if there is none."""
        try:
            term = self._index.get(code)
        except TypeError:  # an unhashable value from outside
            term = None
        if term is None:
            raise UnknownTerm(
                f"{_shown(str(code))} is not a code of the vocabulary {self.name!r} "
                f"(version {self.version}). Choose a term from the list."
            )
        return term

    def has(self, code: str) -> bool:
        try:
            return code in self._index
        except TypeError:
            return False

    def codes(self) -> tuple[str, ...]:
        return tuple(term.code for term in self.terms)

    def search(self, text: str, lang: str) -> tuple[Term, ...]:
        """Terms matching ``text``: label prefix matches in ``lang`` first, then the rest.

        Within each rank the file order is kept. Empty text returns every term.
        """
        needle = _fold(text.strip())
        found = [term for term in self.terms if term.matches(text, lang)]
        if not needle:
            return tuple(found)

        def rank(term: Term) -> int:
            label = _fold(term.label(lang))
            if label.startswith(needle):
                return 0
            return 1 if needle in label else 2

        return tuple(sorted(found, key=rank))


# --------------------------------------------------------------------------- validation


def _malformed(source: str, problem: str) -> FieldKitError:
    return FieldKitError(
        f"The vocabulary file {source} is malformed: {problem}. "
        "Reinstall FieldKit or restore the file from the release.",
        code=MALFORMED,
    )


def _freeze(value: object) -> object:
    """JSON value -> immutable equivalent (lists to tuples, objects to read-only mappings)."""
    if isinstance(value, list):
        return tuple(_freeze(item) for item in value)
    if isinstance(value, dict):
        return MappingProxyType({str(k): _freeze(v) for k, v in value.items()})
    return value


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key[:_MAX_SHOWN]!r}")
        result[key] = value
    return result


def _decode(text: str, source: str) -> dict[str, object]:
    try:
        data: object = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except ValueError as exc:  # JSONDecodeError is a ValueError
        raise _malformed(source, f"not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise _malformed(source, "the top level is not an object")
    return data


def _text(doc: Mapping[str, object], key: str, source: str, *, required: bool = True) -> str:
    value = doc.get(key, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise _malformed(source, f"{key!r} is missing or not a non-empty string")
    return value


def _string_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _term(raw: object, where: str, source: str) -> Term:
    if not isinstance(raw, dict):
        raise _malformed(source, f"{where} is not an object")
    code = raw.get("code")
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise _malformed(
            source,
            f"{where} has no valid code (lowercase ASCII letters, digits, '-' and '_')",
        )
    where = f"{where} ({code})"
    labels = raw.get("labels")
    if not isinstance(labels, dict):
        raise _malformed(source, f"{where} has no labels")
    for lang in LANGUAGES:
        label = labels.get(lang)
        if not isinstance(label, str) or not label.strip():
            raise _malformed(source, f"{where} has no {lang!r} label")
    if not all(isinstance(v, str) for v in labels.values()):
        raise _malformed(source, f"{where} has a label that is not a string")
    keywords = raw.get("keywords")
    if keywords is not None and not (
        isinstance(keywords, dict) and all(_string_list(v) for v in keywords.values())
    ):
        raise _malformed(source, f"{where} has keywords that are not lists of strings")
    extra = {k: _freeze(v) for k, v in raw.items() if k not in ("code", "labels")}
    return Term(
        code=code,
        labels=MappingProxyType({str(k): str(v) for k, v in labels.items()}),
        extra=MappingProxyType(extra),
    )


def _vocabulary(
    items: object, *, name: str, version: str, description: str, source: str, where: str
) -> Vocabulary:
    if not isinstance(items, list) or not items:
        raise _malformed(source, f"{where!r} is missing or not a non-empty list")
    terms = tuple(_term(raw, f"{where}[{i}]", source) for i, raw in enumerate(items))
    seen: set[str] = set()
    for term in terms:
        if term.code in seen:
            raise _malformed(source, f"the code {term.code!r} occurs twice in {where!r}")
        seen.add(term.code)
    return Vocabulary(name=name, version=version, terms=terms, description=description)


def parse_vocabulary(
    text: str, *, source: str = "<text>", key: str = "terms", name: str | None = None
) -> Vocabulary:
    """Parse and validate one JSON document holding a flat list of terms under ``key``.

    ``name`` defaults to the document's own ``vocabulary`` field. Raises
    :class:`FieldKitError` with code ``vocabulary.malformed`` on any defect.
    """
    doc = _decode(text, source)
    own = _text(doc, "vocabulary", source)
    return _vocabulary(
        doc.get(key),
        name=name or own,
        version=_text(doc, "version", source),
        description=_text(doc, "description", source, required=False),
        source=source,
        where=key,
    )


# --------------------------------------------------------------------------- the files


@cache
def _document(stem: str) -> dict[str, object]:
    """The decoded file ``vocabularies/<stem>.json``, its header checked."""
    source = f"{_FOLDER}/{stem}.json"
    try:
        text = resources.files(_PACKAGE).joinpath(_FOLDER, f"{stem}.json").read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _malformed(source, f"it cannot be read ({type(exc).__name__})") from None
    doc = _decode(text, source)
    if _text(doc, "vocabulary", source) != stem:
        raise _malformed(source, f"its 'vocabulary' field is not {stem!r}")
    _text(doc, "version", source)
    return doc


def _from_file(stem: str, key: str, name: str) -> Vocabulary:
    doc = _document(stem)
    source = f"{_FOLDER}/{stem}.json"
    return _vocabulary(
        doc.get(key),
        name=name,
        version=_text(doc, "version", source),
        description=_text(doc, "description", source, required=False),
        source=source,
        where=key,
    )


@cache
def violation_groups() -> Vocabulary:
    """The groups of violations (Rome Statute Art. 6, 7, 8(2)(a), (b), (c), (e))."""
    return _from_file("violations", "groups", "violations.groups")


@cache
def violations() -> Vocabulary:
    """The classification of alleged acts, each mapped to the Ukrainian and Polish codes."""
    vocab = _from_file("violations", "terms", "violations")
    groups = violation_groups()
    source = f"{_FOLDER}/violations.json"
    for term in vocab:
        group = term.extra.get("group")
        if not isinstance(group, str) or not groups.has(group):
            raise _malformed(source, f"term {term.code!r} has no known group")
        for key in ("rome_statute", "ua_cc", "pl_kk"):
            if not term.strings(key):
                raise _malformed(source, f"term {term.code!r} has no {key!r}")
    return vocab


@cache
def consent_scopes() -> Vocabulary:
    """The consent scopes; a scope with a ``recipient`` authorises sharing with it."""
    vocab = _from_file("consent", "scopes", "consent.scopes")
    source = f"{_FOLDER}/consent.json"
    for term in vocab:
        if not isinstance(term.extra.get("required", False), bool):
            raise _malformed(source, f"scope {term.code!r} has a 'required' that is not a bool")
        recipient = term.extra.get("recipient")
        if recipient is not None and not (isinstance(recipient, str) and recipient):
            raise _malformed(source, f"scope {term.code!r} has an invalid recipient")
    return vocab


@cache
def consent_explanations() -> Vocabulary:
    """What must be explained before consent is taken (RECORD.md D)."""
    return _from_file("consent", "explanations", "consent.explanations")


@cache
def roles() -> Vocabulary:
    """Profile roles, each with the record kinds it may create (``can_create``)."""
    vocab = _from_file("roles", "terms", "roles")
    for term in vocab:
        if not isinstance(term.extra.get("can_create"), tuple):
            raise _malformed(
                f"{_FOLDER}/roles.json", f"role {term.code!r} has no 'can_create' list"
            )
    return vocab


@cache
def _lists() -> Mapping[str, Vocabulary]:
    doc = _document("lists")
    source = f"{_FOLDER}/lists.json"
    raw = doc.get("lists")
    if not isinstance(raw, dict) or not raw:
        raise _malformed(source, "'lists' is missing or not a non-empty object")
    version = _text(doc, "version", source)
    result: dict[str, Vocabulary] = {}
    for list_name, items in raw.items():
        if not _CODE.fullmatch(list_name):
            raise _malformed(source, f"the list name {_shown(list_name)} is not a valid code")
        result[list_name] = _vocabulary(
            items,
            name=f"lists.{list_name}",
            version=version,
            description="",
            source=source,
            where=f"lists.{list_name}",
        )
    return MappingProxyType(result)


def list_names() -> tuple[str, ...]:
    """The names of the closed lists, in file order."""
    return tuple(_lists())


def closed_list(name: str) -> Vocabulary:
    """One closed list of ``lists.json``; :class:`UnknownTerm` for an unknown list name."""
    try:
        found = _lists().get(name)
    except TypeError:  # an unhashable value from outside
        found = None
    if found is None:
        raise UnknownTerm(
            f"There is no closed list named {_shown(str(name))}. "
            f"Known lists: {', '.join(list_names())}.",
            code="vocabulary.unknown_list",
        )
    return found


@cache
def _versions() -> Mapping[str, str]:
    # Loading every vocabulary also validates every file.
    violations()
    consent_scopes()
    consent_explanations()
    roles()
    _lists()
    return MappingProxyType({stem: _text(_document(stem), "version", stem) for stem in _FILES})


def versions() -> dict[str, str]:
    """File vocabulary name -> version, to be recorded in each record."""
    return dict(_versions())
