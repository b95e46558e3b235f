/** A request a debug session (neural or compare) cannot serve now or with these arguments: its message is for the user. */
export class RequestError extends Error {
  override name = 'RequestError';
}
