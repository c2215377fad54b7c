/** Settings limber uses when config.json and the command line say nothing. */
export const defaultDailyLimit = 3;
export const defaultBreakMinutes = 3;
