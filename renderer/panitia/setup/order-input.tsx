// Running order "by number": type the place an entry should take in its panel and press
// Enter (or leave the field); the others shift. One entry:reorder call.
import { useState } from 'react';

type Props = {
  position: number;
  count: number;
  label: string;
  disabled: boolean;
  onMove: (toPosition: number) => void;
};

export function OrderInput({ position, count, label, disabled, onMove }: Props) {
  const [text, setText] = useState(String(position));
  const [shown, setShown] = useState(position);
  if (shown !== position) {
    // The list changed under us (a move, another desk): show the new place, unless the
    // organizer is typing one.
    setShown(position);
    if (text === String(shown)) setText(String(position));
  }
  const commit = () => {
    const n = Number(text);
    if (!/^\d+$/.test(text.trim()) || n < 1) return setText(String(position));
    const to = Math.min(n, count);
    if (to !== position) onMove(to);
    else setText(String(position));
  };
  return (
    <input
      className="order-input"
      aria-label={label}
      inputMode="numeric"
      value={text}
      disabled={disabled}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
      }}
    />
  );
}
