// The small design system shared by every page. Import './theme.css' once per page entry.
export { Button, type ButtonProps } from './button.js';
export { Badge, type BadgeTone } from './badge.js';
export { Card } from './card.js';
export { Dialog } from './dialog.js';
export { ScoreInput } from './score-input.js';
export { LanguageSwitch } from './language-switch.js';
export { ConnectionBadge } from './connection-badge.js';
