// The venue-follow rules live in shared/venue-follow.ts (pages and the benchmark's pads
// follow the same ones); re-exported here for the pages.
export * from '../../shared/venue-follow.js';
