"""Fields derived from the whole text once it is read: the issuer (its name and stock
listings), the co-issuers of a joint release (``coissuers``), the slug and the language."""

from __future__ import annotations

from typing import Any

from pressrelease.importing import coissuers, parts
from pressrelease.importing.report import q
from pressrelease.importing.state import State, around

_LEAD_STOP = frozenset({"The", "On", "In", "Today", "At", "For", "This", "A", "An", "As", "With"})


class Issuer(State):
    """The issuer, the slug and the language."""

    def _issuer(self) -> None:
        if not self._joint():
            self._one_issuer()
        self._stated_issuers()

    def _stated_issuers(self) -> None:
        """Complete the issuers the words gave with what the document states about them:
        whole names, web sites, listings (see ``stated``)."""
        from pressrelease.importing.stated import stated

        issuers = [self.data["issuer"], *self.data.get("co_issuers", [])]
        given, where = stated([i["name"] for i in issuers], self.meta, self.lang)
        for index, (issuer, full) in enumerate(zip(issuers, given, strict=False)):
            path = "issuer" if index == 0 else f"co_issuers.{index - 1}"
            if full["name"] != issuer["name"]:
                self.guess(1, f"{path}.name", f'"{full["name"]}" as {where} names it, not '
                           f'"{issuer["name"]}" as the text does')  # fmt: skip
                issuer["name"] = full["name"]
            if "website" in full:
                issuer["website"] = full["website"]
                self.guess(1, f"{path}.website", f"web site {full['website']} from {where}")
            # Compared as sets of (exchange, symbol): searched in the lists, a page stating
            # 40,000 symbols beside 5,000 in its text took 50 s to merge them.
            listings = issuer.get("listings", [])
            stated_listings = full.get("listings", [])
            known = {(x["exchange"], x["symbol"]) for x in listings}
            stated_keys = {(x["exchange"], x["symbol"]) for x in stated_listings}
            added = [x for x in stated_listings if (x["exchange"], x["symbol"]) not in known]
            if added:
                rest = [x for x in listings if (x["exchange"], x["symbol"]) not in stated_keys]
                issuer["listings"] = [*stated_listings, *rest]
                shown = ", ".join(f"{x['exchange']}: {x['symbol']}" for x in added)
                self.guess(1, f"{path}.listings", f"listings {shown} from {where}")

    def _joint(self) -> bool:
        """A joint release: the lead's subject names two or more organisations that About
        sections or their listings confirm (see ``coissuers``); the first is ``issuer``."""
        from pressrelease.inline import InlineText

        lead = next((b for b in self.body if isinstance(b, str)), "")
        try:
            plain = InlineText(lead).plain
        except ValueError:
            return False
        named = coissuers.subject(plain, coissuers.conjunctions(self.lang))
        found = coissuers.confirmed(named or [], [b["heading"] for b in self.abouts])
        if not found:
            return False
        line = self.lines.get("lead", 1)
        issuers: list[dict[str, Any]] = []
        for index, announcer in enumerate(found):
            path = "issuer" if index == 0 else f"co_issuers.{index - 1}"
            role = "issuer" if index == 0 else "co-issuer"
            others = [f'"{a.name}"' for a in found if a is not announcer]
            self.guess(
                line,
                f"{path}.name",
                f'{role} "{announcer.name}": named with {", ".join(others)} as announcing in '
                f"the lead, confirmed by {' and '.join(announcer.evidence)}",
            )
            issuers.append({"name": announcer.name})
        for announcer in named or []:
            if all(announcer.name != issuer["name"] for issuer in issuers):
                self.guess(
                    line,
                    "co_issuers",
                    f'"{announcer.name}" is named in the lead with the issuers, but no About '
                    "section or listing of its own confirms it: not made a co-issuer",
                )
        listed: set[tuple[int, str, str]] = set()  # each issuer's listings, looked up in O(1)
        for exchange, symbol, offset in parts.tickers(self.text):
            before = parts.name_before(self.text, offset)
            index = coissuers.owner(found, (exchange, symbol), before)
            if (index, exchange, symbol) in listed:
                continue
            listed.add((index, exchange, symbol))
            listings = issuers[index].setdefault("listings", [])
            listings.append({"exchange": exchange, "symbol": symbol})
            path = "issuer" if index == 0 else f"co_issuers.{index - 1}"
            self.guess(
                self.line_at(offset),
                f"{path}.listings.{len(listings) - 1}",
                f"listing {exchange}: {symbol} of {issuers[index]['name']} from "
                f"{q(around(self.text, offset), 60)}",
            )
        self.data["issuer"], self.data["co_issuers"] = issuers[0], issuers[1:]
        return True

    def _one_issuer(self) -> None:
        everything = self.text
        listings: list[dict[str, str]] = []
        listed: set[tuple[str, str]] = set()  # the same listings, looked up in O(1)
        name = None
        for exchange, symbol, offset in parts.tickers(everything):
            if (exchange, symbol) not in listed:
                listed.add((exchange, symbol))
                listings.append({"exchange": exchange, "symbol": symbol})
                line = self.line_at(offset)
                self.guess(
                    line,
                    f"issuer.listings.{len(listings) - 1}",
                    f"listing {exchange}: {symbol} from {q(around(everything, offset), 60)}",
                )
                if name is None:
                    name = parts.name_before(everything, offset)
                    if name:
                        self.guess(
                            line,
                            "issuer.name",
                            f'issuer "{name}": the name before its stock listing',
                        )
        if name is None:
            name = self._issuer_from_sections()
        self.data["issuer"] = {"name": name}
        if listings:
            self.data["issuer"]["listings"] = listings

    def _issuer_from_sections(self) -> str:
        for boilerplate in self.abouts:
            heading = boilerplate["heading"]
            if parts.about(heading):
                name = coissuers.about_subject(heading)  # None for "About the study"
                if name:
                    self.guess(
                        self.lines.get(heading, 1),
                        "issuer.name",
                        f'issuer "{name}" from the heading "{heading}"',
                    )
                    return str(name)
        lead = next((b for b in self.body if isinstance(b, str)), "")
        words: list[str] = []
        for word in lead.replace("\\", "").split()[:6]:
            clean_word = word.rstrip(",.;:")
            if (
                not clean_word[:1].isupper() and not clean_word[:1].isdigit()
            ) or clean_word in _LEAD_STOP:
                break
            words.append(clean_word)
            if word != clean_word:
                break
        name = " ".join(words) or self.data["headline"].split()[0]
        self.guess(
            self.lines.get("lead", 1),
            "issuer.name",
            f'issuer "{name}" from the start of the lead (no listing, no About section)',
        )
        return name

    def _slug_and_language(self) -> None:
        dateline = self.data["dateline"]
        dated = not any(g.field == "dateline.date" and "today" in g.message for g in self.guesses)
        base = parts.slugify(self.data["issuer"]["name"], 40)
        if dated and base:
            slug = f"{base}-{dateline['date'].isoformat()}"
        else:
            slug = parts.slugify(self.data["headline"]) or "release"
        self.data = {"slug": slug, **self.data}
        if self.detected is not None and self.detected.why is not None:
            self.guess(1, "language", self.detected.why)
        self.data["language"] = self.lang
