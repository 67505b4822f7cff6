"""Where the sections after the body go: the classic fields (``boilerplates``,
``disclaimers``, ``contacts``, ``end_mark``) when those print them in the order the source
did, else ``closing``, the sections in printed order."""

from __future__ import annotations

from typing import Any

from pressrelease.importing.state import State


class Closing(State):
    """The found sections placed into the release's fields."""

    @staticmethod
    def _classic(order: list[tuple[str, Any]], groups: list[dict[str, Any]]) -> bool:
        """Whether the classic fields print the sections in their published order."""
        rank = {"about": 0, "disclaimer": 1, "contacts": 2, "end_mark": 3}
        ranks = [rank.get(kind, 9) for kind, _ in order if kind != "dropped"]
        if ranks != sorted(ranks) or 9 in ranks:
            return False
        return all("heading" not in group for group in groups if group["contacts"])

    def _classic_fields(self, order: list[tuple[str, Any]], groups: list[dict[str, Any]]) -> None:
        boilerplates = [v for k, v in order if k == "about"]
        disclaimers = [v for k, v in order if k == "disclaimer"]
        self.data["boilerplates"] = boilerplates
        self.data["disclaimers"] = disclaimers
        cards = [c for k, v in order if k == "contacts" for c in groups[v]["contacts"]]
        if cards:
            self.data["contacts"] = cards
        for number, (line, message) in enumerate(self.contact_lines):
            self.guess(line, f"contacts.{number}", message)

    def _closing(
        self,
        order: list[tuple[str, Any]],
        head: list[tuple[str, Any]],
        groups: list[dict[str, Any]],
    ) -> None:
        """``closing``: the sections in published order (contacts printed above the headline
        come before the first contacts, else after the last About or disclaimer)."""
        if head:
            at = next((i for i, (k, _) in enumerate(order) if k == "contacts"), None)
            if at is None:
                kinds = [k for k, _ in order]
                at = max(
                    (i + 1 for i, k in enumerate(kinds) if k in ("about", "disclaimer")), default=0
                )
            order = order[:at] + head + order[at:]
        while order and order[-1][0] == "end_mark":
            order.pop()
        closing: list[dict[str, Any]] = []
        card_number = 0
        for kind, value in order:
            path = f"closing.{len(closing)}"
            if kind == "dropped":
                continue
            if kind == "end_mark":
                closing.append({"kind": "end_mark"})
            elif kind == "notes":
                closing.append({"kind": "notes", "blocks": value["paragraphs"]})
            elif kind == "contacts":
                group = groups[value]
                if not group["contacts"]:
                    continue
                closing.append({"kind": "contacts", **group})
                for number in range(len(group["contacts"])):
                    line, message = self.contact_lines[card_number]
                    self.guess(line, f"{path}.contacts.{number}", message)
                    card_number += 1
            else:
                closing.append({"kind": kind, **value})
        if closing:
            self.data["closing"] = closing
        self.guess(
            self.lines.get("lead", 1),
            "closing",
            "the sections after the body in the order they are printed (not About, disclaimers, "
            "contacts and the end mark last)",
        )
