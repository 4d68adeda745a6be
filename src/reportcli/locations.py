"""Where things are: the bundled knowledge base, a user's one, and the index cache.

Kept free of heavy imports: every command calls it before anything else.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import DataError

DATA_ENV = "REPORTCLI_DATA"
CACHE_ENV = "REPORTCLI_CACHE"
INGESTED_ENV = "REPORTCLI_INGESTED"
VOCABULARY_FILES = ("aliases.yaml", "units.yaml")
# beside the YAML files of the ingest store: each file's size and modification time, rewritten by
# `reportcli ingest`, so a query knows the store is unchanged from this one file
MANIFEST = "manifest.json"


def bundled_data_dir() -> Path:
    """The knowledge base that ships with the package (the repo's data/ in a checkout)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "data", here.parents[1] / "data"):
        if (candidate / "reports.yaml").is_file():
            return candidate
    raise DataError(f"the bundled knowledge base is missing (looked in {here / 'data'})")


def ingested_dir() -> Path:
    """Where `reportcli ingest` keeps drafted reports: $REPORTCLI_INGESTED, else
    $XDG_DATA_HOME/reportcli/ingested, else ~/.local/share/reportcli/ingested."""
    explicit = os.environ.get(INGESTED_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "reportcli" / "ingested"


def user_data_paths(option: str | None) -> list[Path]:
    """The user knowledge base named by --data or REPORTCLI_DATA (checked to exist), then the
    ingested drafts when there are any."""
    paths = []
    raw = option if option is not None else os.environ.get(DATA_ENV)
    if raw is not None:
        if not raw.strip():
            raise DataError("--data / REPORTCLI_DATA is empty")
        path = Path(raw).expanduser()
        if not path.exists():
            raise DataError(f"no such knowledge base: {path}")
        paths.append(path)
    drafts = ingested_dir()
    if _has_yaml(drafts):
        paths.append(drafts)
    return paths


def _has_yaml(directory: Path) -> bool:
    """Whether a directory holds a YAML file: stops at the first (a glob lists all 30,000 first)."""
    try:
        with os.scandir(directory) as entries:
            return any(e.name.endswith(".yaml") for e in entries)
    except OSError:  # missing, or not a directory
        return False


def yaml_files(path: Path) -> list[Path]:
    """A YAML file, or the YAML files of a directory (sorted; one report each, by convention)."""
    if path.is_dir():
        try:
            with os.scandir(path) as entries:
                files = sorted(path / e.name for e in entries if e.name.endswith((".yaml", ".yml"))
                               and e.is_file() and e.name not in VOCABULARY_FILES)
        except OSError as exc:
            raise DataError(f"cannot read the directory {path}: {exc.strerror}") from None
        if not files:
            raise DataError(f"no .yaml files in {path}")
        return files
    return [path]


def cache_dir() -> Path:
    """$REPORTCLI_CACHE, else $XDG_CACHE_HOME/reportcli, else ~/.cache/reportcli."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reportcli"


def read_manifest(directory: Path) -> dict[str, str]:
    """A directory's manifest: file name → "size:mtime" ({} when it has none or it is unreadable)."""
    import json

    try:
        raw = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in raw.get("files", {}).items()}
    except (OSError, ValueError, AttributeError):
        return {}


def write_manifest(directory: Path) -> None:
    """Write a directory's manifest from its YAML files as they are now (atomically)."""
    import json

    files = {}
    for path in yaml_files(directory):
        st = path.stat()
        files[path.name] = f"{st.st_size}:{st.st_mtime_ns}"
    tmp = directory / f".{MANIFEST}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps({"files": files}, ensure_ascii=False, indent=0), encoding="utf-8")
    os.replace(tmp, directory / MANIFEST)
