// People's-choice setup shared by the vote tests: tickets made and listed, voting opened.
import type { TicketRow } from '../../shared/contract/voting-views.js';
import { expectOk, type Client } from './server.js';

/** Makes `count` more tickets and lists them all (serial order). */
export async function makeTickets(org: Client<'organizer'>, count: number): Promise<TicketRow[]> {
  expectOk(await org.call('tickets:make', { count }));
  return expectOk(await org.call('tickets:list', {})).tickets;
}

/**
 * Makes `count` tickets and opens voting in `categoryIds` (default: the festival's first
 * category). categoryId is the first of them, entryIds its entries (festival order).
 */
export async function openVoting(
  org: Client<'organizer'>,
  count: number,
  categoryIds?: string[],
): Promise<{
  tickets: TicketRow[];
  codes: string[];
  categoryId: string;
  entryIds: string[];
}> {
  const snap = await org.waitFor(() => true);
  const tickets = await makeTickets(org, count);
  const open = categoryIds ?? [snap.categories[0]!.id];
  for (const categoryId of open)
    expectOk(await org.call('voting:open', { categoryId, open: true }));
  const categoryId = open[0]!;
  return {
    tickets,
    codes: tickets.map((x) => x.code),
    categoryId,
    entryIds: snap.entries.filter((e) => e.categoryId === categoryId).map((e) => e.id),
  };
}
