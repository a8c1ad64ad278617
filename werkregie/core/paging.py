"""Page arithmetic shared by every paged result (person search, the citizen's access-log view): the class that uses it
has the fields `count`, `page` and `page_size`."""

from __future__ import annotations


class Paged:
    count: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.count // self.page_size))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1
