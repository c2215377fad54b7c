/**
 * The emergency number is shown in every urgent text, so it must be a number a person can dial: digits, "+",
 * spaces and dashes, nothing that could carry an escape sequence or other text. Returns the problem, if any.
 */
export function emergencyNumberProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^[0-9+ -]+$/.test(trimmed) || !/[0-9]/.test(trimmed) || trimmed.length > 20) {
    return 'expected a phone number such as "112" or "+44 20 7946 0000": digits, +, spaces and dashes only, at most 20 characters';
  }
  return undefined;
}
