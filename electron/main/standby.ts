// "Jadikan laptop cadangan...": the decisions of turning this laptop into the standby of a
// primary. The desk's form sends the primary's address and the pairing code (or the whole
// pairing line); this checks them again, refuses this laptop's own address, asks for a
// native confirmation naming the primary and the new folder, and only then hands the
// restart to the shell. The festival open now is never overwritten: the copy goes into a
// new folder. What this does not do: copy or follow anything (the venue server does).
import { mkdirSync } from 'node:fs';
import type { BaseWindow } from 'electron';
import { join } from 'node:path';
import { DomainError } from '../../shared/contract/errors.js';
import type { IpcParsed } from '../../shared/contract/ipc.js';
import { pairCodeSchema } from '../../shared/contract/replica.js';
import { parsePairInput } from '../../shared/standby-pairing.js';
import type { HelpDeps } from './help-dialogs.js';
import type { Strings } from './strings.js';

export type StandbyOf = { url: string; code: string };

export type BecomeStandbyDeps = {
  /** This laptop's own server addresses: pairing with itself is refused. */
  ownUrls(): string[];
  /** Native confirmation naming the primary and the folder; true = go ahead. */
  confirm(primary: string, dataDir: string): Promise<boolean>;
  /** A new, empty folder for the copy. */
  newDataDir(): string;
  /** Closes the running festival and starts the standby on dataDir (after the reply). */
  switchToStandby(dataDir: string, of: StandbyOf): Promise<void>;
  report(err: unknown): void;
};

/** Reads the request; throws BAD_INPUT (nothing changes) when it is not usable. */
export function readStandbyRequest(
  input: IpcParsed<'standby:become'>,
  ownUrls: string[],
): StandbyOf {
  const parsed = parsePairInput(input.address);
  if (!parsed)
    throw new DomainError('BAD_INPUT', ['address: an http address, e.g. http://192.168.1.10:4321']);
  const code = pairCodeSchema.safeParse(
    input.code.trim() !== '' ? input.code : (parsed.code ?? ''),
  );
  if (!code.success) throw new DomainError('BAD_INPUT', ['code: the 12-character pairing code']);
  const own = new Set(ownUrls.map((u) => parsePairInput(u)?.address));
  if (own.has(parsed.address))
    throw new DomainError('BAD_INPUT', ["address: this is this laptop; type the primary's"]);
  return { url: parsed.address, code: code.data };
}

export async function becomeStandby(
  input: IpcParsed<'standby:become'>,
  deps: BecomeStandbyDeps,
): Promise<{ primary: string } | null> {
  const of = readStandbyRequest(input, deps.ownUrls());
  const dataDir = deps.newDataDir();
  if (!(await deps.confirm(of.url, dataDir))) return null;
  // Answer the page first: the switch reloads the organizer window.
  setImmediate(() => void deps.switchToStandby(dataDir, of).catch(deps.report));
  return { primary: of.url };
}

/** userData/standby-<time>: a folder of its own for each pairing, never an existing one. */
export function newStandbyDir(userData: string, now = Date.now()): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const dir = join(userData, `standby-${stamp}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** The native confirmation: names the primary and the new folder; the safe choice first. */
export async function confirmStandby(
  showMessageBox: HelpDeps['showMessageBox'],
  win: BaseWindow | null,
  s: Strings,
  primary: string,
  dataDir: string,
): Promise<boolean> {
  const { response } = await showMessageBox(win, {
    type: 'question',
    title: s.standbyTitle,
    message: s.standbyConfirm(primary),
    detail: s.standbyDetail(dataDir),
    buttons: [s.cancel, s.standbyGo],
    defaultId: 0,
    cancelId: 0,
  });
  return response === 1;
}
