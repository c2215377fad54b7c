/** The English messages of every t() and tn() in src/, as data/messages/en.json holds them. */
export function extractMessages(root?: string): Record<string, string | { one: string; other: string }>;
