// «Оберіть вікно»: every window of the office, who is at it and whether it is paused.
import { useTranslation } from 'react-i18next';
import type { OperatorSnapshot, User, Window } from '@cherha/contracts';

export function WindowPicker({ snap, windows, user, onChoose }: { snap: OperatorSnapshot; windows: Window[] | null; user: User; onChoose: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <main className="picker">
      <h1>{t('op.chooseWindow')}</h1>
      <p>{t('op.chooseWindowIntro')}</p>
      <ul className="picker__grid">
        {snap.windows.map((w) => {
          const cfg = windows?.find((x) => x.id === w.id);
          const taken = w.operatorId !== null && w.operatorId !== user.id;
          return (
            <li key={w.id}>
              <button type="button" className={`btn picker__window${taken ? ' picker__window--taken' : ''}`} onClick={() => onChoose(w.id)}>
                <span className="picker__label">{t('op.windowN', { label: w.label })}</span>
                {cfg?.name ? <span className="picker__name">{cfg.name}</span> : null}
                <span className="picker__state">
                  {taken ? t('op.windowBusy', { name: w.operatorName ?? '' }) : t('op.windowFree')}
                  {w.paused ? ` · ${t('op.windowPaused')}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
