"""Parts of the PDF renderer: fonts and coverage, styles, inline markup, story, page furniture."""
