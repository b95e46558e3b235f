MAX_BATCH = 25


def chunk_batches(record_ids: list, batch_size: int = 4) -> list[list]:
    """Split ids into upload batches of at most batch_size (capped at MAX_BATCH)."""
    size = min(batch_size, MAX_BATCH)
    return [record_ids[i:i + size] for i in range(0, len(record_ids), size)]

# dev cases
chunk_batches([501, 502, 503, 504, 505, 506, 507, 508, 509, 510], 4)
chunk_batches(["inv-1", "inv-2", "inv-3"], 2)
