"""The pieces of the DOCX renderer: template, styles, body, package and language rules.

Split from ``renderers/docx.py`` so each module stays small; nothing here is public API.
"""
