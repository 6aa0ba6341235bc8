// The socket.io namespace of each audience. Kept apart from events.ts so a page can know
// where to connect without bundling the payload schemas (zod). '/replica' is not a page's
// audience: only a standby server connects there (shared/contract/replica.ts).
export const namespaces = {
  juror: '/juror',
  screen: '/screen',
  organizer: '/organizer',
  /** People's choice: anonymous phones voting with a ticket (or a phone id). */
  voter: '/voter',
  replica: '/replica',
} as const;
export type Audience = Exclude<keyof typeof namespaces, 'replica'>;
