// A clock's digits in the one format shared/timer.ts defines ("6:59", "+0:05 lewat waktu"),
// in the page's language. The words sit in their own span so a screen can size them.
import { useTranslation } from 'react-i18next';
import { clockFace, type ClockFace } from '../../shared/timer.js';
import { defaultLanguage, isLanguage } from './i18n.js';

export function useClockFace(remainingMs: number): ClockFace {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return clockFace(remainingMs, isLanguage(lng) ? lng : defaultLanguage);
}

export function ClockText({ remainingMs, className }: { remainingMs: number; className: string }) {
  const face = useClockFace(remainingMs);
  return (
    <>
      {face.digits}
      {face.overtime ? <span className={`${className}__words`}> {face.words}</span> : null}
    </>
  );
}
