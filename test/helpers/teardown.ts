// Loaded before every test file (vitest setupFiles): whatever a file's own hooks do or
// fail to do, no venue server it started outlives it.
import { afterAll } from 'vitest';
import { stopRunningServers } from './running.js';

afterAll(stopRunningServers);
