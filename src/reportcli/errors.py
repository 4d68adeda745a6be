"""Errors the core raises; the CLI turns each into one line on stderr and its exit code."""

from __future__ import annotations

EXIT_OK = 0
EXIT_NO_MATCH = 1
EXIT_SOME_FAILED = 1  # ingest: some files could not be drafted (said in the summary)
EXIT_USAGE = 2


class ReportcliError(Exception):
    """An expected failure with a message for the user and an exit code."""

    exit_code = EXIT_USAGE


class UsageError(ReportcliError):
    """Bad arguments: unknown region, kind, id, empty query …"""


class DataError(ReportcliError):
    """A knowledge base that cannot be loaded; `problems` lists every finding."""

    def __init__(self, message: str, problems: list | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class NoMatch(ReportcliError):
    """Nothing matched; `suggestions` are near names for a "did you mean" line."""

    exit_code = EXIT_NO_MATCH

    def __init__(self, message: str, suggestions: list[str] | None = None) -> None:
        super().__init__(message)
        self.suggestions = suggestions or []
