/** Shown in --help and on first run. Kept in code, not data, so --help never reads a file. */
export const disclaimer = `limber gives general information, not medical advice. It cannot examine you and can miss
problems. If something feels wrong, stop and ask a doctor or physiotherapist. In an emergency, call
your local emergency number.`;
