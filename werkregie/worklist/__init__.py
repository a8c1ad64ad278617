"""The counsellor's one worklist (tasks from every domain) and the deadline sweep that fills it."""
