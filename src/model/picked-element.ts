import { z } from 'zod';

/** What the element picker reports from the page: page data, parsed like any message. */
export const pickedElementSchema = z.object({
  rect: z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() }),
  devicePixelRatio: z.number().positive().max(10),
  inView: z.boolean(),
  rendered: z.string().startsWith('data:image/png').optional(),
  text: z.string().max(200),
});
export type PickedElement = z.infer<typeof pickedElementSchema>;
