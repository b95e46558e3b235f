/**
 * Collects the program's stdout between stops and removes the stop markers ndb_probe writes
 * into it. debugpy's launcher forwards output on a channel other than stop events, so at a
 * stop some earlier output may still be on its way; once the stop's marker has arrived, all
 * of it has. Output chunks arrive cut anywhere, so text that may be the start of the awaited
 * marker is held back until the next chunk decides.
 */
export class StdoutCollector {
  private sinceStop = '';
  private heldBack = '';
  private awaited: { marker: string; arrived: () => void } | null = null;

  /** `forward` receives the program's stdout as it arrives, without markers. */
  constructor(private readonly forward: (text: string) => void) {}

  /** Adds a chunk of debugpy `output` events of category stdout. */
  push(chunk: string): void {
    const text = this.heldBack + chunk;
    this.heldBack = '';
    if (!this.awaited) return this.emit(text);
    const { marker, arrived } = this.awaited;
    const at = text.indexOf(marker);
    if (at >= 0) {
      this.awaited = null;
      this.emit(text.slice(0, at) + text.slice(at + marker.length));
      arrived();
      return;
    }
    const keep = partialMarkerLength(text, marker);
    this.emit(text.slice(0, text.length - keep));
    this.heldBack = text.slice(text.length - keep);
  }

  /** Resolves when `marker` arrives; call before the marker can be written. */
  awaitMarker(marker: string): Promise<void> {
    return new Promise((resolve) => {
      this.awaited = { marker, arrived: resolve };
    });
  }

  /** Stops waiting for a marker that will not come, releasing held-back text. */
  cancelMarker(): void {
    this.awaited = null;
    this.push('');
  }

  /** The stdout received since the previous call. */
  take(): string {
    const text = this.sinceStop;
    this.sinceStop = '';
    return text;
  }

  private emit(text: string): void {
    if (!text) return;
    this.sinceStop += text;
    this.forward(text);
  }
}

/** Length of the longest end of `text` that is a proper start of `marker`. */
function partialMarkerLength(text: string, marker: string): number {
  for (let n = Math.min(marker.length - 1, text.length); n > 0; n--) {
    if (text.endsWith(marker.slice(0, n))) return n;
  }
  return 0;
}
