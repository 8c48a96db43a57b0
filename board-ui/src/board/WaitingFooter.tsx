// Waiting visitors per ticket letter along the bottom: what a visitor holding «Р015» looks for.
import { useTranslation } from 'react-i18next';

export function WaitingFooter({ byPrefix }: { byPrefix: readonly { prefix: string; waiting: number }[] }) {
  const { t } = useTranslation();
  if (byPrefix.length === 0) return null;
  return (
    <footer className="board__footer" aria-labelledby="waiting-title">
      <h2 id="waiting-title" className="board__footer-title">
        {t('board.waitingTitle')}:
      </h2>
      <ul className="waiting" role="list">
        {byPrefix.map((x) => (
          <li key={x.prefix} className="waiting__item" data-prefix={x.prefix}>
            <span className="waiting__prefix">{x.prefix}</span>
            <span className="waiting__count">{x.waiting}</span>
          </li>
        ))}
      </ul>
    </footer>
  );
}
