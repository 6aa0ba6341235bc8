// The feedback rules without a server: exact means rounded once, the median of an even
// count, the best, drafts and recused jurors not counted, comments in a fixed order.
import { describe, expect, it } from 'vitest';
import type { Entry, Juror, SheetVersion, Stage } from '../../../shared/model.js';
import { buildFeedback, meanX100, medianX100 } from '../../../shared/publish/feedback.js';
import { computeStandings } from '../../../shared/scoring/index.js';

const stage: Stage = {
  id: 's',
  name: 'Presentasi',
  order: 1,
  finalWeightBp: 10_000,
  rules: {
    aggregation: 'mean',
    disagreementBandMicro: 20_000_000,
    tieBreak: [],
    zscoreMinSheets: 5,
  },
  criteria: [
    {
      id: 'a',
      name: 'A',
      description: '',
      weightBp: 6000,
      minX100: 100,
      maxX100: 1000,
      stepX100: 50,
      levels: [],
    },
    {
      id: 'b',
      name: 'B',
      description: '',
      weightBp: 4000,
      minX100: 100,
      maxX100: 1000,
      stepX100: 50,
      levels: [],
    },
  ],
  presentationSec: 0,
  qaSec: 0,
  rubricFrozen: true,
};
const entry = (id: string, institution = `Dinas ${id}`): Entry => ({
  id,
  order: 1,
  code: id.toUpperCase(),
  title: id,
  institution,
  categoryId: 'c',
  panelId: 'p',
  presenter: '',
});
const jurors: Juror[] = ['j1', 'j2', 'j3'].map((id) => ({
  id,
  name: id,
  panelId: 'p',
  isChair: false,
  conflictInstitutions: id === 'j3' ? ['Dinas e3'] : [],
  conflictEntryIds: [],
}));
let n = 0;
const sheet = (
  jurorId: string,
  entryId: string,
  a: number,
  b: number,
  status: 'submitted' | 'draft' = 'submitted',
  version = 1,
): SheetVersion => ({
  id: `v${++n}`,
  submissionId: `sub${n}`,
  jurorId,
  entryId,
  stageId: 's',
  version,
  status,
  values: { a, b },
  comment: '',
  createdAt: n,
  author: 'juror',
  reason: null,
});

describe('feedback numbers', () => {
  it('means round once, half away from zero; an even median is the rounded middle mean', () => {
    expect(meanX100([700, 750, 800])).toBe(750);
    expect(meanX100([700, 750])).toBe(725);
    expect(meanX100([700, 700, 750])).toBe(717); // 716.67
    expect(meanX100([])).toBeNull();
    expect(medianX100([900, 100, 500])).toBe(500);
    expect(medianX100([100, 200, 300, 450])).toBe(250);
    expect(medianX100([100, 201])).toBe(151); // 150.5 rounds away from zero
    expect(medianX100([])).toBeNull();
  });

  it('counts what the standings count: no drafts, no recused juror; median and best per category', () => {
    const entries = [entry('e1'), entry('e2'), entry('e3')];
    const sheets = [
      sheet('j1', 'e1', 800, 600),
      sheet('j2', 'e1', 700, 650),
      sheet('j3', 'e1', 900, 900),
      sheet('j1', 'e2', 500, 500),
      sheet('j2', 'e2', 1000, 1000, 'draft'),
      sheet('j1', 'e3', 600, 700),
      sheet('j3', 'e3', 1000, 1000), // recused (institution), never counted
    ];
    const categories = [{ id: 'c', name: 'Umum', order: 1 }];
    const standings = computeStandings({
      stage,
      entries,
      jurors,
      categories,
      sheets,
      tieDecisions: [],
    });
    const out = buildFeedback({
      stage,
      entries,
      jurors,
      categories,
      sheets,
      standings,
      phase: (id) => (id === 'e3' ? 'scoring' : 'locked'),
      comments: new Map([['e1', ['Zebra cross perlu.', 'Anggaran jelas.']]]),
    });
    const byCode = new Map(out.map((s) => [s.code, s]));
    const e1 = byCode.get('E1')!;
    expect(e1.criteria.map((c) => c.entryX100)).toEqual([800, 717]); // (800+700+900)/3, (600+650+900)/3
    expect(byCode.get('E2')!.criteria.map((c) => c.entryX100)).toEqual([500, 500]);
    expect(byCode.get('E3')!.criteria.map((c) => c.entryX100)).toEqual([600, 700]);
    expect(e1.criteria.map((c) => [c.medianX100, c.bestX100])).toEqual([
      [600, 800],
      [700, 717],
    ]);
    expect(e1.sheetCount).toBe(3);
    expect(e1.place).toBe(1);
    expect(e1.rankedInCategory).toBe(3);
    expect(e1.comments).toEqual(['Anggaran jelas.', 'Zebra cross perlu.']);
    expect(out.map((s) => s.provisional)).toEqual([false, false, true]);
  });
});
