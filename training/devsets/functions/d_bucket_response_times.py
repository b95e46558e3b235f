from bisect import bisect_right

BUCKET_EDGES = [100, 250, 500, 1000]
BUCKET_LABELS = ["<100ms", "100-249ms", "250-499ms", "500-999ms", "1s+"]


def bucket_response_times(latencies_ms: list[int]) -> dict[str, int]:
    """Count request latencies per histogram bucket (empty buckets omitted)."""
    counts = {}
    for latency in latencies_ms:
        label = BUCKET_LABELS[bisect_right(BUCKET_EDGES, latency)]
        counts[label] = counts.get(label, 0) + 1
    return {label: counts[label] for label in BUCKET_LABELS if label in counts}

# dev cases
bucket_response_times([87, 120, 250, 99, 1430, 310, 100, 640, 45, 999])
