import { useTranslation } from 'react-i18next';
import { ScreenHeader } from './screen-header.js';

/** Live control and results arrive with the desk's part 2. */
export function PlaceholderScreen() {
  const { t } = useTranslation();
  return <ScreenHeader title={t('placeholder.title')} lead={t('placeholder.lead')} />;
}
