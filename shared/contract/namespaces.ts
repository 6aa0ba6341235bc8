// The socket.io namespace of each audience. Kept apart from events.ts so a page can know
// where to connect without bundling the payload schemas (zod).
export const namespaces = {
  juror: '/juror',
  screen: '/screen',
  organizer: '/organizer',
  /** People's choice: anonymous phones voting with a ticket (or a phone id). */
  voter: '/voter',
} as const;
export type Audience = keyof typeof namespaces;
