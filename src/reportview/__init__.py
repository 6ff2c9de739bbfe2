"""reportview (报告比对): compare annual rule-of-law government reports side by side."""

__version__ = "0.1.0"
