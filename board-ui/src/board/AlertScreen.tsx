// During an air-raid alert the board shows only the alert, in both languages (the other one
// smaller), in text that fits any TV: the hall must read it from the door.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@cherha/ui-kit';
import { WarningIcon } from './icons';

export function AlertScreen() {
  const { t, i18n } = useTranslation();
  const other = currentLanguage(i18n) === 'uk' ? 'en' : 'uk';
  return (
    <div className="board__alert" role="alert">
      <p className="board__alert-title" data-fit>
        <WarningIcon className="board__alert-sign" />
        {t('common.alertTitle')}
      </p>
      <p className="board__alert-text">{t('common.alertText')}</p>
      <p className="board__alert-other" lang={other}>
        {i18n.getFixedT(other)('board.alertBanner')}
      </p>
    </div>
  );
}
