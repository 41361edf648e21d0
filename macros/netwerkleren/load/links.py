"""Cross-references between data files: every id exists, and appears once.

Problems point at the line in the YAML file where the id is written, so these
checks live with the loader (which keeps the documents and their line marks),
not in the model.
"""

from __future__ import annotations

import difflib

from netwerkleren.load.data_dir import Loaded
from netwerkleren.load.id_hints import WHERE, IdHints
from netwerkleren.load.problems import Problem, Sink, excerpt
from netwerkleren.load.yaml_reader import Document, Loc, dotted
from netwerkleren.model.checklists import RESERVED_IDS, ChecklistItem, ChecklistsFile
from netwerkleren.model.records import Characteristic, Principle


class IdChecker:
    """Collects problems about ids: unknown references and duplicates (at most ``MAX_PER_FILE`` per file)."""

    def __init__(self, hints: IdHints | None = None) -> None:
        self.hints = hints
        self._sinks: dict[str, Sink] = {}

    def _room(self, doc: Document) -> Sink | None:
        """The file's sink, or None when it is full (then the problem is only counted, its message not built)."""
        sink = self._sinks.setdefault(doc.shown_path, Sink(doc.shown_path))
        if sink.full:
            sink.count(1)
            return None
        return sink

    def at(self, doc: Document, loc: Loc, message: str, *, key: bool = False) -> None:
        sink = self._room(doc)
        if sink is not None:
            mark = doc.mark(loc, key=key)
            sink.at(mark.line, mark.col, dotted(loc), message)

    def known(self, doc: Document, loc: Loc, value: str, valid: dict[str, object], what: str) -> None:
        if value in valid or self._room(doc) is None:  # past the cap: no hint is worked out
            return
        if self.hints is not None and what in WHERE:
            hint = self.hints.hint(what, value)
        else:
            nearest = difflib.get_close_matches(value, list(valid), n=1, cutoff=0.5)
            hint = f" Bedoel je '{nearest[0]}'?" if nearest else ""
        self.at(doc, loc, f"{what} '{excerpt(value)}' bestaat niet.{hint}")

    def result(self) -> list[Problem]:
        """The problems, with a note per file for those not shown."""
        return [problem for sink in self._sinks.values() for problem in sink.result()]

    def unique(self, doc: Document, loc: Loc, value: str, seen: dict[str, str], what: str) -> None:
        if value in seen:
            self.at(doc, loc, f"{what} '{value}' komt twee keer voor (ook in {seen[value]})")
        else:
            seen[value] = f"{doc.shown_path}:{doc.mark(loc).line}"

    def source_list(self, doc: Document, loc: Loc, ids: list[str], sources: dict[str, object]) -> None:
        """A list of source ids: each must exist, and appear once."""
        seen: dict[str, str] = {}
        for j, source_id in enumerate(ids):
            self.known(doc, (*loc, j), source_id, sources, "bron")
            self.unique(doc, (*loc, j), source_id, seen, "bron")


def check_links(loaded: Loaded) -> list[Problem]:
    assert loaded.characteristics and loaded.conditions and loaded.sources
    check = IdChecker(loaded.hints)
    chars, chars_doc = loaded.characteristics
    conds, conds_doc = loaded.conditions
    srcs, srcs_doc = loaded.sources

    seen: dict[str, str] = {}
    for i, source in enumerate(srcs.bronnen):
        check.unique(srcs_doc, ("bronnen", i, "id"), source.id, seen, "bron-id")
    sources = {s.id: s for s in srcs.bronnen}

    seen = {}
    principles: dict[str, Principle] = {}
    characteristics: dict[str, Characteristic] = {}
    for i, characteristic in enumerate(chars.karakteristieken):
        check.unique(chars_doc, ("karakteristieken", i, "id"), characteristic.id, seen, "id")
        characteristics[characteristic.id] = characteristic
        check.source_list(chars_doc, ("karakteristieken", i, "bronnen"), characteristic.bronnen, sources)
        for j, principle in enumerate(characteristic.ontwerpprincipes):
            check.unique(
                chars_doc, ("karakteristieken", i, "ontwerpprincipes", j, "id"), principle.id, seen, "id"
            )
            principles[principle.id] = principle

    seen = {}
    conditions = {c.id: c for c in conds.motivatievoorwaarden}
    for i, condition in enumerate(conds.motivatievoorwaarden):
        check.unique(conds_doc, ("motivatievoorwaarden", i, "id"), condition.id, seen, "id")
    check.source_list(conds_doc, ("bronnen",), conds.bronnen, sources)

    same_case: dict[tuple[str, str, str], str] = {}
    for _slug, case, doc in loaded.cases:
        check.source_list(doc, ("bronnen",), case.bronnen, sources)
        same = (
            " ".join(case.instelling.casefold().split()),
            case.studiejaar,
            " ".join(case.titel.casefold().split()),
        )
        if same in same_case:
            check.at(
                doc,
                ("titel",),
                f"deze casus staat al in {same_case[same]} (dezelfde instelling, hetzelfde studiejaar en dezelfde "
                "titel): een casus staat in één bestand. Verwijder een van de twee, of geef ze elk een eigen titel",
            )
        else:
            same_case[same] = doc.shown_path
        own: dict[str, str] = {}
        for j, source in enumerate(case.eigen_bronnen):
            if source.id in sources:
                check.at(
                    doc,
                    ("eigen_bronnen", j, "id"),
                    f"de bron-id '{source.id}' bestaat al in data/bronnen.yaml",
                )
            check.unique(doc, ("eigen_bronnen", j, "id"), source.id, own, "bron-id")
        linked_here: dict[str, str] = {}
        for j, link in enumerate(case.context_principes):
            check.known(doc, ("context_principes", j, "id"), link.id, principles, "ontwerpprincipe")
            check.unique(doc, ("context_principes", j, "id"), link.id, linked_here, "ontwerpprincipe")
        in_case = {intervention.id: intervention for intervention in case.interventies}
        in_approach: dict[str, str] = {}
        for j, approach in enumerate(case.aanpakken):
            for k, intervention_id in enumerate(approach.interventies):
                where: Loc = ("aanpakken", j, "interventies", k)
                check.known(doc, where, intervention_id, in_case, "interventie")
                check.unique(doc, where, intervention_id, in_approach, "interventie")
        seen = {}
        for i, intervention in enumerate(case.interventies):
            base: Loc = ("interventies", i)
            check.unique(doc, (*base, "id"), intervention.id, seen, "interventie-id")
            check.known(
                doc,
                (*base, "karakteristiek", "id"),
                intervention.karakteristiek.id,
                characteristics,
                "karakteristiek",
            )
            for field_name, valid, what in (
                ("principes", principles, "ontwerpprincipe"),
                ("voorwaarden", conditions, "motivatievoorwaarde"),
            ):
                linked: dict[str, str] = {}
                for j, link in enumerate(getattr(intervention, field_name)):
                    check.known(doc, (*base, field_name, j, "id"), link.id, valid, what)
                    check.unique(doc, (*base, field_name, j, "id"), link.id, linked, what)
    interventions = {f"{slug}/{i.id}": i for slug, case, _ in loaded.cases for i in case.interventies}
    for i, characteristic in enumerate(chars.karakteristieken):
        for j, principle in enumerate(characteristic.ontwerpprincipes):
            for k, action in enumerate(principle.zo_begin_je):
                where_from = interventions if "/" in action.uit else principles
                what = "interventie" if "/" in action.uit else "ontwerpprincipe"
                loc: Loc = ("karakteristieken", i, "ontwerpprincipes", j, "zo_begin_je", k, "uit")
                check.known(chars_doc, loc, action.uit, where_from, what)
    if loaded.checklists is not None:
        check_checklists(
            check,
            loaded.checklists[1],
            loaded.checklists[0],
            principles=dict(principles),
            interventions=dict(interventions),
            characteristics=dict(characteristics),
            sources=dict(sources),
        )
    return check.result()


def check_checklists(
    check: IdChecker,
    doc: Document,
    checklists: ChecklistsFile,
    *,
    principles: dict[str, object],
    interventions: dict[str, object],
    characteristics: dict[str, object],
    sources: dict[str, object],
) -> None:
    """Report unknown ids and duplicates in ``data/checklists.yaml`` through ``check``."""
    check.source_list(doc, ("bronnen",), checklists.bronnen, sources)
    seen: dict[str, str] = {}
    derived: dict[str, str] = {}
    for i, checklist in enumerate(checklists.checklists):
        base: Loc = ("checklists", i)
        if checklist.id in RESERVED_IDS:
            check.at(
                doc,
                (*base, "id"),
                f"de id '{checklist.id}' is al het adres van een andere pagina; kies een andere",
            )
        check.unique(doc, (*base, "id"), checklist.id, seen, "checklist-id")
        if checklist.afgeleid is not None:
            check.unique(doc, (*base, "afgeleid"), checklist.afgeleid, derived, "afgeleide checklist")
        parts: list[tuple[Loc, list[ChecklistItem]]] = [((*base, "items"), checklist.items)]
        for k, section in enumerate(checklist.onderdelen):
            if section.karakteristiek is not None:
                check.known(
                    doc,
                    (*base, "onderdelen", k, "karakteristiek"),
                    section.karakteristiek,
                    characteristics,
                    "karakteristiek",
                )
            parts.append(((*base, "onderdelen", k, "items"), section.items))
        for where, items in parts:
            for n, item in enumerate(items):
                if item.principe is not None:
                    check.known(doc, (*where, n, "principe"), item.principe, principles, "ontwerpprincipe")
                if item.interventie is not None:
                    check.known(
                        doc, (*where, n, "interventie"), item.interventie, interventions, "interventie"
                    )
