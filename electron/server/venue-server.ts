// The venue server: HTTP + socket.io over one SQLite festival database. It runs under
// plain Node (cli.ts) and inside Electron's main process (electron/main) from this module.
// This file only wires parts together; the work is in db/, services/, realtime/, http/.

export type VenueServerOptions = {
  /** Folder holding panggung.db, backups/ and logs. Created when missing. */
  dataDir: string;
  /** 0 = any free port. */
  port: number;
  /** Interface to bind, e.g. '0.0.0.0' for the LAN or '127.0.0.1'. */
  host: string;
  /** Organizer key; generated and stored in the data folder when absent. */
  organizerKey?: string;
  /** Seed the demo festival into an empty database (default true). */
  seedDemo?: boolean;
  /** Built pages (dist/renderer); default resolved from the package root. */
  staticDir?: string;
  /** Refuse organizer connections that do not come from this machine. */
  organizerLocalOnly?: boolean;
};

export type VenueServer = {
  port: number;
  organizerKey: string;
  /** http://<address>:<port> for loopback and every LAN interface. */
  urls: { local: string; lan: string[] };
  /** Stop accepting, finish in-flight writes, checkpoint, close the database. */
  close(): Promise<void>;
};
