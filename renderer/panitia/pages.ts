// The registry of desk pages (see nav.ts), in the order of the navigation.
import type { DeskPage } from './nav.js';
import { FestivalPage } from './setup/festival-page.js';
import { StagesPage } from './setup/stages-page.js';
import { CategoriesPage, PanelsPage } from './setup/named-page.js';
import { EntriesPage } from './setup/entries-page.js';
import { JurorsPage } from './setup/jurors-page.js';
import { CardsPage } from './setup/cards-page.js';
import { TemplatesPage } from './setup/templates-page.js';
import { ControlPage } from './live/control-page.js';
import { ScreensPage } from './live/screens-page.js';
import { StandingsPage } from './results/standings-page.js';
import { CorrectionsPage } from './results/corrections-page.js';
import { PaperworkPage } from './paperwork/paperwork-page.js';
import { BackupsPage } from './paperwork/backups-page.js';
import { ArchivePage } from './archive/archive-page.js';
import { PublishPage } from './publish/publish-page.js';
import { VotingPage } from './voting/voting-page.js';
import { StandbyPage } from './standby/standby-page.js';

export const deskPages: DeskPage[] = [
  { id: 'festival', section: 'setup', label: 'nav.festival', component: FestivalPage },
  { id: 'stages', section: 'setup', label: 'nav.stages', component: StagesPage },
  { id: 'categories', section: 'setup', label: 'nav.categories', component: CategoriesPage },
  { id: 'panels', section: 'setup', label: 'nav.panels', component: PanelsPage },
  { id: 'entries', section: 'setup', label: 'nav.entries', component: EntriesPage },
  { id: 'jurors', section: 'setup', label: 'nav.jurors', component: JurorsPage },
  { id: 'cards', section: 'setup', label: 'nav.cards', component: CardsPage },
  {
    id: 'templates',
    section: 'setup',
    label: 'nav.templates',
    component: TemplatesPage,
    withoutFestival: true,
  },
  { id: 'control', section: 'live', label: 'nav.liveControl', component: ControlPage },
  { id: 'standings', section: 'results', label: 'nav.standings', component: StandingsPage },
  { id: 'screens', section: 'live', label: 'nav.screens', component: ScreensPage },
  { id: 'voting', section: 'live', label: 'vot.nav', component: VotingPage },
  { id: 'standby', section: 'live', label: 'sb.nav', component: StandbyPage },
  {
    id: 'corrections',
    section: 'results',
    label: 'nav.corrections',
    component: CorrectionsPage,
  },
  { id: 'paperwork', section: 'results', label: 'nav.paperwork', component: PaperworkPage },
  { id: 'publish', section: 'results', label: 'pub.nav', component: PublishPage },
  {
    id: 'backups',
    section: 'results',
    label: 'nav.backups',
    component: BackupsPage,
    // An archived festival (festival:new) is found and restored here before a new one exists.
    withoutFestival: true,
  },
  {
    id: 'archive',
    section: 'results',
    label: 'arch.nav',
    component: ArchivePage,
    withoutFestival: true,
  },
];
