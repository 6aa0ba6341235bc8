// The Wi-Fi budget line of `npm run bench`: the airtime screens need, from the measured
// median push per screen per sheet. 300 audience phones and 5 projectors, at the
// festival's own pace (one sheet every 10 s) and at the benchmark's 10 sheets a second.
// Application bytes only: TCP/IP, WebSocket and 802.11 framing add to it, and a venue
// access point shares its airtime among every device, so keep a wide margin.
import type { Row } from './stats.js';

export const budgetScreens = { phones: 300, projectors: 5 };

export function mbitPerSecond(bytesPerPush: number, screens: number, sheetsPerSec: number) {
  return (bytesPerPush * screens * sheetsPerSec * 8) / 1e6;
}

export function wifiBudget(bytesPerPush: number): Row[] {
  const screens = budgetScreens.phones + budgetScreens.projectors;
  return [0.1, 10].map((rate) => ({
    metric: `Wi-Fi budget: ${budgetScreens.phones} phones + ${budgetScreens.projectors} projectors at ${rate === 0.1 ? 'one sheet every 10 s' : `${rate} sheets/s`}`,
    target: '',
    figure: `${mbitPerSecond(bytesPerPush, screens, rate).toFixed(rate < 1 ? 3 : 1)} Mbit/s`,
    verdict: '',
  }));
}
