"""reportcli: a curated knowledge base of Chinese government work reports, and a CLI to query it."""

__version__ = "0.1.0"
