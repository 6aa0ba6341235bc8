// Error envelope -> a message in the reader's language. The server's envelope carries its
// own id/en text; the contract's table is the fallback (an older server, a code without
// text); transport failures (offline, no answer) are the client's own messages.
import { errorMessages, type ErrorEnvelope } from '../../shared/contract/errors.js';
import type { Language } from './i18n.js';
import type { TransportFailure } from './socket-client.js';

const transportMessages = {
  OFFLINE: {
    id: 'Tidak terhubung ke server. Data disimpan di perangkat ini dan dikirim saat tersambung lagi.',
    en: 'Not connected to the server. Data is kept on this device and sent once reconnected.',
  },
  TIMEOUT: {
    id: 'Server tidak menjawab tepat waktu. Akan dicoba lagi.',
    en: 'The server did not answer in time. It will be retried.',
  },
} as const satisfies Record<TransportFailure['code'], { id: string; en: string }>;

const unknownMessage = {
  id: 'Terjadi kesalahan yang tidak dikenal.',
  en: 'An unknown error occurred.',
};

export function errorText(error: ErrorEnvelope | TransportFailure, lng: Language): string {
  if ('transport' in error) return transportMessages[error.code][lng];
  const own = error.messages?.[lng];
  if (typeof own === 'string' && own.length > 0) return own;
  const known = (errorMessages as Record<string, { id: string; en: string } | undefined>)[
    error.code
  ];
  return (known ?? unknownMessage)[lng];
}
