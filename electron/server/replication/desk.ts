// What the organizer's "standby" calls need from the replication service.
export type StandbyDesk = {
  pairing(): { code: string; url: string };
  takeover(who: string): { epoch: number };
};
