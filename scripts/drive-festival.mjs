// Drives a festival over the live protocol (docs/PROTOCOL.md), as a third party would:
// presents the first entries of one juror's panel, opens scoring, submits a sheet, locks.
// Usage: PANGGUNG_ORGANIZER_KEY=... node scripts/drive-festival.mjs [http://127.0.0.1:4321] [entries]
import { io } from 'socket.io-client';

const url = process.argv[2] ?? 'http://127.0.0.1:4321';
const count = Number(process.argv[3] ?? 3);
const key = process.env.PANGGUNG_ORGANIZER_KEY;
if (!key) {
  console.error('Set PANGGUNG_ORGANIZER_KEY to the organizer key the server printed.');
  process.exit(2);
}
const call = (s, name, payload) =>
  new Promise((r) =>
    s
      .timeout(10_000)
      .emit(name, payload, (err, res) => r(err ? { ok: false, code: 'TIMEOUT' } : res)),
  );
const first = (s, event) =>
  new Promise((resolve, reject) => {
    s.once(event, resolve);
    s.once('connect_error', (err) =>
      reject(new Error(`${err.message} ${JSON.stringify(err.data ?? '')}`)),
    );
  });

const org = io(`${url}/organizer`, { auth: { key }, transports: ['websocket'] });
const snap = await first(org, 'snapshot');
const stage = snap.stages[0];
const juror = snap.jurors[0];
const pad = io(`${url}/juror`, { auth: { pin: juror.pin }, transports: ['websocket'] });
await first(pad, 'snapshot');
let failures = 0;
for (const entry of snap.entries.filter((e) => e.panelId === juror.panelId).slice(0, count)) {
  const steps = [
    await call(org, 'panel:present', { panelId: entry.panelId, entryId: entry.id }),
    await call(org, 'entry:transition', { entryId: entry.id, stageId: stage.id, action: 'open' }),
  ];
  const values = Object.fromEntries(stage.criteria.map((c) => [c.id, c.maxX100]));
  const res = await call(pad, 'sheet:save', {
    submissionId: `drive${Date.now().toString(36)}${entry.id}`,
    entryId: entry.id,
    stageId: stage.id,
    status: 'submitted',
    values,
    comment: '',
  });
  steps.push(
    res,
    // One pad scores everything here: the other jurors' sheets are missing, so the lock
    // needs a written reason (audited), as it would on the desk.
    await call(org, 'entry:transition', {
      entryId: entry.id,
      stageId: stage.id,
      action: 'lock',
      reason: 'drive-festival: one scripted juror only',
    }),
  );
  const bad = steps.filter((s) => !s.ok);
  failures += bad.length;
  console.log(
    `${entry.code} ${entry.title}: ${bad.length === 0 ? `total ${res.data.totalMicro / 1e6}` : bad.map((b) => b.code).join(', ')}`,
  );
}
org.close();
pad.close();
process.exit(failures === 0 ? 0 : 1);
