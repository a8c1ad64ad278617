"""CI speed of stop 34: `suppress` answers at once when no count is small (an empty register, a large one); the full
rounds give the same answer: nothing hidden, whatever the relations."""

from hypothesis import given
from hypothesis import strategies as st

from werkregie.core import suppression


@given(st.lists(st.sampled_from([0, 0, 0, 10, 25, 400]), min_size=4, max_size=40), st.integers(0, 2**16))
def test_without_small_counts_nothing_is_hidden_as_the_full_rounds_find(values, seed):
    import random

    rng = random.Random(seed)
    cells = {f"c{i}": v for i, v in enumerate(values)}
    keys = list(cells)
    sums = []
    for _ in range(rng.randint(1, 8)):
        whole, *parts = rng.sample(keys, rng.randint(2, min(6, len(keys))))
        sums.append((whole, parts))
    assert suppression.suppress(cells, sums, below=10) == set()
    state = suppression._State(cells, suppression._index(sums), set(), set(), set(), 10)
    state.run()
    assert state.hidden == set()
