// Festival logos (regency, festival, partners) shown on the welcome screen: up to four
// slots, PNG/JPEG/WebP only (checked by their bytes, not by what the client claims), at
// most 300 KB each. Stored in the festival file; served over HTTP by slot.
import { DomainError } from '../../../shared/contract/errors.js';
import type { Db } from '../db/connection.js';
import type { Venue } from './venue.js';

export const maxLogoBytes = 300 * 1024;
/** The image types a logo may be (the asset table's CHECK holds the same list). */
export const logoMimes = ['image/png', 'image/jpeg', 'image/webp'] as const;
type LogoMime = (typeof logoMimes)[number];

type AssetRow = { name: string; mime: string; bytes: Buffer; updated_at: number };
export type Logo = { slot: number; url: string };

export function sniff(bytes: Buffer): LogoMime | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  return null;
}

export function listLogos(db: Db): Logo[] {
  const rows = db
    .prepare("SELECT name, updated_at FROM asset WHERE name LIKE 'logo-%' ORDER BY name")
    .all() as Array<Pick<AssetRow, 'name' | 'updated_at'>>;
  return rows.map((r) => ({
    slot: Number(r.name.slice(5)),
    url: `/media/${r.name}?v=${r.updated_at}`,
  }));
}

export function readLogo(db: Db, slot: number): { mime: string; bytes: Buffer } | null {
  const row = db.prepare('SELECT mime, bytes FROM asset WHERE name = ?').get(`logo-${slot}`) as
    Pick<AssetRow, 'mime' | 'bytes'> | undefined;
  return row ?? null;
}

/** Sets (base64 image) or clears (null) one logo slot. */
export function setLogo(venue: Venue, actor: string, slot: number, base64: string | null): void {
  let bytes: Buffer | null = null;
  let mime: string | null = null;
  if (base64 !== null) {
    bytes = Buffer.from(base64, 'base64');
    if (bytes.length === 0 || bytes.length > maxLogoBytes)
      throw new DomainError('BAD_INPUT', [`logo: 1 byte to ${maxLogoBytes / 1024} KB`]);
    mime = sniff(bytes);
    if (!mime) throw new DomainError('BAD_INPUT', ['logo: PNG, JPEG or WebP only']);
  }
  venue.commit([{ kind: 'screens' }], () => {
    if (bytes && mime)
      venue.db
        .prepare(
          'INSERT INTO asset VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET mime = excluded.mime, bytes = excluded.bytes, updated_at = excluded.updated_at',
        )
        .run(`logo-${slot}`, mime, bytes, venue.now());
    else venue.db.prepare('DELETE FROM asset WHERE name = ?').run(`logo-${slot}`);
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: bytes ? 'logo.set' : 'logo.clear',
      target: `logo-${slot}`,
      new: bytes ? { mime, bytes: bytes.length } : null,
    });
  });
}
