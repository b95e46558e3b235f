/** A request a compare session cannot serve now or with these arguments: its message is for the user. */
export class RequestError extends Error {
  override name = 'RequestError';
}
