// A socket.io-client parser for load-generating screens: the wire format is unchanged (the
// default encoder), but a screen snapshot or patch is not JSON-parsed in full: only its
// leading `version` (and the frame's length) is read. 1,000 screens in a few processes on a 2-core machine would otherwise
// spend their time parsing the same leaderboard a thousand times in a row, which real
// screens (one device each) do in parallel; that queue would be measured as server latency.
// The server still serializes, frames and writes every byte to every screen.
import { Decoder, Encoder, PacketType, protocol } from 'socket.io-parser';

// JSON.stringify keeps insertion order and every snapshot starts with its SnapshotMeta.
const head = /^2\/screen,\["(snapshot|patch)",\{"version":(\d+)/;

class VersionOnlyDecoder extends Decoder {
  override add(obj: unknown): void {
    if (typeof obj === 'string') {
      const m = head.exec(obj.slice(0, 64));
      if (m?.[1] && m[2]) {
        this.emitReserved('decoded', {
          type: PacketType.EVENT,
          nsp: '/screen',
          data: [m[1], { version: Number(m[2]), bytes: obj.length }],
        });
        return;
      }
    }
    super.add(obj);
  }
}

export const versionOnlyParser = { protocol, Encoder, Decoder: VersionOnlyDecoder };
