/**
 * The one error type of the action. `message` says what failed and where; `hint` says what to do.
 * main.ts prints both and fails the step. Anything else thrown is reported as an unexpected error.
 */
export class ActionError extends Error {
  readonly hint?: string;
  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ActionError';
    this.hint = hint;
  }
}

/** An input that does not parse or does not fit with the others. Always raised before any side effect. */
export class InputError extends ActionError {
  readonly input: string;
  constructor(input: string, message: string, hint?: string) {
    super(`Input '${input}': ${message}`, hint);
    this.name = 'InputError';
    this.input = input;
  }
}

export function describeError(err: unknown): string {
  if (err instanceof ActionError) return err.hint ? `${err.message}\nHint: ${err.hint}` : err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
