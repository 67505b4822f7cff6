"""The lazy patterns of pressrelease/lazy_patterns.py: each must still be found in the
library it is meant for, and behave exactly like the pattern compiled as usual."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

from pressrelease.loading import loads
from pressrelease.pipeline import render_one
from tests.pdf_reading import all_text


def _run(script: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_reportlab_uri_pattern_is_lazy_and_splits_urls_as_before() -> None:
    """In a fresh interpreter the pattern is the stand-in (so reportlab still writes it as we
    expect), it splits a long URL exactly as the compiled pattern does, and ``re.compile``
    is itself again afterwards."""
    _run(
        """
        import re
        from pressrelease.lazy_patterns import LazyPattern, import_platypus
        import_platypus()
        import reportlab.platypus.paragraph as paragraph
        assert isinstance(paragraph.uri_pat, LazyPattern), type(paragraph.uri_pat)
        assert re.compile.__module__ == "re"
        assert isinstance(paragraph._hy_letters_pat, re.Pattern)
        url = "https://www.example.com/a/very/long/path/to/a/page?query=1"
        lazy = paragraph._uri_split_pairs(url)
        paragraph.uri_pat = re.compile(paragraph.uri_pat.pattern, paragraph.uri_pat.flags)
        assert lazy and lazy == paragraph._uri_split_pairs(url), lazy
        assert paragraph._uri_split_pairs("not a url at all") is None
        print("ok")
        """
    )


def test_yaml_non_printable_pattern_is_lazy_and_equal() -> None:
    _run(
        """
        from pressrelease.lazy_patterns import LazyPattern, import_yaml
        import_yaml()
        import re, yaml.reader
        lazy = yaml.reader.Reader.NON_PRINTABLE
        assert isinstance(lazy, LazyPattern), type(lazy)
        real = re.compile(lazy.pattern, lazy.flags)
        for text in ("plain", "tab\\there", "bell\\x07", "\\ufffe", "emoji \\U0001F600"):
            assert (lazy.search(text) is None) == (real.search(text) is None), text
        yaml.load("a: 1", Loader=yaml.SafeLoader)  # the pure-Python reader uses it
        print("ok")
        """
    )


def test_a_pdf_with_a_url_too_long_for_a_line_renders() -> None:
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
