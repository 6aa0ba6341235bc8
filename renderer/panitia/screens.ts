// The registry of desk screens (see nav.ts). Part 2 appends its live and results screens.
import type { DeskScreen } from './nav.js';
import { FestivalScreen } from './screens/festival-screen.js';
import { StagesScreen } from './screens/stages-screen.js';
import { CategoriesScreen, PanelsScreen } from './screens/named-screen.js';
import { EntriesScreen } from './screens/entries-screen.js';
import { JurorsScreen } from './screens/jurors-screen.js';
import { CardsScreen } from './screens/cards-screen.js';
import { TemplatesScreen } from './screens/templates-screen.js';
import { ControlScreen } from './live/control-screen.js';
import { ScreensScreen } from './live/screens-screen.js';
import { StandingsScreen } from './results/standings-screen.js';
import { CorrectionsScreen } from './results/corrections-screen.js';
import { PaperworkScreen } from './paperwork/paperwork-screen.js';
import { BackupsScreen } from './paperwork/backups-screen.js';
import { ArchiveScreen } from './archive/archive-screen.js';
import { PublishScreen } from './publish/publish-screen.js';
import { VotingScreen } from './voting/voting-screen.js';
import { StandbyScreen } from './standby/standby-screen.js';

export const deskScreens: DeskScreen[] = [
  { id: 'festival', section: 'setup', label: 'nav.festival', component: FestivalScreen },
  { id: 'stages', section: 'setup', label: 'nav.stages', component: StagesScreen },
  { id: 'categories', section: 'setup', label: 'nav.categories', component: CategoriesScreen },
  { id: 'panels', section: 'setup', label: 'nav.panels', component: PanelsScreen },
  { id: 'entries', section: 'setup', label: 'nav.entries', component: EntriesScreen },
  { id: 'jurors', section: 'setup', label: 'nav.jurors', component: JurorsScreen },
  { id: 'cards', section: 'setup', label: 'nav.cards', component: CardsScreen },
  {
    id: 'templates',
    section: 'setup',
    label: 'nav.templates',
    component: TemplatesScreen,
    withoutFestival: true,
  },
  { id: 'control', section: 'live', label: 'nav.liveControl', component: ControlScreen },
  { id: 'standings', section: 'results', label: 'nav.standings', component: StandingsScreen },
  { id: 'screens', section: 'live', label: 'nav.screens', component: ScreensScreen },
  { id: 'voting', section: 'live', label: 'vot.nav', component: VotingScreen },
  { id: 'standby', section: 'live', label: 'sb.nav', component: StandbyScreen },
  {
    id: 'corrections',
    section: 'results',
    label: 'nav.corrections',
    component: CorrectionsScreen,
  },
  { id: 'paperwork', section: 'results', label: 'nav.paperwork', component: PaperworkScreen },
  { id: 'publish', section: 'results', label: 'pub.nav', component: PublishScreen },
  {
    id: 'backups',
    section: 'results',
    label: 'nav.backups',
    component: BackupsScreen,
    // An archived festival (festival:new) is found and restored here before a new one exists.
    withoutFestival: true,
  },
  {
    id: 'archive',
    section: 'results',
    label: 'arch.nav',
    component: ArchiveScreen,
    withoutFestival: true,
  },
];
