"""All of reportview's SQL: the local store of notes, scores and follow-through choices.

Every change is one transaction, committed before the call returns (WAL journal,
``synchronous=FULL``): a crash or kill loses nothing already confirmed. The schema is
versioned with ``PRAGMA user_version`` and numbered migrations; foreign keys are on."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from .clock import now
from .follow import VERDICTS, Override, Verdict
from .model import Report
from .notes import Anchor, Note
from .scoring import DEFAULT_CRITERIA, Criterion, Score

MIGRATIONS: tuple[str, ...] = (
    # 1: documents (one per distinct normalised text), notes anchored in them, tags.
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL UNIQUE, path TEXT NOT NULL, title TEXT,
        body TEXT, year INTEGER, text TEXT NOT NULL, first_seen TEXT NOT NULL
    );
    CREATE INDEX documents_path ON documents(path);
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0), end INTEGER NOT NULL CHECK (end >= start),
        quote TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT '', heading TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL
    );
    CREATE INDEX notes_document ON notes(document_id);
    CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    CREATE TABLE note_tags (
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (note_id, tag_id)
    );
    """,
    # 2: the scoring rubric (empty: the default one) and scores per document and criterion.
    """
    CREATE TABLE criteria (key TEXT PRIMARY KEY, name TEXT NOT NULL,
                           points REAL NOT NULL CHECK (points >= 0), position INTEGER NOT NULL);
    CREATE TABLE scores (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        criterion TEXT NOT NULL, value REAL, comment TEXT NOT NULL DEFAULT '', modified TEXT NOT NULL,
        PRIMARY KEY (document_id, criterion)
    );
    """,
    # 3: follow-through: pairs made (1) or undone (0) by hand, and the reviewer's verdicts on
    # last year's commitments (anchored in last year's text like a note) for a pair.
    """
    CREATE TABLE pairings (
        last_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        this_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        paired INTEGER NOT NULL CHECK (paired IN (0, 1)), modified TEXT NOT NULL,
        PRIMARY KEY (last_id, this_id)
    );
    CREATE TABLE verdicts (
        id INTEGER PRIMARY KEY,
        last_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        this_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0), end INTEGER NOT NULL CHECK (end >= start),
        quote TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL,
        verdict TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', modified TEXT NOT NULL
    );
    CREATE INDEX verdicts_pair ON verdicts(last_id, this_id);
    """,
)

_NOTE_COLUMNS = """n.id, d.fingerprint, n.start, n.end, n.quote, n.prefix, n.suffix, n.kind, n.heading,
                   n.body, d.path, d.title, n.created, n.modified,
                   (SELECT group_concat(t.name, char(31)) FROM note_tags nt JOIN tags t ON t.id = nt.tag_id
                    WHERE nt.note_id = n.id)"""
_SEP = "\x1f"  # between a note's tags in one column (a tag never holds a control character)


#: How long a write waits for another window's write before it tries again.
BUSY_SECONDS = 10.0


def _retry(step: Callable[[], object], attempts: int = 5) -> None:
    """Run a statement that takes the write lock, waiting out another writer a few times (for
    the cases SQLite's busy timeout returns at once: switching to WAL, a lock taken in between)."""
    for attempt in range(attempts):
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc) and "busy" not in str(exc)) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


class NoteStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_SECONDS
        )
        # The busy timeout first: another window may be writing while this one opens.
        self._db.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
        self._db.execute("PRAGMA foreign_keys = ON")
        _retry(lambda: self._db.execute("PRAGMA journal_mode = WAL"))
        self._db.execute("PRAGMA synchronous = FULL")
        self.migrate()

    # schema -------------------------------------------------------------------------
    def version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Bring the schema up to date, each step in one write transaction that re-reads the
        version inside it: a second window opening at the same moment waits, then finds the
        step done, instead of running it twice."""
        for number, script in enumerate(MIGRATIONS, start=1):
            if self.version() >= number:
                continue
            _retry(lambda: self._db.execute("BEGIN IMMEDIATE"))
            try:
                if self.version() < number:
                    for statement in filter(str.strip, script.split(";")):
                        self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version = {number}")
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def integrity(self) -> str:
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        self._db.close()

    # helpers --------------------------------------------------------------------------
    def _tx(self) -> _Transaction:
        return _Transaction(self._db)

    def _document(self, report: Report) -> int:
        row = self._db.execute(
            "SELECT id FROM documents WHERE fingerprint = ?", (report.fingerprint,)
        ).fetchone()
        if row:
            self._db.execute(
                "UPDATE documents SET path = ?, title = ?, body = ?, year = ? WHERE id = ?",
                (report.path, report.title, report.body, report.year, row[0]),
            )
            return int(row[0])
        cursor = self._db.execute(
            "INSERT INTO documents (fingerprint, path, title, body, year, text, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (report.fingerprint, report.path, report.title, report.body, report.year, report.text, now()),
        )
        return int(cursor.lastrowid or 0)

    def _known(self, fingerprint: str) -> int:
        """The id of a document already stored (``KeyError`` if it is not)."""
        row = self._db.execute("SELECT id FROM documents WHERE fingerprint = ?", (fingerprint,)).fetchone()
        if row is None:
            raise KeyError(fingerprint)
        return int(row[0])

    def _set_tags(self, note_id: int, tags: Iterable[str]) -> None:
        self._db.execute("DELETE FROM note_tags WHERE note_id = ?", (note_id,))
        for tag in dict.fromkeys(t.strip() for t in tags if t.strip()):
            self._db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (tag,))
            self._db.execute(
                "INSERT INTO note_tags (note_id, tag_id) SELECT ?, id FROM tags WHERE name = ?",
                (note_id, tag),
            )

    def _notes(self, where: str, args: tuple[object, ...]) -> list[Note]:
        rows = self._db.execute(
            f"SELECT {_NOTE_COLUMNS} FROM notes n JOIN documents d ON d.id = n.document_id WHERE {where} ORDER BY n.id",
            args,
        ).fetchall()
        return [
            Note(r[0], Anchor(*r[1:9]), r[9], tuple(sorted(r[14].split(_SEP))) if r[14] else (), r[10], r[11] or "",
                 r[12], r[13])
            for r in rows
        ]  # fmt: skip

    def _get(self, note_id: int) -> Note:
        found = self._notes("n.id = ?", (note_id,))
        if not found:
            raise KeyError(note_id)
        return found[0]

    # changes (each one transaction) -----------------------------------------------------
    def _insert(
        self,
        document: int,
        anchor: Anchor,
        body: str,
        tags: Iterable[str],
        created: str | None,
        note_id: int | None,
    ) -> int:
        stamp = now()
        values = (note_id, document, anchor.start, anchor.end, anchor.quote, anchor.prefix, anchor.suffix,
                  anchor.kind, anchor.heading, body, created or stamp, stamp)  # fmt: skip
        cursor = self._db.execute(
            "INSERT INTO notes (id, document_id, start, end, quote, prefix, suffix, kind, heading, body, created,"
            " modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        new_id = int(cursor.lastrowid or 0)
        self._set_tags(new_id, tags)
        return new_id

    def add(self, report: Report, anchor: Anchor, body: str, tags: Iterable[str] = (),
            created: str | None = None, note_id: int | None = None) -> Note:  # fmt: skip
        with self._tx():
            new_id = self._insert(self._document(report), anchor, body, tags, created, note_id)
        return self._get(new_id)

    def update(self, note_id: int, body: str, tags: Iterable[str]) -> Note:
        with self._tx():
            self._db.execute("UPDATE notes SET body = ?, modified = ? WHERE id = ?", (body, now(), note_id))
            self._set_tags(note_id, tags)
        return self._get(note_id)

    def _set_anchor(self, note_id: int, document: int, anchor: Anchor) -> None:
        values = (document, anchor.start, anchor.end, anchor.quote, anchor.prefix, anchor.suffix, anchor.kind,
                  anchor.heading, now(), note_id)  # fmt: skip
        self._db.execute(
            "UPDATE notes SET document_id = ?, start = ?, end = ?, quote = ?, prefix = ?, suffix = ?, kind = ?,"
            " heading = ?, modified = ? WHERE id = ?",
            values,
        )

    def move(self, note_id: int, report: Report, anchor: Anchor) -> Note:
        """Re-attach a note to (a new version of) a report."""
        with self._tx():
            self._set_anchor(note_id, self._document(report), anchor)
        return self._get(note_id)

    def delete(self, note_id: int) -> Note:
        note = self._get(note_id)
        with self._tx():
            self._db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
        return note

    def restore(self, note: Note, report: Report | None = None) -> Note:
        """Undo a delete: the same note, under its old id when that is still free, on ``report``
        or (a note that was not placed) back on the document it came from."""
        taken = self._db.execute("SELECT 1 FROM notes WHERE id = ?", (note.id,)).fetchone()
        with self._tx():
            where = self._known(note.anchor.fingerprint) if report is None else self._document(report)
            new_id = self._insert(
                where, note.anchor, note.body, note.tags, note.created, None if taken else note.id
            )
        return self._get(new_id)

    def restore_anchor(self, note_id: int, anchor: Anchor) -> Note:
        """Undo a re-attachment: the note goes back to its old anchor and document."""
        document = self._known(anchor.fingerprint)
        with self._tx():
            self._set_anchor(note_id, document, anchor)
        return self._get(note_id)

    # queries ---------------------------------------------------------------------------
    def notes_for(self, report: Report) -> list[Note]:
        """Notes written on this report: this text, or another version of it.

        Another version is the same file path, or the same township with the same title
        or file name (an edited, re-encoded or converted copy). Reports of other
        townships never lend their notes, however much text they share.
        """
        return self._notes(_version("d"), _version_args(report))

    def all_notes(self) -> list[Note]:
        return self._notes("1", ())

    # scoring ---------------------------------------------------------------------------
    def criteria(self) -> tuple[Criterion, ...]:
        rows = self._db.execute("SELECT key, name, points FROM criteria ORDER BY position").fetchall()
        return tuple(Criterion(k, n, float(p)) for k, n, p in rows) or DEFAULT_CRITERIA

    def set_criteria(self, criteria: Iterable[Criterion]) -> None:
        with self._tx():
            self._db.execute("DELETE FROM criteria")
            for position, c in enumerate(criteria):
                self._db.execute(
                    "INSERT INTO criteria VALUES (?, ?, ?, ?)", (c.key, c.name, c.points, position)
                )

    def scores_for(self, report: Report) -> dict[str, Score]:
        """This text's scores by criterion key (scores belong to one version of a report)."""
        rows = self._db.execute(
            "SELECT s.criterion, s.value, s.comment, s.modified FROM scores s"
            " JOIN documents d ON d.id = s.document_id WHERE d.fingerprint = ?",
            (report.fingerprint,),
        ).fetchall()
        return {k: Score(k, None if v is None else float(v), c, m) for k, v, c, m in rows}

    def set_score(self, report: Report, score: Score) -> Score:
        """Store a score (a value of ``None`` with no comment removes it); returns it as stored."""
        stored = Score(score.criterion, score.value, score.comment, now())
        with self._tx():
            document = self._document(report)
            self._db.execute(
                "DELETE FROM scores WHERE document_id = ? AND criterion = ?", (document, score.criterion)
            )
            if score.value is not None or score.comment:
                self._db.execute(
                    "INSERT INTO scores VALUES (?, ?, ?, ?, ?)",
                    (document, score.criterion, score.value, score.comment, stored.modified),
                )
        return stored

    # follow-through --------------------------------------------------------------------
    def pairings(self, reports: Sequence[Report]) -> dict[tuple[str, str], bool]:
        """Pairs made (``True``) or undone (``False``) by hand among these texts, by the
        fingerprints of last year's and this year's report."""
        prints = {r.fingerprint for r in reports}  # few pairs are made by hand: filtered here
        rows = self._db.execute(
            "SELECT a.fingerprint, b.fingerprint, p.paired FROM pairings p JOIN documents a ON a.id = p.last_id"
            " JOIN documents b ON b.id = p.this_id"
        ).fetchall()
        return {(a, b): bool(paired) for a, b, paired in rows if a in prints and b in prints}

    def set_pairing(self, last: Report, this: Report, paired: bool | None) -> None:
        """Pair (``True``) or unpair (``False``) two reports by hand; ``None`` forgets the choice."""
        with self._tx():
            ids = (self._document(last), self._document(this))
            self._db.execute("DELETE FROM pairings WHERE last_id = ? AND this_id = ?", ids)
            if paired is not None:
                self._db.execute("INSERT INTO pairings VALUES (?, ?, ?, ?)", (*ids, int(paired), now()))

    def overrides_for(self, last: Report, this: Report) -> list[Override]:
        """The reviewer's verdicts for this pair: on these texts or other versions of them."""
        rows = self._db.execute(
            "SELECT v.id, a.fingerprint, v.start, v.end, v.quote, v.prefix, v.suffix, v.verdict, v.comment,"
            " v.modified FROM verdicts v JOIN documents a ON a.id = v.last_id JOIN documents b ON b.id = v.this_id"
            f" WHERE ({_version('a')}) AND ({_version('b')}) ORDER BY v.id",
            _version_args(last) + _version_args(this),
        ).fetchall()
        return [
            Override(Anchor(r[1], r[2], r[3], r[4], r[5], r[6]), Verdict(r[7]), r[8], r[9], r[0])
            for r in rows
            if r[7] in VERDICTS
        ]

    def set_override(
        self, last: Report, this: Report, override: Override | None, replaces: int = 0
    ) -> Override | None:
        """Store the reviewer's verdict on a commitment of ``last`` in place of the stored one
        ``replaces`` (``None``: just remove that one); returns it as stored."""
        with self._tx():
            self._db.execute("DELETE FROM verdicts WHERE id = ?", (replaces,))
            if override is None:
                return None
            a, stamp = override.anchor, override.modified or now()
            cursor = self._db.execute(
                "INSERT INTO verdicts (last_id, this_id, start, end, quote, prefix, suffix, verdict, comment,"
                " modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self._document(last), self._document(this), a.start, a.end, a.quote, a.prefix, a.suffix,
                 override.verdict.value, override.comment, stamp),
            )  # fmt: skip
        return replace(override, modified=stamp, id=int(cursor.lastrowid or 0))

    def text_of(self, fingerprint: str) -> str | None:
        """The normalised text notes were written on, by its fingerprint (for re-attaching)."""
        row = self._db.execute("SELECT text FROM documents WHERE fingerprint = ?", (fingerprint,)).fetchone()
        return str(row[0]) if row else None


def _version(alias: str) -> str:
    """Documents that are a version of one report (see :meth:`NoteStore.notes_for`)."""
    return (
        f"{alias}.fingerprint = ? OR {alias}.path = ? OR ({alias}.body IS NOT NULL AND {alias}.body = ?"
        f" AND ({alias}.title = ? OR {alias}.path LIKE ? ESCAPE '\\'))"
    )


def _version_args(report: Report) -> tuple[object, ...]:
    stem = Path(report.path).stem
    return (report.fingerprint, report.path, report.body, report.title, "%/" + _like(stem) + ".%")


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        _retry(lambda: self._db.execute("BEGIN IMMEDIATE"))

    def __exit__(self, kind: object, value: object, tb: object) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")
