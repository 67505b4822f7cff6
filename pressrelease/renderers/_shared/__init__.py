"""What several formats share: escaping, link encoding, text direction, wrapping, the (X)HTML
tree, the deterministic ZIP writer and the schema.org object.

Nothing here imports a renderer, the CLI or a file-writing edge, so any renderer may use it
without standing on another renderer.
"""
