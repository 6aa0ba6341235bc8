// The desk's pages by section (setup, live, results): a page is an id, a
// label key in the page's messages and a component. The address is #/<section>/<id>.
import type { ComponentType } from 'react';

export type SectionId = 'setup' | 'live' | 'results';

export type DeskPage = {
  id: string;
  section: SectionId;
  /** Message key of the label (namespace "page"). */
  label: string;
  component: ComponentType;
  /** Usable before a festival exists (e.g. templates / new festival). */
  withoutFestival?: boolean;
};

export const sections: Array<{ id: SectionId; label: string }> = [
  { id: 'setup', label: 'nav.setup' },
  { id: 'live', label: 'nav.live' },
  { id: 'results', label: 'nav.results' },
];

export type Route = { section: SectionId; page: string };

export function parseRoute(hash: string): Route | null {
  const m = /^#\/(setup|live|results)\/([\w-]+)$/.exec(hash);
  return m?.[1] && m[2] ? { section: m[1] as SectionId, page: m[2] } : null;
}

export const routeHref = (s: DeskPage): string => `#/${s.section}/${s.id}`;
