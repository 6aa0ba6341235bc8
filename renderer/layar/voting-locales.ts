// Text of the projector's people's-choice mode (namespace "page", under "voting"), added
// by the voting view, and by /publik's favourites card (its own lazy chunk). Counts arrive
// formatted ({{n}}: "1.250" in Indonesian).
import type { Messages } from '../common/i18n.js';

export const votingScreenId = {
  voting: {
    heading: 'Favorit Penonton',
    lead: 'Pilih inovasi favorit Anda',
    invite: 'Pindai QR di kupon suara Anda, atau buka',
    invitePhone: 'Buka di ponsel Anda',
    festival: 'Seluruh festival',
    open: 'Dibuka',
    closed: 'Ditutup',
    turnout: '{{n}} suara',
    total: 'Total {{n}} suara masuk',
    drumroll: 'Dan Favorit Penonton adalah…',
    winner: 'Favorit Penonton',
    winnerTied: 'Favorit Penonton bersama',
    votes: '{{n}} suara',
    ofTurnout: 'dari {{n}} suara penonton',
    apart: 'Pilihan penonton, terpisah dari penilaian juri',
  },
} satisfies Messages;

export const votingScreenEn = {
  voting: {
    heading: "People's choice",
    lead: 'Vote for your favourite innovation',
    invite: 'Scan the QR on your ballot ticket, or open',
    invitePhone: 'Open on your phone',
    festival: 'Whole festival',
    open: 'Open',
    closed: 'Closed',
    turnout: 'votes: {{n}}',
    total: 'Votes in: {{n}}',
    drumroll: "And the People's Choice is…",
    winner: "People's Choice",
    winnerTied: "People's Choice, jointly",
    votes: 'votes: {{n}}',
    ofTurnout: 'of {{n}} audience votes',
    apart: "The audience's choice, apart from the jury",
  },
} satisfies Messages;
