"""Every limit reportview puts on what it reads, in one place, each with why it has that value.

A real annual report is a few thousand to a few tens of thousands of characters: 50 KB of
text, a .docx of under 1 MB, a saved web page of under 2 MB. The limits sit one to two orders
of magnitude above that, so no real report meets them, while a file built to exhaust memory
or time is refused before the work, with the limit it hit named.
"""

from __future__ import annotations

#: Any file: far above a report with images embedded in a .docx or .pdf.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Text after extraction: a report is at most some 100,000 characters; 2 million is 20 reports.
MAX_TEXT_CHARS = 2_000_000
#: A plain-text or HTML file is parsed whole; a saved page of a report is under 2 MB.
MAX_MARKUP_BYTES = 16 * 1024 * 1024
#: A .docx is a zip: its parts as declared in the zip directory, before anything is inflated.
#: A report's document.xml is well under 10 MB; its numbering part under 1 MB.
MAX_DOCX_ENTRIES = 2_000
MAX_DOCX_PART_BYTES = 48 * 1024 * 1024
MAX_DOCX_TOTAL_BYTES = 160 * 1024 * 1024
#: Inflating beyond this many times the compressed size is a zip bomb, not a document
#: (Word's XML compresses some 10-20 times).
MAX_DOCX_RATIO = 200
#: Style inheritance (basedOn) deeper than this is a loop or an attack; Word nests a few.
MAX_STYLE_DEPTH = 32
#: Report files opened from one folder (with its subfolders): a province's reports, not a disk.
MAX_FOLDER_FILES = 1_000
#: HTML nesting the parser can follow (libxml2 stops at 256 levels and drops what is deeper).
MAX_HTML_DEPTH = 250
#: A saved comparison of 20 long reports with their originals and thousands of notes is a
#: few MB; JSON nesting and counts beyond these are not a file reportview wrote.
MAX_SAVED_BYTES = 32 * 1024 * 1024
MAX_SAVED_REPORTS = 500
MAX_SAVED_NOTES = 100_000

#: What each refusal says (English; translated where shown), naming the limit it hit.
TOO_MANY_PARTS = "the Word file has more than 2,000 parts"
PART_TOO_LARGE = "a part of the Word file unpacks to more than 48 MB"
DOCX_TOO_LARGE = "the Word file unpacks to more than 160 MB"
ZIP_BOMB = "the Word file is packed like a zip bomb (a part would unpack to over 200 times its size)"
MARKUP_TOO_LARGE = "text files and web pages are read whole, up to 16 MB"
HTML_TOO_DEEP = "the page is nested too deeply for a web page; its text was read without its layout"
REFUSALS = (TOO_MANY_PARTS, PART_TOO_LARGE, DOCX_TOO_LARGE, ZIP_BOMB, MARKUP_TOO_LARGE)
