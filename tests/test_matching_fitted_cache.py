"""The fitted n-gram indexes (titles, skills) are kept between processes (matching/engine/fitted.py): fitting the title
index took 10 s in every process that needed it (the import command, each server start, every CLI run). The kept
file answers exactly as a fresh fit, a changed text list never reads a stale file, and a damaged file is fitted again."""

import numpy as np

from werkregie.matching.engine import fitted

SETTINGS = {"analyzer": "char_wb", "ngram_range": (2, 4), "sublinear_tf": True, "dtype": np.float32}
TEXTS = ["lasser", "heftruckchauffeur", "poetsvrouw", "verpleegkundige", "magazijnmedewerker"]


def _same(a, b) -> bool:  # noqa: ANN001
    (va, ma), (vb, mb) = a, b
    probe = ["lassers", "chauffeur heftruck", "verpleger"]
    return va.vocabulary_ == vb.vocabulary_ and (ma != mb).nnz == 0 and np.allclose((va.transform(probe) @ ma).toarray(), (vb.transform(probe) @ mb).toarray())


def test_a_kept_index_answers_as_a_fresh_fit_and_is_read_back(tmp_path, monkeypatch):
    monkeypatch.setattr(fitted, "CACHE_DIR", tmp_path)
    first = fitted.char_ngrams(TEXTS, SETTINGS)
    files = list(tmp_path.glob("ngrams-*.pickle"))
    assert len(files) == 1 and not list(tmp_path.glob("*.part"))
    monkeypatch.setattr(fitted, "_fit", lambda texts, settings: (_ for _ in ()).throw(AssertionError("fitted again")))
    again = fitted.char_ngrams(TEXTS, SETTINGS)  # read back, not fitted
    monkeypatch.undo()
    assert _same(first, again) and _same(first, fitted._fit(TEXTS, SETTINGS))


def test_other_texts_or_settings_never_read_a_stale_file(tmp_path, monkeypatch):
    monkeypatch.setattr(fitted, "CACHE_DIR", tmp_path)
    fitted.char_ngrams(TEXTS, SETTINGS)
    other = fitted.char_ngrams([*TEXTS, "kok"], SETTINGS)
    assert other[1].shape[1] == len(TEXTS) + 1 and "kok" in " ".join(other[0].vocabulary_)
    fitted.char_ngrams(TEXTS, {**SETTINGS, "ngram_range": (3, 5)})
    assert len(list(tmp_path.glob("ngrams-*.pickle"))) == 3


def test_a_damaged_file_is_fitted_again_and_without_a_folder_nothing_is_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(fitted, "CACHE_DIR", tmp_path)
    fitted.char_ngrams(TEXTS, SETTINGS)
    [kept] = tmp_path.glob("ngrams-*.pickle")
    kept.write_bytes(b"not a pickle")
    assert _same(fitted.char_ngrams(TEXTS, SETTINGS), fitted._fit(TEXTS, SETTINGS))
    monkeypatch.setattr(fitted, "CACHE_DIR", None)
    fitted.char_ngrams(["iets anders"], SETTINGS)
    assert len(list(tmp_path.glob("ngrams-*.pickle"))) == 1


def test_an_evaluation_index_with_held_out_labels_is_not_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(fitted, "CACHE_DIR", tmp_path)
    fitted.char_ngrams(TEXTS, SETTINGS, keep=False)
    assert not list(tmp_path.iterdir())
