// Message: the organizer's announcement full screen; in the other modes the same text runs
// as a ticker along the bottom edge.
import { useTranslation } from 'react-i18next';

export function MessageView({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <div className="message-view" data-testid="message">
      <p className="message-view__label">{t('message.heading')}</p>
      <p className="message-view__text">{text}</p>
    </div>
  );
}

export function Ticker({ text }: { text: string }) {
  // Two copies back to back make the loop seamless; the second is hidden from readers.
  return (
    <div className="ticker" data-testid="ticker">
      {/* About 8 characters a second, whatever the length of the text. */}
      <div
        className="ticker__track"
        style={{ animationDuration: `${Math.max(16, Math.round(text.length / 8))}s` }}
      >
        <span className="ticker__item">{text}</span>
        <span className="ticker__item" aria-hidden="true">
          {text}
        </span>
      </div>
    </div>
  );
}
