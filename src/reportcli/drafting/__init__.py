"""Drafting records from a report's raw text, one module a stage: `read` (decode, a working text
with width forms folded), `structure` (metadata and the report's parts), `facts` (the figures, one
record per fact), `names` (canonical names, 分别 lists). `reportcli.draft` puts them together and
adds the terms and tasks."""
