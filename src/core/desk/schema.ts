import { z } from 'zod';

/** The single source of truth for data/desk.json, the workstation self-check; its JSON Schema is generated. */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case id' });

export const deskSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.string().regex(/^\d+\.\d+$/),
    references: z.array(z.strictObject({ id, title: z.string().min(1), url: z.url({ protocol: /^https?$/ }) })).min(1),
    items: z
      .array(
        z.strictObject({
          id,
          /** What the check is about: the workstation, or (the guide's reflection) what feeds the tension. */
          group: z.enum(['workstation', 'habits']),
          /** A yes/no question in plain words. */
          text: z.string().min(1),
          kind: z.literal('yes-no'),
          /** The answer that means something to change. */
          problemWhen: z.boolean(),
          /** The change to make, in a sentence. */
          fix: z.string().min(1),
          /** Why it matters, in a sentence. */
          reason: z.string().min(1),
          /** How much it matters for upper-back tension, 1 (a little) to 3 (most); the report lists the heaviest first. */
          weight: z.int().min(1).max(3),
          /** The limber command that helps, if one does. */
          helps: z.enum(['break', 'chart', 'remind']).optional(),
          source: id,
        }),
      )
      .min(1),
  })
  .superRefine((data, ctx) => {
    const refs = new Set(data.references.map((r) => r.id));
    const ids = new Set<string>();
    for (const [i, item] of data.items.entries()) {
      if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate id "${item.id}"` });
      ids.add(item.id);
      if (!refs.has(item.source)) ctx.addIssue({ code: 'custom', path: ['items', i, 'source'], message: `no reference has the id "${item.source}"` });
    }
  });

export type DeskData = z.infer<typeof deskSchema>;
export type DeskItem = DeskData['items'][number];
