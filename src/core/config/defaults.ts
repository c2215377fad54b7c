/** Settings limber uses when config.json and the command line say nothing. */
export const defaultDailyLimit = 3;
export const defaultBreakMinutes = 3;
/** The reminder loop: minutes of work, snooze minutes, time away that counts as a break, put-offs in a row. */
export const defaultRemind = { every: 50, snooze: 5, awayMinutes: 5, limit: 3 } as const;
