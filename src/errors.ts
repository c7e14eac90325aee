/** An input that cannot be extracted (empty, binary, undecodable): reported with its path, never thrown past the runner. */
export class InputError extends Error {
  override name = "InputError";
}
