// Property-based generators of hostile payloads for the protocol fuzz test
// (test/reliability/fuzz.test.ts), and what a correct refusal looks like.
import fc from 'fast-check';
import { errorMessages } from '../../shared/contract/errors.js';

/** Values that look almost right: the shapes a buggy or hostile client sends. */
export const nasty = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    NaN,
    Infinity,
    -0,
    '',
    '0',
    '__proto__',
    'constructor',
    'e001',
    'presentasi',
    'panel-a',
  ),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.object({ maxDepth: 2 }),
  fc.string({ minLength: 5000, maxLength: 20000 }),
);

/** A valid vote with one field wrong, missing, or one field too many. */
function nearVotes(validVote: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(validVote);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...keys), nasty).map(([k, v]) => ({ ...validVote, [k]: v })),
    fc
      .constantFrom(...keys)
      .map((k) => Object.fromEntries(Object.entries(validVote).filter(([key]) => key !== k))),
    fc
      .tuple(fc.constantFrom('extra', 'phoneId', '__proto__', 'receipt'), nasty)
      .map(([k, v]) => ({ ...validVote, [k]: v })),
  );
}

/** Hostile payloads for an event; /voter's vote events also get near-valid votes. */
export function payloads(
  event?: string,
  validVote: Record<string, unknown> = {},
): fc.Arbitrary<unknown> {
  if (event === 'vote:cast' || event === 'ballot:get')
    return fc.oneof(payloads(), nearVotes(validVote));
  return fc.oneof(
    fc.anything({ maxDepth: 3, withNullPrototype: true, withTypedArray: true }),
    // Objects with the contract's field names and wrong values.
    fc.dictionary(
      fc.constantFrom(
        'submissionId',
        'entryId',
        'stageId',
        'status',
        'values',
        'comment',
        'panelId',
        'action',
        'reason',
        'jurorId',
        'privacy',
        'screen',
        'mode',
        'setup',
        'replace',
        'file',
        'confirm',
        'outbox',
        'categoryId',
        'places',
        'entryIds',
        'ticket',
        'phoneId',
        'voteId',
        '__proto__',
        'extra',
      ),
      nasty,
      { maxKeys: 8 },
    ),
  );
}

/** The payload as the server parses it, for plain JSON payloads (others are sent as they are). */
export function asSent(payload: unknown): unknown {
  try {
    const json = JSON.stringify(payload);
    return json === undefined ? undefined : (JSON.parse(json) as unknown);
  } catch {
    return payload;
  }
}

export function isEnvelope(res: unknown): boolean {
  if (typeof res !== 'object' || res === null) return false;
  const r = res as Record<string, unknown>;
  const messages = r.messages as Record<string, unknown> | undefined;
  return (
    r.ok === false &&
    typeof r.code === 'string' &&
    r.code in errorMessages &&
    typeof r.message === 'string' &&
    typeof messages?.id === 'string' &&
    typeof messages?.en === 'string'
  );
}
