// Number fields are text inputs (inputMode numeric): their text becomes a number here.

/** A number field's text → number, or null when empty / not a whole number. */
export function parseIntOrNull(v: string): number | null {
  const s = v.trim();
  if (!/^\d+$/.test(s)) return null;
  return Number(s);
}
