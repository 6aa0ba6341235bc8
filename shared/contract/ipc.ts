// The desktop IPC contract, declared once: the organizer window (through its preload)
// calls the Electron main process on these channels, and main pushes menu commands back.
// Main validates every payload with these schemas and checks the sender; the preload and
// the page are typed from the same maps. Only the organizer window gets a preload: the
// projector window and juror browsers never see these channels.
//
// Replies use the one error envelope (errors.ts): Result<Reply>.
import { z } from 'zod';
import type { Result } from './errors.js';

export type IpcCall<I extends z.ZodType, R> = { input: I; reply?: R };
const call =
  <R>() =>
  <I extends z.ZodType>(input: I): IpcCall<I, R> => ({ input });

const noArgs = z.object({}).strict();

/** A file name the save dialog may suggest: no folders, no control characters. */
const fileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[^\\/:*?"<>|]+$/, 'file name: no folders or reserved characters')
  .refine(
    (name) => [...name].every((c) => c.charCodeAt(0) >= 0x20),
    'file name: no control characters',
  )
  .refine((name) => !/^\.+$/.test(name), 'file name: not . or ..');

/** 25 MiB of file content is far more than any festival export or template needs. */
export const MAX_IPC_FILE_BYTES = 25 * 1024 * 1024;

export const saveFileSchema = z
  .object({
    suggestedName: fileNameSchema,
    /** Text as is (utf8) or binary as base64 (e.g. an .xlsx made by the page). */
    encoding: z.enum(['utf8', 'base64']),
    content: z.string().max(Math.ceil((MAX_IPC_FILE_BYTES * 4) / 3) + 4),
  })
  .strict();

export const openExternalSchema = z.object({ url: z.string().max(2048) }).strict();

/** A backup made by the venue server (organizer call backup:now), by its file name in DATA/backups. */
export const backupCopySchema = z
  .object({ file: z.string().regex(/^[A-Za-z0-9_.-]{1,120}$/) })
  .strict();

/**
 * "Jadikan laptop cadangan...": this laptop becomes the standby of the primary at
 * `address` (a base URL, or the desk's whole pairing line, shared/standby-pairing.ts),
 * paired with `code`. Main checks both again and asks for a native confirmation.
 */
export const becomeStandbySchema = z
  .object({ address: z.string().trim().min(1).max(300), code: z.string().max(40) })
  .strict();

/** A file the organizer picked in a native open dialog. null reply = the dialog was cancelled. */
export type PickedFile = { name: string; bytes: number; base64: string };
export type LanInfo = { local: string; lan: string[]; jurorUrls: string[] };

/** Renderer -> main calls (ipcRenderer.invoke / ipcMain.handle). The key is the channel. */
export const ipcCalls = {
  /** The organizer key, for the organizer page's socket handshake. Never in a URL or a file. */
  'organizer:key': call<{ key: string }>()(noArgs),
  /** Native open dialog for a festival template (.xlsx, .csv, .json); main reads the file. */
  'dialog:open-template': call<PickedFile | null>()(noArgs),
  /** Native save dialog; main writes the content to the chosen path. */
  'dialog:save-file': call<{ path: string } | null>()(saveFileSchema),
  /** Native save dialog; main copies a backup of the running festival there (e.g. a USB stick). */
  'dialog:save-backup-copy': call<{ path: string } | null>()(backupCopySchema),
  /** Opens a vetted http(s) link in the system browser. */
  'shell:open-external': call<null>()(openExternalSchema),
  /** The addresses jurors use on the LAN. */
  'lan:info': call<LanInfo>()(noArgs),
  /** Restart this laptop's venue server as the standby of a primary (a new folder). */
  'standby:become': call<{ primary: string } | null>()(becomeStandbySchema),
};

export type IpcChannel = keyof typeof ipcCalls;
export type IpcInput<K extends IpcChannel> = z.input<(typeof ipcCalls)[K]['input']>;
export type IpcParsed<K extends IpcChannel> = z.output<(typeof ipcCalls)[K]['input']>;
export type IpcReply<K extends IpcChannel> =
  (typeof ipcCalls)[K] extends IpcCall<z.ZodType, infer R> ? R : never;

/**
 * Menu items whose work happens in the organizer page, over the organizer socket it
 * already holds (setup:import, setup:export, results:get, backup:now, backup:list,
 * backup:restore), or whose form is on the page (become-standby: address and code, then
 * 'standby:become'): main pushes the command, the page does it.
 */
export const menuCommands = [
  'import-template',
  'export-setup',
  'export-results',
  'backup',
  'restore',
  'become-standby',
] as const;
export type MenuCommand = (typeof menuCommands)[number];
export const menuCommandSchema = z.enum(menuCommands);

/** Main -> renderer pushes (webContents.send / ipcRenderer.on). */
export const ipcPushes = {
  'menu:command': menuCommandSchema,
} as const;
export type IpcPushChannel = keyof typeof ipcPushes;

type Invoke<K extends IpcChannel> = (
  ...args: IpcInput<K> extends Record<string, never> ? [] : [input: IpcInput<K>]
) => Promise<Result<IpcReply<K>>>;

/** What the preload exposes as window.panggung: one function per capability. */
export type PanggungBridge = {
  organizerKey: Invoke<'organizer:key'>;
  lanInfo: Invoke<'lan:info'>;
  becomeStandby: Invoke<'standby:become'>;
  openExternal: Invoke<'shell:open-external'>;
  dialogs: {
    openTemplate: Invoke<'dialog:open-template'>;
    saveFile: Invoke<'dialog:save-file'>;
    saveBackupCopy: Invoke<'dialog:save-backup-copy'>;
  };
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** The global name the organizer page reads (window.panggung; undefined in a plain browser). */
export type BridgeKey = 'panggung';
