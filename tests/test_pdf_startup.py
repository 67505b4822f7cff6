"""The lazy import of reportlab's URL pattern (pressrelease/renderers/pdf/startup.py): it must
still find reportlab's pattern, and the pattern must behave exactly like a compiled one."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap


def test_uri_pattern_is_left_lazy_and_behaves_like_the_real_one() -> None:
    """In a fresh interpreter (reportlab not yet imported), the pattern is the stand-in; it
    splits a long URL exactly as the real pattern does, and nothing else was wrapped."""
    script = textwrap.dedent(
        """
        import re
        from pressrelease.renderers.pdf.startup import LazyPattern, import_platypus
        import_platypus()
        import reportlab.platypus.paragraph as paragraph
        assert isinstance(paragraph.uri_pat, LazyPattern), type(paragraph.uri_pat)
        assert re.compile.__module__ == "re"
        assert isinstance(paragraph._hy_letters_pat, re.Pattern)
        url = "https://www.example.com/a/very/long/path/to/a/page?query=1"
        lazy = paragraph._uri_split_pairs(url)
        paragraph.uri_pat = re.compile(paragraph.uri_pat.pattern, paragraph.uri_pat.flags)
        assert lazy == paragraph._uri_split_pairs(url) and lazy, lazy
        assert paragraph._uri_split_pairs("not a url at all") is None
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_a_pdf_with_a_long_url_still_renders() -> None:
    """A URL too long for a line goes through ``uri_pat``: it must still split and render."""
    from pressrelease.loading import loads
    from pressrelease.pipeline import render_one
    from tests.pdf_reading import all_text

    long_url = "https://www.example.com/" + "/".join(["segment"] * 40)
    release = loads(
        textwrap.dedent(
            f"""
            slug: long-url
            headline: A release with a long address
            dateline: {{city: Berlin, date: 2024-05-02}}
            issuer: {{name: Acme}}
            body:
              - "See {long_url} for details."
            """
        )
    )
    text = re.sub(r"\s+", "", all_text(render_one(release, "pdf")))
    assert long_url.replace("https://", "") in text
