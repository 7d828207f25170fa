"""summitx: sourced meetings, statements and agreements from news about diplomatic summits.

The API (`summitx.extract`, `summitx.Article`, the record models) loads on first use, so
`import summitx` and `summitx --help` stay fast: spaCy and pydantic load only to extract.
"""

from __future__ import annotations

import sys
import types
from typing import Any

__version__ = "0.1.0"
__all__ = ["Article", "Record", "__version__", "extract"]

# Public name -> the module that defines it, imported when the name is first used.
_LAZY = {
    "extract": "summitx.api",
    "Article": "summitx.loader",
    "Record": "summitx.records",
    "DocumentRecord": "summitx.records",
    "PersonRecord": "summitx.records",
    "MeetingRecord": "summitx.records",
    "StatementRecord": "summitx.records",
    "AgreementRecord": "summitx.records",
    "EventRecord": "summitx.records",
    "MergedPersonRecord": "summitx.records",
    "QuoteLinkRecord": "summitx.records",
}


class _Package(types.ModuleType):
    """`summitx.extract` is the API function, though `summitx/extract/` is also the name of
    the extractors' subpackage. Python binds every imported submodule as an attribute of
    its parent, which would replace the function once the extractors load; this keeps the
    function. The subpackage is still imported by its full name
    (`from summitx.extract.people import ...`), never as `summitx.extract.<name>`."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "extract" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'summitx' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
