// The festival "Buat festival" creates: one stage with the chosen rubric preset, one
// category and one panel under the page language's default names ("Umum", "Panel A"). An
// import that brings its own categories or panels replaces these placeholders
// (electron/server/services/roster-import.ts).
import { defaultStageRules } from '../../shared/model.js';
import type { FestivalSetupInput } from '../../shared/contract/schemas.js';
import { rubricPresets } from '../../shared/presets/rubrics.js';

export function blankSetup(
  f: { name: string; startDate: string; endDate: string; venue: string; presetId: string },
  names: { stage: string; category: string; panel: string },
): FestivalSetupInput {
  const preset = rubricPresets.find((p) => p.id === f.presetId) ?? rubricPresets[0];
  return {
    festival: {
      name: f.name,
      venue: f.venue,
      startDate: f.startDate,
      endDate: f.endDate,
      theme: '',
      organizerName: '',
    },
    stages: [
      {
        id: 'presentasi',
        name: names.stage,
        order: 1,
        finalWeightBp: 10_000,
        rules: defaultStageRules(),
        criteria: preset?.criteria ?? [],
        presentationSec: 420,
        qaSec: 780,
      },
    ],
    categories: [{ id: 'umum', name: names.category, order: 1 }],
    panels: [{ id: 'panel-a', name: names.panel, order: 1 }],
    entries: [],
    jurors: [],
  };
}
