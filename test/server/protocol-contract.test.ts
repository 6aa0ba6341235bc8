// docs/PROTOCOL.md documents every call and push of the socket contract, each under its own
// audience, and docs/ELECTRON.md every IPC channel: a call added without its documentation
// fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  jurorCalls,
  organizerCalls,
  pushNames,
  screenCalls,
  voterCalls,
  type JurorPushes,
  type VoterPushes,
  type OrganizerPushes,
  type ScreenPushes,
} from '../../shared/contract/events.js';
import { ipcCalls, ipcPushes } from '../../shared/contract/ipc.js';
import { replicaCalls, replicaPushNames } from '../../shared/contract/replica.js';

const docs = join(import.meta.dirname, '../../docs');
const protocol = readFileSync(join(docs, 'PROTOCOL.md'), 'utf8');
const electron = readFileSync(join(docs, 'ELECTRON.md'), 'utf8');

/** The text of a markdown section, from its heading to the next heading of its level or above. */
function section(doc: string, heading: string): string {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const level = heading.split(' ')[0]!.length;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^#+ /.test(l) && l.split(' ')[0]!.length <= level);
  return rest.slice(0, end === -1 ? undefined : end).join('\n');
}

const undocumented = (names: readonly string[], text: string) =>
  names.filter((n) => !text.includes(`\`${n}\``));

describe('the protocol documents', () => {
  it('names every call under its audience', () => {
    expect(undocumented(Object.keys(jurorCalls), section(protocol, '### Juror'))).toEqual([]);
    expect(undocumented(Object.keys(screenCalls), section(protocol, '### Screen'))).toEqual([]);
    expect(undocumented(Object.keys(organizerCalls), section(protocol, '### Organizer'))).toEqual(
      [],
    );
    expect(undocumented(Object.keys(voterCalls), section(protocol, '### Voter'))).toEqual([]);
    expect(undocumented(Object.keys(replicaCalls), section(protocol, '### Replica'))).toEqual([]);
    expect(undocumented(replicaPushNames, section(protocol, '### Replica'))).toEqual([]);
  });

  it('names every push', () => {
    expectTypeOf<(typeof pushNames.juror)[number]>().toEqualTypeOf<keyof JurorPushes>();
    expectTypeOf<(typeof pushNames.screen)[number]>().toEqualTypeOf<keyof ScreenPushes>();
    expectTypeOf<(typeof pushNames.organizer)[number]>().toEqualTypeOf<keyof OrganizerPushes>();
    expectTypeOf<(typeof pushNames.voter)[number]>().toEqualTypeOf<keyof VoterPushes>();
    const pushes = section(protocol, '## Pushes');
    for (const names of Object.values(pushNames)) expect(undocumented(names, pushes)).toEqual([]);
  });

  it('names every IPC channel of the desktop shell', () => {
    const ipc = section(electron, '## IPC channels');
    expect(undocumented([...Object.keys(ipcCalls), ...Object.keys(ipcPushes)], ipc)).toEqual([]);
  });
});
