"""French and English for the batch layer (werkregie/batch/), issue 18 point 9."""

T = {
    "Batchverwerking": ("Traitement par lots", "Batch processing"),
    "bezig": ("en cours", "running"),
    "klaar": ("terminé", "done"),
    "mislukt": ("échoué", "failed"),
    "te doen": ("à faire", "to do"),
    "batchrun": ("exécution par lots", "batch run"),
    "batchpartitie": ("partition de lot", "batch partition"),
}
