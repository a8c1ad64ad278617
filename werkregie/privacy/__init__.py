"""The citizen's rights of access and portability (GDPR articles 15 and 20): an export of everything the register holds
about them, as JSON and as a readable PDF, produced in the background, downloadable once, for 7 days."""
