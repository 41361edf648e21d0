"""Matching text against the source article, with the article itself or with its committed fingerprint.

The source article (the practice article about the Iselinge case) is not in the repository: its rights stay
with its authors. It lies beside the repository (``../shared/seed/ontwerpprincipes-tlg.txt``, or wherever
``NETWERKLEREN_BRONARTIKEL`` points). Without it, texts are checked against ``tests/bronartikel.fingerprint.json``.

API (stable; tests/test_fidelity.py and tests/test_sentences.py use it)::

    normalise(text) -> str            # the text as space-separated tokens, after the normalisation below
    source() -> Source                # the full text when present, else the fingerprint (see "Modes")
    Source.mode                       # "volledige tekst" or "vingerafdruk"
    Source.contains(text) -> bool     # one contiguous passage occurs in the article
    Source.check_quote(text) -> str | None        # a quotation, "…" omissions allowed: a Dutch reason, or None
    Source.check_speaker(quote, wie) -> str | None  # ``wie`` of a quotation matches the article's words
    full_text(path=None) -> Source, fingerprint(path=None) -> Source   # one mode on purpose
    SourceMissing                     # raised by source() when the full text is required but absent

Normalisation (``normalise``): Unicode NFC; curly, low and straight quote marks count as one single and one
double mark; "[sic]" (the handbook's mark after a verbatim typo) is dropped; a hyphen at a line end before a
lower-case letter is dropped ("werk-" / "plaats"). The text is then cut into tokens: words (letters and
digits, with inner hyphens and apostrophes: "Oost-Gelderland", "TLG's") and single punctuation marks.
Whitespace only separates tokens, so spacing and line breaks between words never matter, while every changed,
added or dropped letter, word or mark does. The article's own conversion (a PDF export) ends every line with
a space; a line that does not continues a word on the next line ("verantwoordelijkh" / "eid"), and is joined.

Quotations (``check_quote``): "…" marks an omission. The rules, which make an omission unable to change what
the article says:

- every part occurs in the article, the parts in the article's order;
- where an omission lies between two parts, each part keeps at least ``MIN_PART_WORDS`` (3) words, so that it
  stands on its own (a leading or closing "…" only says the quotation starts or ends inside a sentence);
- an omission removes at most ``MAX_GAP`` (300) words and marks, about twelve sentences, one long paragraph of
  the article: parts stay in the same passage;
- an omission never removes a negation (``NEGATIONS``: niet, geen, nooit, niets, noch, nergens, niemand, zonder,
  …) or a number (digits, or a number word from twee upwards) from a sentence the quotation keeps part of: the
  words it leaves out before the first and after the last sentence end in the omission ("Studenten werken …
  alleen aan hun inhoudelijke kennis" fails on "niet"). Whole sentences left out in between may hold them: leaving
  out a sentence does not change what the kept ones say;
- a full stop may end a quotation where the article's sentence goes on with a citation
  ("… competentieontwikkeling." for "… competentieontwikkeling (Bartelts-Schilt & Vrieling-Teunter, 2020).").

Speakers (``check_speaker``): where the article introduces a quotation with a speaker (a role word such as
"projectleiders" or "studenten" among the at most ``SPEAKER_WINDOW`` tokens before it, in the same sentence),
``wie`` must be those words, the whole name ("een van de projectleiders" in "Zoals een van de projectleiders
aangaf:"; not "de projectleiders", which starts after a word of the name, ``PHRASE_WORDS``).
Where the article names no speaker, ``wie`` cannot be checked and is not (it is then the editors' word).

Modes (``source()``): ``NETWERKLEREN_BRONARTIKEL_MODUS=vingerafdruk`` forces the fingerprint (to test that mode
where the article is present) and ``=volledige tekst`` requires the article. Otherwise the article is used
when present. When it is absent the fingerprint is used, except on CI (``CI=true``), which must run the
full-text check unless ``NETWERKLEREN_ZONDER_BRONARTIKEL=1`` says the job has no article (a pull request on
GitHub, which then runs the fingerprint mode).

The fingerprint (``make_fingerprint``; ``scripts/bronartikel_fingerprint.py`` writes it) holds, for every
token position of the article, a salted 32-bit hash of the token, but *only for positions inside a passage
that the repository itself already publishes* (a source-claimed text or speaker, a passage of at least
``PUBLISHED_RUN`` (5) tokens in data/, docs/ or overrides/, or a span between curly quote marks there); all
other positions hold no hash. Besides that: the number of tokens and the positions of negations and numbers,
of role words and of sentence ends (for the omission and speaker rules), and a SHA-256 of the whole
normalised article. Why only published passages: hashes of the article's own n-grams at every position can
be inverted. The handbook quotes much of the article, so anyone has long known stretches to start from,
and each next word is then found by trying a word list against one hash (a 32-bit hash leaves about one
false candidate in four billion; a truncation short enough to leave real doubt, 4 bits or so, lets a
changed first or last word of a quotation through one time in sixteen). Hashing only what the repository
already shows gives back nothing that a reader of the repository cannot already read, and keeps full
strength: a changed token, at any place in a quotation, misses its position's hash (one chance in 2^32
to pass). There are no n-grams, so a short text (a name of two words, one quoted word) is checked like a
long one, token by token at consecutive positions, which also gives contiguity and order. The cost: a text that quotes a passage the repository did not publish before cannot be checked
without the article; the fingerprint test then says so, and ``scripts/bronartikel_fingerprint.py`` (run where
the article is) makes a new fingerprint. A test (tests/test_fidelity.py) requires the committed fingerprint
to equal a fresh one wherever the article is present, so it cannot go stale. The salt only makes the hashes
specific to this project (it is committed, so it hides nothing).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import os
import re
import secrets
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = Path("shared") / "seed" / "ontwerpprincipes-tlg.txt"
FINGERPRINT = Path(__file__).with_name("bronartikel.fingerprint.json")
FULL_TEXT = "volledige tekst"
FINGERPRINT_MODE = "vingerafdruk"

OMISSION = "…"
SIC = "[sic]"
MIN_PART_WORDS = 3
"""Each part of a quotation with an omission keeps at least this many words."""
MAX_GAP = 300
"""An omission removes at most this many tokens (words and marks) of the article: about twelve sentences, one long
paragraph of the article (the longest omission in the data, 247, joins the opening of an approach to a later sentence
of the same paragraph); it stops a quotation from joining passages from different parts of the article."""
SPEAKER_WINDOW = 12
"""How many tokens before a quotation the article may name its speaker in."""
PUBLISHED_RUN = 5
"""A run of this many tokens in a repository file that the article also has counts as published."""
HASH_BYTES = 4

QUOTE_MARKS = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "“": '"', "”": '"', "„": '"'})
LINE_BREAK_HYPHEN = re.compile(r"-[ \t]*\n\s*(?=[a-zà-ÿ])")
WORD_CONTINUES = re.compile(r"(?<=\S)\n\s*(?=\S)")
"""A line of the article that ends without a space goes on with the next line without one."""
TOKEN = re.compile(r"[^\W_]+(?:['-][^\W_]+)*|[^\w\s]|_")
NEGATIONS = frozenset({
    "niet", "geen", "nooit", "niets", "noch", "nergens", "niemand", "nimmer", "geenszins", "allerminst", "nee",
    "neen", "zonder",
})  # fmt: skip
NUMBER_WORDS = frozenset({
    "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien",
    "vijftien", "twintig", "dertig", "veertig", "vijftig", "honderd", "duizend", "miljoen", "beide", "tweede",
    "derde", "vierde", "vijfde", "helft", "half",
})  # fmt: skip
ROLE_WORD = re.compile(
    r"(student|projectleider|lerarenopleider|opleider|leerkracht|leraar|leraren|deelnemer|professional|expert"
    r"|onderzoeker|docent|begeleider|directeur|schoolleider|mentor|coördinator|coach)"
)
SENTENCE_END = frozenset(".!?")
PHRASE_WORDS = frozenset({
    "een", "van", "de", "het", "der", "alle", "enkele", "sommige", "veel", "vele", "meerdere", "beide", "andere",
    "die", "deze", "twee", "drie", "vier", "vijf", "onze", "hun", "haar", "zijn", "elke", "iedere",
})  # fmt: skip
"""Words that belong to the speaker's name before a role word ("een van de projectleiders"): ``wie`` may not
start after one of them (it would drop "een van" and make one speaker all of them)."""
QUOTED_SPAN = re.compile(r"‘([^‘’\n]{2,300})’|“([^“”\n]{2,600})”|„([^„”\n]{2,600})”")


class SourceMissing(FileNotFoundError):
    """The full text is required here but is not there."""


def tokens(text: str) -> list[str]:
    """The tokens of ``text`` after normalising (see the module's docstring)."""
    text = unicodedata.normalize("NFC", text).translate(QUOTE_MARKS).replace(SIC, " ")
    return TOKEN.findall(LINE_BREAK_HYPHEN.sub("", text))


def normalise(text: str) -> str:
    """``text`` normalised: its tokens separated by single spaces (compare these, not the raw texts)."""
    return " ".join(tokens(text))


def article_tokens(raw: str) -> list[str]:
    """The tokens of the article as delivered: line-break hyphens dropped, lines without a final space joined."""
    raw = unicodedata.normalize("NFC", raw)
    return tokens(WORD_CONTINUES.sub("", LINE_BREAK_HYPHEN.sub("", raw)))


def is_word(token: str) -> bool:
    return token[0].isalnum()


def must_stay(token: str) -> bool:
    """A negation or a number: no omission may remove it."""
    lower = token.lower()
    return (
        lower in NEGATIONS
        or lower in NUMBER_WORDS
        or lower.startswith("niet-")
        or any(c.isdigit() for c in lower)
    )


def is_role(token: str) -> bool:
    return bool(ROLE_WORD.match(token.lower()))


def quotation_parts(text: str) -> list[list[str]]:
    """The non-empty parts of a quotation between "…" marks, as tokens; a final full stop is dropped."""
    parts = [tokens(raw) for raw in text.split(OMISSION)]
    parts = [part for part in parts if part]
    if parts and parts[-1][-1] == "." and (len(parts[-1]) < 2 or parts[-1][-2] != "."):
        parts[-1] = parts[-1][:-1]
    return [part for part in parts if part]


def shown(part: Sequence[str]) -> str:
    """A part of a quotation as a reader would write it (for messages)."""
    text = " ".join(part)
    return re.sub(
        r" ([,.;:!?)’'\"]) ?|([(‘]) ", lambda m: (m.group(1) + " ") if m.group(1) else m.group(2), text
    ).strip()


@dataclass
class Source:
    """The article as a sequence of units (tokens, or their hashes) with what the rules need to know."""

    mode: str
    units: list[object]
    """One unit per token position: the token itself, or its hash (None where the fingerprint holds none)."""
    unit_of: Callable[[str], object]
    must_stay_at: frozenset[int]
    roles_at: frozenset[int]
    sentence_ends_at: frozenset[int]
    _index: dict[object, list[int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for position, unit in enumerate(self.units):
            if unit is not None:
                self._index.setdefault(unit, []).append(position)

    # -- finding ----------------------------------------------------------------------------------

    def find(self, part: Sequence[str], start: int = 0) -> Iterator[int]:
        """Every position from ``start`` on where the tokens ``part`` occur in the article."""
        if not part:
            return
        wanted = [self.unit_of(token) for token in part]
        for position in self._index.get(wanted[0], ()):
            if position >= start and self.units[position : position + len(wanted)] == wanted:
                yield position

    def contains(self, text: str) -> bool:
        """One contiguous passage (no omissions): ``text`` occurs in the article after normalising."""
        return next(self.find(tokens(text)), None) is not None

    def matched_prefix(self, part: Sequence[str]) -> int:
        """How many tokens at the start of ``part`` occur together in the article."""
        low, high = 0, len(part)
        while low < high:
            middle = (low + high + 1) // 2
            if next(self.find(part[:middle]), None) is None:
                high = middle - 1
            else:
                low = middle
        return low

    def _not_found(self, part: Sequence[str]) -> str:
        k = self.matched_prefix(part)
        where = f"{shown(part[k : k + 6])!r}" + (f" (na {shown(part[max(0, k - 6) : k])!r})" if k else "")
        excerpt = shown(part[:12]) + (" …" if len(part) > 12 else "")
        if self.mode == FINGERPRINT_MODE:
            return (
                f"niet in het bronartikel volgens de vingerafdruk: {excerpt!r} wijkt af bij {where} (de vingerafdruk "
                "kent alleen passages die de repository al citeert; is de tekst nieuw en juist, maak dan de "
                "vingerafdruk opnieuw waar het bronartikel is: python scripts/bronartikel_fingerprint.py)"
            )
        return f"niet in het bronartikel: {excerpt!r} wijkt af bij {where}"

    # -- quotations -------------------------------------------------------------------------------

    def check_quote(self, text: str) -> str | None:
        """None when ``text`` is the article's (omissions by the rules of the module's docstring), else why not."""
        parts = quotation_parts(text)
        if not parts:
            return "leeg citaat"
        if len(parts) > 1 or OMISSION in text:
            for part in parts:
                words = [token for token in part if is_word(token)]
                if len(words) < MIN_PART_WORDS and len(parts) > 1:
                    return (
                        f"te kort om op zichzelf te staan: {shown(part)!r} (minstens {MIN_PART_WORDS} woorden aan "
                        "elke kant van een weglating '…')"
                    )
        starts = list(self.find(parts[0]))
        if not starts:
            return self._not_found(parts[0])
        reasons = []
        for start in starts:
            reason = self._place(parts, start)
            if reason is None:
                return None
            reasons.append(reason)
        return reasons[0]

    def _place(self, parts: list[list[str]], start: int) -> str | None:
        end = start + len(parts[0])
        for previous, part in itertools.pairwise(parts):
            found = next(self.find(part, end), None)
            if found is None:
                if next(self.find(part), None) is not None:
                    return f"de delen staan in het bronartikel in een andere volgorde: {shown(part)!r} komt eerder"
                return self._not_found(part)
            gap = range(end, found)
            if len(gap) > MAX_GAP:
                return (
                    f"de weglating tussen {shown(previous[-4:])!r} en {shown(part[:4])!r} laat {len(gap)} woorden "
                    f"en tekens weg (hoogstens {MAX_GAP}): de delen liggen te ver uit elkaar"
                )
            removed = sorted(self.must_stay_at.intersection(self.kept_sentences(gap)))
            if removed:
                what = (
                    f"'{self.units[removed[0]]}'"
                    if self.mode == FULL_TEXT
                    else f"de ontkenning of het getal op positie {removed[0]}"
                )
                return (
                    f"de weglating tussen {shown(previous[-4:])!r} en {shown(part[:4])!r} laat {what} weg: een "
                    "weglating mag geen ontkenning of getal uit het bronartikel weglaten"
                )
            end = found + len(part)
        return None

    def kept_sentences(self, gap: range) -> set[int]:
        """The positions of ``gap`` in the sentences a quotation keeps part of (whole sentences left out)."""
        ends = sorted(self.sentence_ends_at.intersection(range(gap.start - 1, gap.stop)))
        if not ends:
            return set(gap)
        return set(range(gap.start, max(ends[0], gap.start))) | set(range(ends[-1] + 1, gap.stop))

    # -- speakers ---------------------------------------------------------------------------------

    def lead_in(self, position: int) -> range:
        """The positions before ``position`` in the same sentence, at most ``SPEAKER_WINDOW`` of them."""
        first = position
        while first > 0 and position - first < SPEAKER_WINDOW and first - 1 not in self.sentence_ends_at:
            first -= 1
        return range(first, position)

    def check_speaker(self, quote: str, wie: str) -> str | None:
        """None when the article names no speaker before ``quote`` or names ``wie``; else why not."""
        parts = quotation_parts(quote)
        if not parts or self.check_quote(quote) is not None:
            return "het citaat zelf staat niet in het bronartikel"
        speaker = tokens(wie)
        for start in self.find(parts[0]):
            window = self.lead_in(start)
            if not self.roles_at.intersection(window):
                continue
            phrase_words = {self.unit_of(word) for word in PHRASE_WORDS}
            whole = [
                found
                for found in self.find(speaker, window.start)
                if found + len(speaker) <= window.stop
                and (found == window.start or self.units[found - 1] not in phrase_words)
            ]
            if not whole:
                if self.mode == FULL_TEXT:
                    named = shown([str(unit) for unit in self.units[window.start : window.stop]])
                    return f"spreker {wie!r} klopt niet: het bronartikel leidt het citaat in met {named!r}"
                return f"spreker {wie!r} klopt niet: het bronartikel noemt vlak voor het citaat een andere spreker"
        return None


# --- the two modes --------------------------------------------------------------------------------


def article_path() -> Path:
    """``NETWERKLEREN_BRONARTIKEL``, else ``shared/seed/`` beside the repository or a folder above it."""
    if os.environ.get("NETWERKLEREN_BRONARTIKEL"):
        return Path(os.environ["NETWERKLEREN_BRONARTIKEL"])
    candidates = [folder / SEED_ARTICLE for folder in ROOT.parents]
    return next((path for path in candidates if path.is_file()), candidates[0])


def _marks(article: Sequence[str]) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    must = frozenset(i for i, token in enumerate(article) if must_stay(token))
    roles = frozenset(i for i, token in enumerate(article) if is_role(token))
    ends = frozenset(i for i, token in enumerate(article) if token in SENTENCE_END)
    return must, roles, ends


@functools.cache
def full_text(path: Path | None = None) -> Source:
    """The article itself; SourceMissing when it is not there."""
    path = path or article_path()
    if not path.is_file():
        raise SourceMissing(
            f"Bronartikel niet gevonden op {path}: zet NETWERKLEREN_BRONARTIKEL=/pad/naar/ontwerpprincipes-tlg.txt"
        )
    article = article_tokens(path.read_text(encoding="utf-8"))
    must, roles, ends = _marks(article)
    return Source(FULL_TEXT, list(article), lambda token: token, must, roles, ends)


def token_hash(salt: bytes, token: str) -> str:
    """The salted hash of one token, truncated to 32 bits, as 8 hex digits."""
    return hashlib.blake2b(token.encode("utf-8"), digest_size=HASH_BYTES, key=salt).hexdigest()


@functools.cache
def fingerprint(path: Path | None = None) -> Source:
    """The committed fingerprint (see the module's docstring)."""
    data = json.loads((path or FINGERPRINT).read_text(encoding="utf-8"))
    salt = bytes.fromhex(data["zout"])
    width = 2 * HASH_BYTES
    hashes = "".join(data["hashes"])
    units: list[object] = [
        None if hashes[i : i + width] == "." * width else hashes[i : i + width]
        for i in range(0, len(hashes), width)
    ]
    assert len(units) == data["tokens"], "vingerafdruk beschadigd: aantal hashes klopt niet"
    return Source(
        FINGERPRINT_MODE,
        units,
        functools.partial(token_hash, salt),
        frozenset(data["ontkenningen_en_getallen"]),
        frozenset(data["rolwoorden"]),
        frozenset(data["zinseinden"]),
    )


def _truthy(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "ja"}


def source() -> Source:
    """The full text when present, else the fingerprint; see "Modes" in the module's docstring."""
    forced = os.environ.get("NETWERKLEREN_BRONARTIKEL_MODUS", "").strip().lower()
    if forced == FINGERPRINT_MODE:
        return fingerprint()
    path = article_path()
    if path.is_file():
        return full_text(path)
    if forced == FULL_TEXT:
        raise SourceMissing(f"Bronartikel niet gevonden op {path} (NETWERKLEREN_BRONARTIKEL_MODUS={forced})")
    if _truthy("CI") and not _truthy("NETWERKLEREN_ZONDER_BRONARTIKEL"):
        raise SourceMissing(
            f"Bronartikel niet gevonden op {path}: CI moet de toets tegen de volledige tekst draaien. Zet het "
            "artikel naast de repository (../shared/seed/) of NETWERKLEREN_BRONARTIKEL=/pad/naar/"
            "ontwerpprincipes-tlg.txt; alleen een job zonder artikel zet NETWERKLEREN_ZONDER_BRONARTIKEL=1 "
            "(dan draait de toets tegen de vingerafdruk)."
        )
    return fingerprint()


def describe_mode() -> str:
    """One line for the test report: which mode runs here, and why."""
    try:
        mode = source().mode
    except SourceMissing as missing:
        return f"bronartikel: ontbreekt ({missing})"
    except (OSError, ValueError, KeyError) as error:  # the report header never stops a test run
        return f"bronartikel: vingerafdruk onleesbaar ({error!r})"
    if mode == FULL_TEXT:
        return f"bronartikel: volledige tekst ({article_path()}) en vingerafdruk ({FINGERPRINT.name})"
    reason = (
        "gekozen met NETWERKLEREN_BRONARTIKEL_MODUS"
        if article_path().is_file()
        else f"{article_path()} ontbreekt"
    )
    return f"bronartikel: alleen de vingerafdruk ({FINGERPRINT.name}; {reason})"


# --- making the fingerprint -----------------------------------------------------------------------

PUBLISHED_FOLDERS = ("data", "docs", "overrides")
PUBLISHED_SUFFIXES = {".yaml", ".yml", ".md", ".html", ".js", ".json", ".txt"}


def repository_texts(root: Path = ROOT) -> Iterator[tuple[str, str]]:
    """(path, text) of the files under data/, docs/ and overrides/ that can hold the article's words."""
    for folder in PUBLISHED_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in PUBLISHED_SUFFIXES and path.is_file() and path.stat().st_size < 2_000_000:
                yield path.relative_to(root).as_posix(), path.read_text(encoding="utf-8", errors="replace")


def published_positions(article: Sequence[str], claimed: Iterable[str], files: Iterable[str]) -> set[int]:
    """The article's token positions inside a passage the repository publishes (see the module's docstring)."""
    full = Source(FULL_TEXT, list(article), lambda token: token, frozenset(), frozenset(), frozenset())
    covered: set[int] = set()

    def cover(part: Sequence[str]) -> None:
        for start in full.find(part):
            covered.update(range(start, start + len(part)))

    for text in claimed:
        for part in quotation_parts(text):
            cover(part)
    runs: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(article) - PUBLISHED_RUN + 1):
        runs.setdefault(tuple(article[i : i + PUBLISHED_RUN]), []).append(i)
    for text in files:
        for match in QUOTED_SPAN.finditer(text):
            cover(tokens(next(group for group in match.groups() if group)))
        found = tokens(text)
        for i in range(len(found) - PUBLISHED_RUN + 1):
            for start in runs.get(tuple(found[i : i + PUBLISHED_RUN]), ()):
                covered.update(range(start, start + PUBLISHED_RUN))
    return covered


def make_fingerprint(raw_article: str, claimed: Iterable[str], files: Iterable[str], salt: bytes) -> dict:
    """The fingerprint of the article (``raw_article``) as a JSON-ready dict."""
    article = article_tokens(raw_article)
    covered = published_positions(article, claimed, files)
    must, roles, ends = _marks(article)
    hashes = [
        token_hash(salt, token) if i in covered else "." * 2 * HASH_BYTES for i, token in enumerate(article)
    ]
    per_line = 16
    return {
        "uitleg": (
            "Vingerafdruk van het bronartikel (tests/source_text.py legt uit hoe): per woord of leesteken een "
            "gezouten hash van 32 bits, alleen op plaatsen die de repository zelf al citeert; '........' is geen "
            "hash. Gemaakt met python scripts/bronartikel_fingerprint.py; niet met de hand bewerken."
        ),
        "versie": 1,
        "zout": salt.hex(),
        "tokens": len(article),
        "gedekt": len(covered),
        "artikel_sha256": hashlib.sha256("\n".join(article).encode("utf-8")).hexdigest(),
        "ontkenningen_en_getallen": sorted(must),
        "rolwoorden": sorted(roles),
        "zinseinden": sorted(ends),
        "hashes": ["".join(hashes[i : i + per_line]) for i in range(0, len(hashes), per_line)],
    }


def new_salt() -> bytes:
    return secrets.token_bytes(16)


SOURCE_ARTICLE_ID = "bronartikel"
"""The id in data/bronnen.yaml of the source article; cases that cite it quote it."""


def paragraphs(text: str) -> list[str]:
    return [block for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]


def _links(case: object) -> Iterator[tuple[str, object]]:
    for j, link in enumerate(case.context_principes):
        yield f"context_principes[{j + 1}]", link
    for i, item in enumerate(case.interventies):
        where = f"interventies[{i + 1}] ({item.id})"
        yield f"{where}.karakteristiek", item.karakteristiek
        for name in ("principes", "voorwaarden"):
            for j, link in enumerate(getattr(item, name)):
                yield f"{where}.{name}[{j + 1}]", link


def _case_texts(case_id: str, case: object) -> Iterator[tuple[str, str]]:
    where = f"data/cases/{case_id}.yaml"
    for name in ("samenvatting", "context", "monitoring"):
        for n, paragraph in enumerate(paragraphs(getattr(case, name) or ""), 1):
            yield f"{where}: {name}, alinea {n}", paragraph
    for j, approach in enumerate(case.aanpakken, 1):
        for n, paragraph in enumerate(paragraphs(approach.tekst), 1):
            yield f"{where}: aanpakken[{j}].tekst, alinea {n}", paragraph
    for j, conclusion in enumerate(case.conclusies, 1):
        yield f"{where}: conclusies[{j}]", conclusion
    for i, item in enumerate(case.interventies, 1):
        for n, paragraph in enumerate(paragraphs(item.wat), 1):
            yield f"{where}: interventies[{i}] ({item.id}).wat, alinea {n}", paragraph
        for j, quote in enumerate(item.citaten, 1):
            yield f"{where}: interventies[{i}] ({item.id}).citaten[{j}].tekst", quote.tekst
    for label, link in _links(case):
        if link.bronfragment is not None:
            yield f"{where}: {label}.bronfragment", link.bronfragment


def markdown_quotations(root: Path = ROOT) -> Iterator[tuple[str, str]]:
    """Blockquotes in the Markdown pages, except ones that hold template code (the citation on the about page)."""
    for path in sorted((root / "docs").rglob("*.md")):
        block: list[str] = []
        lines = [*path.read_text(encoding="utf-8").splitlines(), ""]
        for number, line in enumerate(lines, 1):
            if line.startswith(">"):
                block.append(line[1:].strip())
                continue
            if block and not any("{{" in part or "{%" in part for part in block):
                yield f"{path.relative_to(root)} (blokcitaat tot regel {number - 1})", " ".join(block)
            block = []


@functools.cache
def _handbook(root: Path) -> object:
    from netwerkleren.load.build import build_handbook  # the project's package (installed, or macros/)

    return build_handbook(root / "data")


def source_claimed_texts(root: Path = ROOT) -> list[tuple[str, str]]:
    """(where, text) for every text the data and pages mark as the source article's words."""
    handbook = _handbook(root)
    texts: list[tuple[str, str]] = []
    for i, characteristic in enumerate(handbook.characteristics, 1):
        texts.append((f"data/karakteristieken.yaml: karakteristieken[{i}].naam", characteristic.naam))
        for j, principle in enumerate(characteristic.ontwerpprincipes, 1):
            where = f"data/karakteristieken.yaml: karakteristieken[{i}].ontwerpprincipes[{j}].tekst"
            texts.append((where, principle.tekst))
    for i, condition in enumerate(handbook.conditions, 1):
        texts.append((f"data/motivatievoorwaarden.yaml: motivatievoorwaarden[{i}].naam", condition.naam))
    for checklist in handbook.checklists:
        for item in checklist.items:
            if item.herkomst == "bron" and item.tekst:
                texts.append((f"data/checklists.yaml: checklist '{checklist.id}'", item.tekst))
    for case_id, case in handbook.cases.items():
        if SOURCE_ARTICLE_ID in case.bronnen:
            texts.extend(_case_texts(case_id, case))
    texts.extend(markdown_quotations(root))
    return texts


def quoted_speakers(root: Path = ROOT) -> list[tuple[str, str, str]]:
    """(where, quotation, wie) for every quotation with a speaker in a case that quotes the source article."""
    found = []
    for case_id, case in _handbook(root).cases.items():
        if SOURCE_ARTICLE_ID in case.bronnen:
            for i, item in enumerate(case.interventies, 1):
                for j, quote in enumerate(item.citaten, 1):
                    if quote.wie:
                        where = f"data/cases/{case_id}.yaml: interventies[{i}] ({item.id}).citaten[{j}].wie"
                        found.append((where, quote.tekst, quote.wie))
    return found


def fresh_fingerprint(raw_article: str, salt: bytes, root: Path = ROOT) -> dict:
    """The fingerprint the repository at ``root`` should have for the article ``raw_article``."""
    claimed = [text for _, text in source_claimed_texts(root)]
    claimed += [wie for _, _, wie in quoted_speakers(root)]
    files = [text for _, text in repository_texts(root)]
    return make_fingerprint(raw_article, claimed, files, salt)


def write_fingerprint(data: dict, path: Path = FINGERPRINT) -> None:
    """One key a line, a list of positions on one line, the hashes in lines of 16 (readable diffs)."""
    lines = []
    for key, value in data.items():
        if key == "hashes":
            rows = ",\n".join(f"  {json.dumps(row)}" for row in value)
            lines.append(f' "{key}": [\n{rows}\n ]')
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
