// The application menu as data: a pure function of the shell's state and the actions it
// offers. Items whose action is absent are left out rather than shown disabled, so the
// menu never promises what the app cannot do. Import, export, backup and restore are
// done by the organizer page over its socket: those items push a command to it.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract/ipc.js';
import type { DisplayLike } from './displays.js';
import { strings, type Lang } from './strings.js';

export type MenuState = {
  lang: Lang;
  projectorOpen: boolean;
  preferredDisplay: number | null;
  displays: readonly DisplayLike[];
  primaryId: number;
  devTools: boolean;
};

export type MenuActions = {
  newFestival?: () => void;
  openFestival?: () => void;
  /** Menu items whose work the organizer page does over its socket. */
  sendToOrganizer: (command: MenuCommand) => void;
  toggleProjector: () => void;
  setProjectorDisplay: (id: number | null) => void;
  setLang: (lang: Lang) => void;
  showJurorAddresses: () => void;
  showFirewallHelp: () => void;
  openLogFolder: () => void;
  showAbout: () => void;
  quit: () => void;
};

type Item = MenuItemConstructorOptions;
const sep: Item = { type: 'separator' };
const optional = (label: string, action: (() => void) | undefined): Item[] =>
  action ? [{ label, click: action }] : [];

function displayLabel(
  d: DisplayLike,
  index: number,
  primaryId: number,
  s: (typeof strings)[Lang],
): string {
  const size = `${d.bounds.width}×${d.bounds.height}`;
  const name = d.label ? ` ${d.label}` : '';
  return `${s.display} ${index + 1}${name} (${size}${d.id === primaryId ? `, ${s.primary}` : ''})`;
}

export function buildMenuTemplate(state: MenuState, actions: MenuActions): Item[] {
  const s = strings[state.lang];
  const festival: Item[] = [
    ...optional(s.newFestival, actions.newFestival),
    ...optional(s.openFestival, actions.openFestival),
    sep,
    { label: s.importTemplate, click: () => actions.sendToOrganizer('import-template') },
    { label: s.exportSetup, click: () => actions.sendToOrganizer('export-setup') },
    { label: s.exportResults, click: () => actions.sendToOrganizer('export-results') },
    sep,
    { label: s.backup, click: () => actions.sendToOrganizer('backup') },
    { label: s.restore, click: () => actions.sendToOrganizer('restore') },
    sep,
    // The address and code are typed on the desk (a form); main restarts the server.
    { label: s.becomeStandby, click: () => actions.sendToOrganizer('become-standby') },
    sep,
    { label: s.quit, accelerator: 'CmdOrCtrl+Q', click: actions.quit },
  ];
  const displays: Item[] = [
    {
      label: s.automatic,
      type: 'radio',
      checked: state.preferredDisplay === null,
      click: () => actions.setProjectorDisplay(null),
    },
    ...state.displays.map((d, i): Item => ({
      label: displayLabel(d, i, state.primaryId, s),
      type: 'radio',
      checked: state.preferredDisplay === d.id,
      click: () => actions.setProjectorDisplay(d.id),
    })),
  ];
  const view: Item[] = [
    {
      label: s.projector,
      type: 'checkbox',
      checked: state.projectorOpen,
      accelerator: 'F8',
      click: actions.toggleProjector,
    },
    { label: s.projectorDisplay, submenu: displays },
    sep,
    { label: s.reload, role: 'reload' },
    { label: s.resetZoom, role: 'resetZoom' },
    { label: s.zoomIn, role: 'zoomIn' },
    { label: s.zoomOut, role: 'zoomOut' },
    { label: s.fullscreen, role: 'togglefullscreen' },
    ...(state.devTools ? [{ label: s.devTools, role: 'toggleDevTools' } satisfies Item] : []),
    sep,
    {
      label: s.language,
      submenu: (['id', 'en'] as const).map((lang): Item => ({
        label: lang === 'id' ? 'Bahasa Indonesia' : 'English',
        type: 'radio',
        checked: state.lang === lang,
        click: () => actions.setLang(lang),
      })),
    },
  ];
  const edit: Item[] = [
    { label: s.undo, role: 'undo' },
    { label: s.redo, role: 'redo' },
    sep,
    { label: s.cut, role: 'cut' },
    { label: s.copy, role: 'copy' },
    { label: s.paste, role: 'paste' },
    { label: s.selectAll, role: 'selectAll' },
  ];
  const help: Item[] = [
    { label: s.jurorAddresses, accelerator: 'F1', click: actions.showJurorAddresses },
    { label: s.firewall, click: actions.showFirewallHelp },
    sep,
    { label: s.logFolder, click: actions.openLogFolder },
    { label: s.about, click: actions.showAbout },
  ];
  return [
    { label: s.festival, submenu: festival },
    { label: s.edit, submenu: edit },
    { label: s.view, submenu: view },
    { label: s.help, submenu: help },
  ];
}
