"""Drafting records from a report's raw text, one module a stage: `read` (decode, a working text
with width forms folded), `names` (canonical names, 分别 lists). The rest of the pipeline is in
`reportcli.draft`, moving here stage by stage."""
