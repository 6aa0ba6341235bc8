// The desktop shell's menu: the actions behind each item, wired to the running shell (its
// festival, windows and settings), and the template rebuilt from the current state
// (language, projector, displays). The items themselves: menu.ts.
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import type { IpcPushChannel, MenuCommand } from '../../shared/contract/ipc.js';
import type { VenueServer } from '../server/venue-server.js';
import type { FolderPurpose } from './festival-folder.js';
import { showFirewallHelp, showJurorAddresses, type HelpDeps } from './help-dialogs.js';
import { buildMenuTemplate, type MenuActions } from './menu.js';
import type { ProjectorController } from './projector.js';
import type { Settings } from './settings.js';
import type { ShellElectron } from './shell.js';
import type { Strings } from './strings.js';

export type ShellMenuContext = {
  electron: Pick<ShellElectron, 'app' | 'shell' | 'Menu' | 'screen'>;
  /** The shell's settings, changed in place (language, projector display). */
  settings: Settings;
  persist(): void;
  strings(): Strings;
  logsDir: string;
  /** The festival folder open now. */
  festivalDir(): string;
  helpDeps: HelpDeps;
  report(what: string): (err: unknown) => void;
  server(): VenueServer | null;
  organizer(): BrowserWindow | null;
  projector(): ProjectorController | null;
  pickFestivalFolder(purpose: FolderPurpose): Promise<void>;
  /** Builds the menu again (after a language change). */
  rebuild(): void;
};

/** Sets the application menu for the shell's current state. */
export function buildShellMenu(ctx: ShellMenuContext): void {
  const { settings } = ctx;
  const actions: MenuActions = {
    newFestival: () => void ctx.pickFestivalFolder('new').catch(ctx.report('new festival failed')),
    openFestival: () =>
      void ctx.pickFestivalFolder('open').catch(ctx.report('open festival failed')),
    sendToOrganizer: (command: MenuCommand) => {
      const channel: IpcPushChannel = 'menu:command';
      const organizer = ctx.organizer();
      if (organizer && !organizer.isDestroyed()) organizer.webContents.send(channel, command);
    },
    toggleProjector: () => ctx.projector()?.toggle(),
    setProjectorDisplay: (id) => {
      settings.projectorDisplay = id;
      ctx.persist();
      const projector = ctx.projector();
      projector?.setPreferredDisplay(id);
      if (projector && !projector.isOpen()) projector.open();
    },
    setLang: (lang) => {
      settings.lang = lang;
      ctx.persist();
      ctx.rebuild();
    },
    showJurorAddresses: () => {
      const server = ctx.server();
      if (server)
        showJurorAddresses(ctx.helpDeps, ctx.organizer(), server, ctx.strings()).catch(
          ctx.report('juror addresses dialog failed'),
        );
    },
    showFirewallHelp: () => {
      const server = ctx.server();
      if (server)
        showFirewallHelp(ctx.helpDeps, ctx.organizer(), server.port, ctx.strings()).catch(
          ctx.report('firewall dialog failed'),
        );
    },
    openLogFolder: () =>
      void ctx.electron.shell
        .openPath(ctx.logsDir)
        .catch(ctx.report('could not open the log folder')),
    showAbout: () => {
      const detail = ctx
        .strings()
        .aboutDetail(
          ctx.electron.app.getVersion(),
          ctx.festivalDir(),
          join(ctx.logsDir, 'panggung.log'),
        );
      ctx.helpDeps
        .showMessageBox(ctx.organizer(), {
          type: 'info',
          title: 'Panggung',
          message: 'Panggung',
          detail,
          buttons: [ctx.strings().ok],
        })
        .catch(ctx.report('about dialog failed'));
    },
    quit: () => ctx.electron.app.quit(),
  };
  const screen = ctx.electron.screen;
  const projector = ctx.projector();
  const template = buildMenuTemplate(
    {
      lang: settings.lang,
      projectorOpen: projector?.isOpen() ?? false,
      preferredDisplay: projector?.preferredDisplay() ?? settings.projectorDisplay,
      displays: screen.getAllDisplays(),
      primaryId: screen.getPrimaryDisplay().id,
      devTools: !ctx.electron.app.isPackaged,
    },
    actions,
  );
  ctx.electron.Menu.setApplicationMenu(ctx.electron.Menu.buildFromTemplate(template));
}
