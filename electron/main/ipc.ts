// Registers the handlers for every channel of shared/contract/ipc.ts on ipcMain. Each call:
// sender checked (a top-level frame of a trusted window, on the app's own origin), payload
// parsed with the contract's schema, handler run, reply wrapped in the one error envelope.
// The handlers themselves live in ipc-handlers.ts; this file only enforces the edge.
import { DomainError, fail, ok, type Result } from '../../shared/contract/errors.js';
import {
  ipcCalls,
  type IpcChannel,
  type IpcParsed,
  type IpcReply,
} from '../../shared/contract/ipc.js';
import { issuesToDetails } from '../../shared/contract/schemas.js';
import { errorFields, type Logger } from './logger.js';
import { isOwnOrigin } from './security.js';

export type SenderFrameLike = { url: string; parent: unknown };
export type IpcEventLike = { sender: { id: number }; senderFrame: SenderFrameLike | null };
export type IpcMainLike = {
  handle(channel: string, listener: (event: IpcEventLike, raw: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
};

export type IpcHandlers = {
  [K in IpcChannel]: (input: IpcParsed<K>, event: IpcEventLike) => Promise<IpcReply<K>>;
};

export type SenderPolicy = {
  /** The app's origin now, e.g. http://127.0.0.1:4321. */
  origin(): string;
  /** Web contents ids of the windows that carry the preload (the organizer window). */
  trustedContents(): ReadonlySet<number>;
};

/** A call is trusted only from the main frame of a trusted window showing an own-origin page. */
export function isTrustedSender(event: IpcEventLike, policy: SenderPolicy): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!policy.trustedContents().has(event.sender.id)) return false;
  return isOwnOrigin(frame.url, policy.origin());
}

export async function handleIpcCall<K extends IpcChannel>(
  channel: K,
  event: IpcEventLike,
  raw: unknown,
  handler: IpcHandlers[K],
  policy: SenderPolicy,
  log: Logger,
): Promise<Result<IpcReply<K>>> {
  if (!isTrustedSender(event, policy)) {
    log.warn('ipc: refused a call from an untrusted sender', {
      channel,
      url: event.senderFrame?.url.slice(0, 200) ?? null,
    });
    return fail('FORBIDDEN');
  }
  const parsed = ipcCalls[channel].input.safeParse(raw);
  if (!parsed.success) return fail('BAD_INPUT', issuesToDetails(parsed.error));
  try {
    // zod's output type is lost through the indexed access; the schema is the channel's own.
    return ok(await handler(parsed.data as IpcParsed<K>, event));
  } catch (err) {
    if (err instanceof DomainError) return fail(err.code, err.details);
    log.error('ipc call failed', { channel, ...errorFields(err) });
    return fail('INTERNAL');
  }
}

/** Registers every channel; returns a function that removes them again. */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: IpcHandlers,
  policy: SenderPolicy,
  log: Logger,
): () => void {
  const channels = Object.keys(ipcCalls) as IpcChannel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, raw) =>
      handleIpcCall(
        channel,
        event,
        raw,
        handlers[channel] as IpcHandlers[typeof channel],
        policy,
        log,
      ),
    );
  }
  return () => channels.forEach((c) => ipcMain.removeHandler(c));
}
