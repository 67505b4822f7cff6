"""Built-in renderers, one format per module; each imports its library only when rendering."""
