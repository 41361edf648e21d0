"""Every sentence a reader sees is the source's, labelled editorial, or interface text.

Each visible sentence of the built site (the page's content: the theme's header, navigation, search and
footer chrome are left out) falls in one class:

- **bron**: found in the source article after tests/source_text.py's normalisation (at least
  ``MIN_SOURCE_WORDS`` words, so that a word or two that happens to occur there proves nothing);
- **redactie**: inside an element marked ``data-redactie`` (the handbook's editors wrote it, and the
  page labels it as theirs);
- **interface**: one of the known interface texts in tests/interface_text.txt (labels, headings,
  template sentences; see the placeholders there);
- **naam**: the whole text of a block or link is the name or title of an item from the data
  (a principle, characteristic, condition, intervention, case, checklist, keyword, source): names are
  data and have their own checks.

Anything else fails with its page and text. Quotations inside a sentence („…”, “…”, ‘…’, "…"), editorial
or not, are checked like data: each must be found in the source article. A translation note may instead
quote a study's own term ('equality', 'projectmatig') as recorded in ../shared/seed/references.md or
research-notes.md, the project's word on what is known about the studies.

Skipped: the theme's chrome (header, navigation, search, footer), code, the bibliographic entries of the
sources lists (their own tests check them against references.md) and printed web addresses. Hidden
elements, <noscript> and <template> are read: a script or a browser without one shows them.

The scripts in docs/assets/ (vendor/ excluded, any layout) are checked by a separate test: every string
literal that reads as prose is cut at the script's own joins (``${…}``, ``+``) and each piece is interface
text, a name, or the source's. A failing run prints the pieces as they would be written in
tests/interface_text.txt, for a maintainer to judge and add when they are really interface text.

Counts per class are printed with ``-s``.
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT, Build

try:
    from source_text import source as _source

    SOURCE = _source()
except FileNotFoundError:  # pragma: no cover - a pull request on GitHub has no article
    if os.environ.get("NETWERKLEREN_ZONDER_BRONARTIKEL") != "1":
        raise
    pytest.skip("bronartikel niet aanwezig (NETWERKLEREN_ZONDER_BRONARTIKEL=1)", allow_module_level=True)

INTERFACE_FILE = Path(__file__).with_name("interface_text.txt")
MIN_SOURCE_WORDS = 4
PLACEHOLDER_NAME = "{naam}"
PLACEHOLDER_QUOTE = "{citaat}"

NOT_SOURCE_QUOTES: set[str] = set()
"""Quotations that are not the source article's and are allowed (keep empty unless a page names a work)."""

# --- parsing ---------------------------------------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {
    "address", "article", "aside", "blockquote", "body", "button", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "legend",
    "li", "main", "nav", "ol", "option", "p", "section", "select", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul", "br", "label", "textarea", "template",
}  # fmt: skip
SKIP_TAGS = {"script", "style", "code", "pre", "svg", "textarea", "input"}
"""Not prose."""
SKIP_CLASSES = {
    "headerlink",
    "md-nav",
    "md-header",
    "md-footer",
    "md-search",
    "md-sidebar",
    "md-source",
    "nl-address",
}
"""Theme chrome, and printed web addresses (data, not prose)."""
SOURCE_LIST_CLASS = "nl-sources"
"""Bibliographic entries (the sources list): references, checked against references.md by their own tests."""


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children if not _skipped(c))


def _skipped(node: Node | str) -> bool:
    return isinstance(node, Node) and (
        node.tag in SKIP_TAGS or bool(node.classes & SKIP_CLASSES) or node.attrs.get("aria-hidden") == "true"
    )


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html_text: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html_text)
    builder.close()
    return builder.root


def find_content(root: Node) -> Node | None:
    """The page's own content: Material's ``article.md-content__inner``."""
    todo: list[Node | str] = [root]
    while todo:
        node = todo.pop()
        if isinstance(node, Node):
            if node.tag == "article" and "md-content__inner" in node.classes:
                return node
            todo.extend(node.children)
    return None


# --- segments ----------------------------------------------------------------------------------------


@dataclass
class Segment:
    text: str
    editorial: bool
    name: bool = False


def _clean(text: str) -> str:
    """Visible text: entities decoded, soft hyphens (invisible unless a word breaks there) dropped, spaces folded."""
    return " ".join(html.unescape(text).replace("\u00ad", "").split())


class Segmenter:
    """Cuts a content tree into segments: one per block, split where an editorial element starts or ends.

    An inline element whose whole text is a known name becomes ``{naam}`` in its sentence; a block whose whole
    text is a known name is a name segment.
    """

    def __init__(self, names: set[str]) -> None:
        self.names = names
        self.segments: list[Segment] = []
        self.buffer: list[str] = []
        self.editorial = False

    def flush(self) -> None:
        text = _clean("".join(self.buffer))
        self.buffer = []
        if re.search(r"[^\W\d_]", text):
            is_name = text in self.names or text.rstrip(".:") in self.names
            self.segments.append(Segment(text, self.editorial, is_name and not self.editorial))

    def walk(self, node: Node) -> None:
        for child in node.children:
            if isinstance(child, str):
                self.buffer.append(child)
                continue
            if _skipped(child):
                continue
            if SOURCE_LIST_CLASS in child.classes:
                continue
            if child.tag == "q":  # the browser shows its quotation marks
                self.buffer.append(f"“{_clean(child.text())}”")
                continue
            editorial_here = "data-redactie" in child.attrs and not self.editorial
            block = child.tag in BLOCK
            if not editorial_here and not block and not self.editorial:
                inner = _clean(child.text())
                if (
                    inner
                    and (inner in self.names)
                    and child.tag in {"a", "strong", "em", "span", "cite", "b", "i"}
                ):
                    self.buffer.append(f" {PLACEHOLDER_NAME} " if self._in_sentence() else inner)
                    continue
            if block or editorial_here:
                self.flush()
            if editorial_here:
                self.editorial = True
            self.walk(child)
            if block or editorial_here:
                self.flush()
            if editorial_here:
                self.editorial = False

    def _in_sentence(self) -> bool:
        return bool(_clean("".join(self.buffer)))


# --- classification ------------------------------------------------------------------------------------

QUOTE_SPAN = re.compile(r"„([^”“\"]+)[”“\"]|“([^”]+)”|‘([^’]+?)’(?![\w])|(?<![\w])\"([^\"]+)\"")
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’]))\s+(?=[A-Z0-9ÀÁÉÈËÍÓÚ„“‘\"(*])|\s+·\s+")
"""A sentence ends at . ! or ? before a capital; a middle dot separates the parts of a meta line."""
PATH = re.compile(r"\(?(?<![\w.])/(?:[a-z0-9-]+/)*(?:#[a-z0-9-]+)?\)?(?=[\s.,;:]|$)")
"""A site path such as /casussen/x/#interventie-y (printed after a link on paper)."""


def split_sentences(text: str) -> list[str]:
    """Sentences, not cut inside a quotation (its marks are replaced while splitting, then restored)."""
    protected = QUOTE_SPAN.sub(lambda m: m.group(0).replace(". ", ".\x00").replace("? ", "?\x00"), text)
    parts = (part.replace("\x00", " ").strip(" ·") for part in SENTENCE_END.split(protected))
    return [part for part in parts if re.search(r"[^\W\d_]", part)]


def quoted_spans(text: str) -> list[str]:
    return [next(g for g in m.groups() if g is not None) for m in QUOTE_SPAN.finditer(text)]


MONTHS = "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"


@dataclass
class InterfaceText:
    """tests/interface_text.txt: one entry a line; ``#`` starts a comment line.

    Placeholders: ``{n}`` a number, ``{maand}`` a month, ``{naam}`` a known name (names from the data are
    replaced by it before matching), ``{citaat}`` a quotation found in the source, ``{adres}`` a site path such as
    /casussen/x/, ``{tekst}`` any text without a full stop (use sparingly).
    """

    patterns: list[tuple[str, re.Pattern[str]]]

    @classmethod
    def load(cls, path: Path = INTERFACE_FILE) -> InterfaceText:
        patterns = []
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = line.strip()
            if not entry or entry.startswith("#"):
                continue
            regex = re.escape(entry)
            regex = regex.replace(r"\{n\}", r"\d+(?:[.,]\d+)?")
            regex = regex.replace(r"\{maand\}", MONTHS)
            regex = regex.replace(r"\{citaat\}", r"\{citaat\}")
            regex = regex.replace(r"\{tekst\}", r"[^.]+?")
            patterns.append((entry, re.compile(regex)))
        return cls(patterns)

    def match(self, sentence: str) -> str | None:
        for entry, pattern in self.patterns:
            if pattern.fullmatch(sentence):
                return entry
        return None


INTERFACE = InterfaceText.load()


def known_names() -> set[str]:
    from netwerkleren.load.build import build_handbook

    handbook = build_handbook(ROOT / "data")
    names: set[str] = set()
    for characteristic in handbook.characteristics:
        names |= {characteristic.naam, characteristic.naam_en}
        for principle in characteristic.ontwerpprincipes:
            names |= {principle.tekst, principle.kort, *principle.trefwoorden}
    for condition in handbook.conditions:
        names |= {condition.naam, f"{condition.naam} [sic]", condition.naam_en, condition.kort}
    for source in handbook.sources:
        names |= {source.in_tekst}
    for checklist in handbook.checklists:
        names.add(checklist.titel)
    for case in handbook.cases.values():
        names |= {case.titel, case.instelling, f"{case.instelling}, {case.studiejaar}"}
        names.add(f"{case.titel} ({case.instelling}, {case.studiejaar})")
        names |= {approach.titel for approach in case.aanpakken}
        for item in case.interventies:
            names |= {item.titel, *item.trefwoorden}
    return {name for name in names if name}


def known_keywords() -> set[str]:
    """The editorial keywords (trefwoorden): names when they stand alone, ordinary words inside a sentence."""
    from netwerkleren.load.build import build_handbook

    handbook = build_handbook(ROOT / "data")
    words = {word for c in handbook.characteristics for p in c.ontwerpprincipes for word in p.trefwoorden}
    words |= {
        word for case in handbook.cases.values() for item in case.interventies for word in item.trefwoorden
    }
    return words - {item.titel for case in handbook.cases.values() for item in case.interventies}


NAMES = known_names()
KEYWORDS = known_keywords()
NAMES_IN_TEXT = sorted(
    (name for name in NAMES - KEYWORDS if len(name.split()) >= 2 or name[:1].isupper()), key=len, reverse=True
)
"""Names replaced by ``{naam}`` inside a sentence before it is matched against the interface texts."""
REFERENCE_NOTES = [
    Path(__file__).resolve().parents[2] / "shared" / "seed" / name
    for name in ("references.md", "research-notes.md")
]


def _reference_text() -> str:
    from source_text import normalise

    return normalise(" ".join(p.read_text(encoding="utf-8") for p in REFERENCE_NOTES if p.is_file())).lower()


REFERENCES = _reference_text()
"""The verified notes on the studies: a translation note may quote a study's own term ('equality') from them."""


REFERENCE_TERMS_FILE = Path(__file__).with_name("reference_terms.txt")
REFERENCE_TERMS = {
    line.strip().lower()
    for line in REFERENCE_TERMS_FILE.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}
"""The studies' own terms that pages quote, as found in references.md or research-notes.md: a clone without
../shared/ checks against this list, and a test keeps the list true to the notes where they are present."""
USED_REFERENCE_TERMS: set[str] = set()
"""The quotations the classifier accepted as a study's term (filled while it runs)."""


def quote_found(quote: str) -> bool:
    from source_text import normalise

    if quote in NOT_SOURCE_QUOTES or SOURCE.check_quote(quote) is None:
        return True
    term = normalise(quote).lower()
    if len(quote) < 5:
        return False
    USED_REFERENCE_TERMS.add(term)
    return term in REFERENCES if REFERENCES else term in REFERENCE_TERMS


def with_name_placeholders(sentence: str) -> str:
    for name in NAMES_IN_TEXT:
        if name in sentence:
            sentence = re.sub(rf"(?<![\w]){re.escape(name)}(?![\w])", PLACEHOLDER_NAME, sentence)
    return sentence


@dataclass
class Verdict:
    kind: str  # bron, redactie, interface, naam, or fout
    sentence: str
    why: str = ""


def looks_like_source(text: str) -> bool:
    """Long enough to mean something, and found in the source article (parts around "…" in order)."""
    return (
        PLACEHOLDER_NAME not in text
        and len(text.split()) >= MIN_SOURCE_WORDS
        and SOURCE.check_quote(text) is None
    )


def classify_sentence(sentence: str, editorial: bool) -> Verdict:
    """One sentence (outside any name segment)."""
    if editorial:
        bad = [q for q in quoted_spans(sentence) if not quote_found(q)]
        if bad:
            return Verdict("fout", sentence, f"citaat niet in het bronartikel: {bad[0]!r}")
        return Verdict("redactie", sentence)
    if looks_like_source(sentence):
        return Verdict("bron", sentence)
    if sentence in NAMES or sentence.rstrip(".:") in NAMES:
        return Verdict("naam", sentence)
    sentence = PATH.sub("{adres}", sentence).strip()
    if sentence in NAMES or sentence.rstrip(".:") in NAMES:
        return Verdict("naam", sentence)
    for quote in quoted_spans(sentence):
        if not quote_found(quote):
            return Verdict("fout", sentence, f"citaat niet in het bronartikel: {quote!r}")
    reduced = with_name_placeholders(QUOTE_SPAN.sub(PLACEHOLDER_QUOTE, sentence))
    if INTERFACE.match(reduced) or INTERFACE.match(sentence):
        return Verdict("interface", sentence)
    return Verdict("fout", sentence, "geen bron, niet als redactie gemarkeerd en geen interfacetekst")


def interface_candidate(sentence: str) -> str:
    """How a failing sentence would be written in tests/interface_text.txt (for a maintainer to judge)."""
    reduced = with_name_placeholders(QUOTE_SPAN.sub(PLACEHOLDER_QUOTE, PATH.sub("{adres}", sentence)))
    return re.sub(r"\d+", "{n}", reduced)


def classify_segment(segment: Segment) -> Iterator[Verdict]:
    if segment.name:
        yield Verdict("naam", segment.text)
        return
    if not segment.editorial and looks_like_source(segment.text):
        yield from (Verdict("bron", s) for s in split_sentences(segment.text))
        return
    for sentence in split_sentences(segment.text):
        yield classify_sentence(sentence, segment.editorial)


def page_segments(html_text: str) -> list[Segment]:
    content = find_content(parse(html_text))
    if content is None:
        return []
    segmenter = Segmenter(NAMES)
    segmenter.walk(content)
    segmenter.flush()
    return segmenter.segments


def classify_site(site: Path) -> tuple[Counter[str], list[str], int]:
    """Counts per class, the failures (page: text), and the number of editorial blocks on the site."""
    counts: Counter[str] = Counter()
    failures: list[str] = []
    editorial_blocks = 0
    for path in sorted(site.rglob("*.html")):
        page = path.relative_to(site).as_posix().removesuffix("index.html") or "/"
        if page.startswith("assets/"):
            continue
        text = path.read_text(encoding="utf-8")
        editorial_blocks += len(re.findall(r"<[a-z0-9]+\b[^>]*\sdata-redactie\b", text))
        for segment in page_segments(text):
            for verdict in classify_segment(segment):
                counts[verdict.kind] += 1
                if verdict.kind == "fout":
                    failures.append(f"{page}: {verdict.sentence!r} ({verdict.why})")
    return counts, failures, editorial_blocks


@pytest.fixture(scope="module")
def classified(built_site: Build) -> tuple[Counter[str], list[str], int]:
    return classify_site(built_site.site)


def test_every_visible_sentence_is_source_editorial_or_interface(
    classified: tuple[Counter[str], list[str], int],
) -> None:
    counts, failures, editorial_blocks = classified
    print(f"zinnen per klasse: {dict(counts)}; redactieblokken: {editorial_blocks}")
    assert not failures, f"{len(failures)} zinnen zonder klasse:\n" + "\n".join(failures)


def test_the_classifier_sees_every_class(classified: tuple[Counter[str], list[str], int]) -> None:
    """Guards against the classifier silently seeing nothing (then the test above would pass on nothing)."""
    counts, _, editorial_blocks = classified
    assert counts["bron"] > 100 and counts["redactie"] > 100 and counts["interface"] > 50, counts
    assert editorial_blocks > 50


EDITORIAL_LABEL = re.compile(r"redacti[eo]|van het handboek|voorbeeld uit het artikel", re.IGNORECASE)
LABEL_REACH = 1500
"""A label in a surrounding element counts only when that element is small (a card line, a details block)."""
CARD_CLASS = re.compile(r"(?:^|\s)nl-(?:deck-)?card(?:\s|$)")
"""A card says once which of its parts are the editors' (its closing line or its marker): that label covers them."""
STAR_LEGEND = re.compile(r"\*[^.]{0,120}(?:redactie|handboek)|redactie[^.]{0,120}\*", re.IGNORECASE)
"""A page that explains its "*" marker with the word redactie lets a "*" label an editorial block."""


def unlabelled_editorial_blocks(html_text: str) -> list[str]:
    """Texts of ``[data-redactie]`` elements with no label saying so in them or in the block around them."""
    content = find_content(parse(html_text))
    missing: list[str] = []
    legend = content is not None and STAR_LEGEND.search(_clean(content.text())) is not None

    def visit(node: Node, ancestors: list[Node]) -> None:
        for child in node.children:
            if not isinstance(child, Node) or _skipped(child):
                continue
            if "data-redactie" in child.attrs:
                near = [
                    a for a in ancestors[-2:] if a is not content and len(_clean(a.text())) <= LABEL_REACH
                ]
                around = [child, *near]
                cards = [a for a in ancestors if CARD_CLASS.search(a.attrs.get("class") or "")]
                if not (
                    any(EDITORIAL_LABEL.search(_clean(n.text())) for n in around)
                    or any(EDITORIAL_LABEL.search(_clean(card.text())) for card in cards[-1:])
                    or (legend and any("*" in _clean(n.text()) for n in around))
                ):
                    missing.append(_clean(child.text())[:120])
                continue
            visit(child, [*ancestors, child])

    if content is not None:
        visit(content, [content])
    return missing


def test_every_editorial_block_is_labelled(built_site: Build) -> None:
    """A reader sees "redactie" (or "Voorbeeld uit het artikel") in or just around every editorial block."""
    missing = [
        f"{path.relative_to(built_site.site).as_posix()}: {text!r}"
        for path in sorted(built_site.site.rglob("*.html"))
        for text in unlabelled_editorial_blocks(path.read_text(encoding="utf-8"))
    ]
    assert not missing, "\n".join(missing)


# --- the classifier can fail ----------------------------------------------------------------------


def test_an_unlabelled_editorial_block_is_found() -> None:
    page = '<article class="md-content__inner"><p>Redactie</p><div><p data-redactie>Zo werkt het.</p></div></article>'
    assert unlabelled_editorial_blocks(page) == ["Zo werkt het."]
    labelled = '<article class="md-content__inner"><p data-redactie><span>Redactie</span> Zo werkt het.</p></article>'
    assert unlabelled_editorial_blocks(labelled) == []


def _classes(html_text: str) -> list[str]:
    return [
        verdict.kind
        for segment in page_segments(f'<article class="md-content__inner">{html_text}</article>')
        for verdict in classify_segment(segment)
    ]


SOURCE_SENTENCE = "Netwerkleren gaat echter niet vanzelf: het is dus belangrijk voor basisschoolleerkrachten"


def test_a_source_sentence_is_source_and_one_changed_word_fails() -> None:
    assert _classes(f"<blockquote><p>{SOURCE_SENTENCE}.</p></blockquote>") == ["bron"]
    changed = SOURCE_SENTENCE.replace("belangrijk", "handig")
    assert _classes(f"<blockquote><p>{changed}.</p></blockquote>") == ["fout"]


def test_an_omission_that_drops_a_negation_is_not_the_source() -> None:
    """The parts around "…" are each in the article, but "niet" is gone (tests/source_text.py's omission rules)."""
    whole = "Studenten werken niet alleen aan hun inhoudelijke kennis van het thema van de werkplaats"
    assert _classes(f"<blockquote><p>{whole}.</p></blockquote>") == ["bron"]
    dropped = whole.replace("niet", "…")
    assert _classes(f"<blockquote><p>{dropped}.</p></blockquote>") == ["fout"]


def test_an_unmarked_editorial_sentence_fails_and_marked_it_passes() -> None:
    sentence = "Werkplaatsen werken het best met vaste rollen."
    assert _classes(f"<p>{sentence}</p>") == ["fout"]
    marked = f'<p data-redactie><span class="nl-editorial-badge">Redactie</span> {sentence}</p>'
    assert _classes(marked) == ["redactie"]


def test_an_inline_quote_must_be_the_sources() -> None:
    assert _classes("<p>Het bronartikel zegt ‘vast recept’.</p>")[0] in {"interface", "fout"}
    assert "fout" in _classes(
        "<p data-redactie>Het artikel spreekt van ‘het visueel maken van alle doelen’.</p>"
    )


def test_a_name_is_a_name() -> None:
    assert _classes("<h3>Roulerend voorzitterschap</h3>") == ["naam"]


# --- the Markdown pages: a changed word in a quotation fails ----------------------------------------------


def test_one_changed_word_in_a_markdown_quotation_fails(tmp_path: Path) -> None:
    from conftest import copy_project, mkdocs_build

    project = copy_project(tmp_path / "project")
    page = project / "docs" / "index.md"
    text = page.read_text(encoding="utf-8")
    original = "Netwerkleren kent geen ‘vast recept’"
    assert original in text
    page.write_text(text.replace(original, "Netwerkleren kent geen ‘vaste aanpak’"), encoding="utf-8")
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode == 0, build.output
    html_text = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    verdicts = [v for s in page_segments(html_text) for v in classify_segment(s)]
    failing = [v.sentence for v in verdicts if v.kind == "fout"]
    assert any("vaste aanpak" in sentence for sentence in failing), failing


# --- scripts ---------------------------------------------------------------------------------------------

STRING_LITERAL = re.compile(r"'((?:[^'\\\n]|\\.)*)'|\"((?:[^\"\\\n]|\\.)*)\"|`((?:[^`\\]|\\.)*)`", re.DOTALL)
COMMENT = re.compile(r"/\*.*?\*/|(?<![:\\'\"])//[^\n]*", re.DOTALL)


GENERATED = re.compile(r"\bGENERATED by\b")
"""A bundle made from other scripts says so in its first lines; its sources are checked instead."""


def script_files() -> list[Path]:
    """The site's own scripts (.js, .mjs) in docs/assets/ at any depth; not vendor/ and not generated bundles."""
    assets = ROOT / "docs" / "assets"
    return sorted(
        path
        for pattern in ("*.js", "*.mjs")
        for path in assets.rglob(pattern)
        if "vendor" not in path.relative_to(assets).parts
        and not GENERATED.search(path.read_text(encoding="utf-8")[:500])
    )


FRAGMENT_EDGE = re.compile(r"^[\s:;,·–(-]+|[\s:;,·–(-]+$")
"""Punctuation at the edge of a string that is one piece of a sentence built in the script."""
YAML_KEY = re.compile(r"^[\s-]*[a-z_]+:(?:\s|$)|\b[a-z_]+: \\?[\[\]\"]|^[a-z-]+-id-")
"""Lines of a YAML file the planner writes for a contributor (keys, not prose)."""


def _visible_strings(js: str) -> Iterator[str]:
    """String literals that read as text for people: letters, a space, and no code-like characters."""
    js = COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), js)
    for match in STRING_LITERAL.finditer(js):
        raw = next(g for g in match.groups() if g is not None)
        for piece in re.split(r"\$\{[^}]*\}", raw):
            text = _clean(
                piece.encode().decode("unicode_escape", errors="ignore") if "\\u" in piece else piece
            )
            text = FRAGMENT_EDGE.sub("", text.replace("\\n", " ")).strip()
            if (
                QUOTE_SPAN.search(text) is None
            ):  # a fragment such as "de interventie ‘": its mark belongs to a name
                text = text.strip("‘’“”„\"' ")
            if (
                " " in text
                and not YAML_KEY.search(text)
                and re.search(r"[A-Za-zÀ-ÿ]{3}", text)
                and not re.search(r"[<>{}=$#]|^\.|^\[|^[a-z-]+\(|\b(?:var|const|function)\b", text)
                and not re.fullmatch(r"[a-z0-9_.-]+(?: [a-z0-9_.-]+)*", text)  # class lists, selectors
            ):
                yield text


def classify_script(js: str) -> Iterator[Verdict]:
    for text in _visible_strings(js):
        yield from classify_segment(Segment(text, editorial=False, name=text in NAMES))


def test_every_visible_script_string_is_source_or_interface_text() -> None:
    files = script_files()
    assert files, "geen scripts in docs/assets/"
    counts: Counter[str] = Counter()
    failures = []
    candidates: set[str] = set()
    for path in files:
        for verdict in classify_script(path.read_text(encoding="utf-8")):
            counts[verdict.kind] += 1
            if verdict.kind == "fout":
                failures.append(f"{path.relative_to(ROOT)}: {verdict.sentence!r} ({verdict.why})")
                candidates.add(interface_candidate(verdict.sentence))
    print(f"scriptzinnen per klasse: {dict(counts)}")
    if candidates:
        print("Zo zouden ze in tests/interface_text.txt staan (alleen als het echt interfacetekst is):")
        print("\n".join(sorted(candidates)))
    assert not failures, f"{len(failures)} scriptzinnen zonder klasse:\n" + "\n".join(failures)


def test_a_script_string_that_claims_the_case_in_other_words_fails() -> None:
    js = "const note = 'Zo vulden de projectleiders het logboek twee keer in en bespraken het met elkaar.';"
    assert [v.kind for v in classify_script(js)] == ["fout"]


def test_the_studies_terms_list_is_true_to_the_notes_and_complete(built_site: Build) -> None:
    """Every listed term is in the notes, and every term a page quotes from the notes is listed."""
    if not REFERENCES:
        pytest.skip("references.md en research-notes.md staan niet naast de repository")
    classify_site(built_site.site)
    assert not {term for term in REFERENCE_TERMS if term not in REFERENCES}, "niet in de notities"
    missing = {term for term in USED_REFERENCE_TERMS if term in REFERENCES} - REFERENCE_TERMS
    assert not missing, f"zet deze termen in tests/reference_terms.txt: {sorted(missing)}"
