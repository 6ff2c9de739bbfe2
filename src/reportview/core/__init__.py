"""Pure-Python analysis core: reading, normalising, structuring and comparing reports.

Nothing under this package imports Qt; the desktop shell in ``reportview.ui`` sits on top.
"""
