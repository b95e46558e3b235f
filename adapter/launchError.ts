/** A launch the user must fix; its message says what and where. */
export class LaunchError extends Error {
  override name = 'LaunchError';
}
