"""summitx: sourced meetings, statements and agreements from news about diplomatic summits."""

__version__ = "0.1.0"
