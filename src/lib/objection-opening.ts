/**
 * The "say this" line of an objection: its `opening` when the author wrote one, else the first
 * sentence of the response. A sentence ends at ".", "!" or "?" followed by a space (or the end),
 * so figures such as "EUR 4.150" or "1.5 %" do not cut it short.
 */
export function openingLine(objection: { opening?: string | undefined; response: string }): string {
  if (objection.opening?.trim()) return objection.opening.trim();
  const text = objection.response.trim();
  const match = /^.+?[.!?]["'”’)]?(?=\s|$)/su.exec(text);
  return (match?.[0] ?? text).trim();
}

/** True when the opening says less than the whole response (else showing both only repeats it). */
export function openingAddsSomething(objection: { opening?: string | undefined; response: string }): boolean {
  return openingLine(objection) !== objection.response.trim();
}
