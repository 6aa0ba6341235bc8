import { SignIn } from './sign-in.js';
import { Shell } from './shell.js';
import { useDesk } from './store.js';

export function App() {
  const phase = useDesk((s) => s.phase);
  return phase === 'desk' ? <Shell /> : <SignIn />;
}
