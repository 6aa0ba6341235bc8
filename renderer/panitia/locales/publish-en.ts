// The desk's publishing messages in English; mirrors ./publish-id.ts.
import type { Messages } from '../../common/i18n.js';
import type { publishId } from './publish-id.js';

export const publishEn = {
  pub: {
    nav: 'Feedback & catalogue',
    title: 'Feedback & Innovation Catalogue',
    lead: 'What works in one place, replicated in others: a feedback sheet for every innovator and an innovation catalogue that opens without internet.',
    stage: 'Stage',
    provisionalNote:
      '{{count}} entries of this stage are not locked: sheets and catalogue are marked PROVISIONAL.',
    comments: {
      title: "Jurors' notes for publication",
      lead: 'Only notes you approve appear on feedback sheets and in the catalogue, without the juror’s name. You may edit the text (e.g. remove a person’s name).',
      empty: 'No juror notes in this stage yet.',
      entry: 'Entry',
      juror: 'Juror',
      comment: "Juror's note",
      publicText: 'Text published',
      status: 'Status',
      released: 'Released',
      stale: 'Changed since approved',
      notReleased: 'Not released',
      approve: 'Approve',
      approveOne: "Approve {{juror}}'s note on {{code}}",
      withdraw: 'Withdraw',
      withdrawOne: "Withdraw {{juror}}'s note on {{code}}",
      filter: 'Show',
      filterAll: 'All',
      filterPending: 'Not released or changed',
    },
    feedback: {
      title: 'Feedback sheets',
      lead: 'One A4 page per entry: its score per criterion beside the category median and best, its place, and the released juror notes.',
      institution: 'Institution',
      allInstitutions: 'All institutions',
      show: 'Show',
      print: 'Print / save PDF',
      export: 'Export per institution (.zip)',
      exported: '{{files}} institution files saved: {{where}}',
      sheets: '{{count}} sheets',
      previewTitle: 'Feedback sheet preview',
    },
    catalogue: {
      title: 'Innovation Catalogue',
      lead: 'One click: an HTML folder (.zip) with the list of innovations (search, category and award filters), one page per innovation and an A4 print version. Opens offline from a USB stick, or goes on a regency web site as it is. No juror scores, juror names or PINs; only approved juror notes.',
      places: 'Winners per category',
      reason: 'Reason to publish provisional results',
      reasonHint: 'Some entries are not locked; the catalogue will be marked PROVISIONAL.',
      build: 'Build catalogue (.zip)',
      preview: 'Preview print version',
      print: 'Print / save PDF',
      previewTitle: 'Catalogue print version preview',
      saved: 'Catalogue of {{entries}} innovations saved: {{where}}',
    },
  },
} satisfies Messages & typeof publishId;
