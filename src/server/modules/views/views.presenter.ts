/** Wire shape of a saved view. */
import { z } from 'zod';
import type { SavedViewRow } from './views.repository.ts';

export const savedViewWire = z.object({
  id: z.string().uuid(),
  screen: z.string(),
  name: z.string(),
  /** The screen's URL query (without "?"), e.g. "sort=title&dir=asc&size=50". */
  query: z.string(),
  updatedAt: z.string(),
});
export const savedViewListWire = z.object({ views: z.array(savedViewWire) });

export function presentView(r: SavedViewRow): z.infer<typeof savedViewWire> {
  return { id: r.id, screen: r.screen, name: r.name, query: r.query, updatedAt: new Date(r.updated_at).toISOString() };
}
