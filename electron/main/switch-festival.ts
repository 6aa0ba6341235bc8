// Switching the festival the shell runs: Festival > New festival / Open festival (another
// folder) and becoming the standby of a primary (a new folder, copied from it). The running
// venue server is closed and one is started on the other folder, on the same port (what
// jurors typed). On failure the previous festival starts again on that port and one error
// box says why (start-failure.ts); if that fails too, the box says so and the shell quits
// as a failed launch does: nothing would answer the organizer window, and the next launch
// offers the latest backup when the database is damaged. shell.ts gives it the server,
// the settings and the windows as functions.
import type { FolderPurpose } from './festival-folder.js';
import { errorFields, type Logger } from './logger.js';
import { switchFailureBox } from './start-failure.js';
import type { StandbyOf } from './standby.js';
import type { Lang, Strings } from './strings.js';

/** What the switch is for: another folder (new or existing), or becoming the standby. */
export type SwitchTo = { kind: FolderPurpose } | { kind: 'standby'; of: StandbyOf };

export type SwitchDeps = {
  /** The port of the running venue server, if one runs. */
  port(): number | undefined;
  /** Closes the running venue server (none runs afterwards). */
  close(): Promise<void>;
  /** Starts the venue server on dataDir (as the standby of `standbyOf` when given). */
  start(dataDir: string, port: number | undefined, standbyOf?: StandbyOf): Promise<unknown>;
  /** The folder of the festival running now. */
  current(): string;
  /** Remembers dataDir as the festival to open at the next launch. */
  remember(dataDir: string): void;
  /** Points the organizer and projector windows at the festival running now. */
  reloadWindows(): void;
  showErrorBox(title: string, body: string): void;
  exit(code: number): void;
  lang(): Lang;
  strings(): Strings;
  log: Logger;
};

/** The switch: resolves once the new festival (or the previous one again) runs. */
export function createFestivalSwitch(deps: SwitchDeps) {
  const { log } = deps;
  return async (dataDir: string, to: SwitchTo): Promise<void> => {
    const previous = deps.current();
    const port = deps.port();
    await deps.close();
    try {
      await deps.start(dataDir, port, to.kind === 'standby' ? to.of : undefined);
      deps.remember(dataDir);
    } catch (err) {
      const what =
        to.kind === 'standby'
          ? 'could not become the standby'
          : 'could not open the festival folder';
      log.error(what, { dataDir, kind: to.kind, ...errorFields(err) });
      let reopenFailed: { err: unknown } | undefined;
      try {
        await deps.start(previous, port);
      } catch (again) {
        log.error('the previous festival could not be opened again', {
          dataDir: previous,
          ...errorFields(again),
        });
        reopenFailed = { err: again };
      }
      const box = switchFailureBox(err, to.kind, deps.lang(), deps.strings(), reopenFailed);
      deps.showErrorBox(box.title, box.body);
      if (reopenFailed) {
        deps.exit(1);
        return;
      }
    }
    deps.reloadWindows();
  };
}
