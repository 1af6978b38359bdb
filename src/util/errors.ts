// The one way amlnet turns a thrown value into text for a message: the error's message, never its stack.

/** The message of an error without its stack (a non-Error value as text). */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
