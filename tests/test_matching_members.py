"""The membership test of the candidate list (matching.engine.index.members) answers as np.isin does, whatever the ids:
empty, unsorted, repeated, negative, or spread too widely for a lookup table."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.matching.engine.index import TABLE_RANGE, members

ids = st.lists(st.integers(min_value=-1_000, max_value=10_000), max_size=200)


@settings(max_examples=200, deadline=None)
@given(ids, ids)
def test_members_is_isin(left, right):
    a, b = np.array(left, dtype=np.int64), np.array(right, dtype=np.int64)
    assert members(a, b).tolist() == np.isin(a, b).tolist()


def test_ids_spread_beyond_a_table_are_still_answered():
    a = np.array([1, 5, TABLE_RANGE * 4, 7], dtype=np.int64)
    b = np.array([TABLE_RANGE * 4, 5], dtype=np.int64)
    assert members(a, b).tolist() == [False, True, True, False]
