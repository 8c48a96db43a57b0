// «Голос»: which voice the board and the kiosk have (the server's clip pack, the server's speech,
// what this PC would use), «Прослухати» a call or a text, and how a centre replaces the default
// clips with its own recordings (EQUEUE_VOICE_DIR), clip by clip. Read only: the pack lives in
// files on the server, not in the database (docs/voice.md).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callClips, type VoicePackView } from '@cherha/contracts';
import { api, clipUrl, playClips, speakWithServer, ticketCallText, useVoiceState } from '@cherha/ui-kit';
import { i18n as appI18n } from '../i18n';
import { TextField } from './form/fields';
import { AdminSection, Loading, TabMessages } from './tab/frame';
import { useReload, useTabMessages } from './tab/hooks';
import { AdminTable, RowButton } from './table';
import { addVoiceStrings } from './voice-strings';

addVoiceStrings(appI18n);

/** what a board can be asked to say: a letter or two and up to three digits; a window label */
const NUMBER_RE = /^\p{L}{1,2}\d{1,3}$/u;
const WINDOW_RE = /^\d{1,3}\p{L}?$/u;

export function VoiceTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'uk';
  const { error, setError, status, setStatus, fail } = useTabMessages();
  const [tick, reload] = useReload();
  const [pack, setPack] = useState<VoicePackView | null>(null);
  const [number, setNumber] = useState('П123');
  const [windowLabel, setWindowLabel] = useState('10');
  const [text, setText] = useState(() => t('adm.voice.textDefault'));
  const [busy, setBusy] = useState(false);
  const here = useVoiceState();

  useEffect(() => {
    let cancelled = false;
    api('getVoicePack', {})
      .then((p) => {
        if (!cancelled) setPack(p);
      })
      .catch((err: unknown) => {
        if (!cancelled) fail(err);
      });
    return () => {
      cancelled = true;
    };
  }, [tick, fail]);

  /** plays and says in the status line what is sounding, then that it was heard */
  const play = async (what: string, sound: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setStatus(t('adm.voice.playing', { text: what }));
    try {
      await sound();
      setStatus(t('adm.voice.played', { text: what }));
    } catch {
      setStatus('');
      setError(t('adm.voice.playFailed'));
    } finally {
      setBusy(false);
      reload();
    }
  };

  const listenCall = () => {
    const n = number.trim().toUpperCase();
    const w = windowLabel.trim().toUpperCase();
    if (!NUMBER_RE.test(n)) return setError(t('adm.voice.badNumber'));
    if (!WINDOW_RE.test(w)) return setError(t('adm.voice.badWindow'));
    void play(ticketCallText(n, w, lang), () => playClips(callClips(n, w).map((c) => clipUrl(c))));
  };

  const s = pack?.status;
  return (
    <AdminSection tab="voice" intro={t('adm.voice.intro')}>
      <TabMessages error={error} status={status} onDismiss={() => setError(null)} />
      <Loading when={!pack && !error} />

      <h2>{t('adm.voice.stateTitle')}</h2>
      <dl className="adm-voice-state">
        <dt>{t('adm.voice.clips')}</dt>
        <dd data-testid="voice-clips-state">{s ? (s.clips.available ? t('adm.voice.clipsOk', { total: s.clips.total, custom: s.clips.custom }) : t('adm.voice.clipsMissing')) : '…'}</dd>
        <dt>{t('adm.voice.speech')}</dt>
        <dd data-testid="voice-speech-state">{s ? (s.speech.available ? t('adm.voice.speechOk', { engine: s.speech.engine }) : t('adm.voice.speechOff')) : '…'}</dd>
        <dt>{t('adm.voice.here')}</dt>
        <dd data-testid="voice-here-state">{t(`adm.voice.mode_${here.calls}`)}</dd>
      </dl>

      <h2>{t('adm.voice.tryTitle')}</h2>
      <form
        className="adm-toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          listenCall();
        }}
      >
        <TextField label={t('adm.voice.number')} value={number} onChange={setNumber} maxLength={6} size={8} />
        <TextField label={t('adm.voice.window')} value={windowLabel} onChange={setWindowLabel} maxLength={5} size={6} />
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {t('adm.voice.listen')}
        </button>
      </form>

      <h2>{t('adm.voice.textTitle')}</h2>
      <form
        className="adm-toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) void play(text.trim(), () => speakWithServer(text.trim(), lang, null));
        }}
      >
        <TextField label={t('adm.voice.text')} value={text} onChange={setText} maxLength={300} size={50} />
        <button type="submit" className="btn" disabled={busy || !s?.speech.available}>
          {t('adm.voice.listenText')}
        </button>
      </form>

      <h2>{t('adm.voice.replaceTitle')}</h2>
      <p>{t('adm.voice.replace1')}</p>
      <p>{t('adm.voice.replace2')}</p>
      <p data-testid="voice-dir">
        {pack ? (pack.customDir ? t('adm.voice.dirSet', { dir: pack.customDir }) : t('adm.voice.dirUnset')) : null}
      </p>
      {pack?.customDirProblem ? <p className="adm-field__error">{pack.customDirProblem}</p> : null}

      <h2 id="adm-voice-list">{t('adm.voice.listTitle')}</h2>
      {pack ? (
        <AdminTable labelledBy="adm-voice-list" columns={[t('adm.voice.colFile'), t('adm.voice.colText'), t('adm.voice.colSource'), t('adm.voice.colListen')]}>
          {pack.clips.map((c) => (
            <tr key={c.name} data-clip={c.name}>
              <th scope="row">
                <code>{c.format ? `${c.name}.${c.format}` : c.name}</code>
              </th>
              <td lang="uk">{c.text}</td>
              <td>{t(`adm.voice.src_${c.source}`)}</td>
              <td>
                <RowButton label={t('adm.voice.listen')} of={c.text} disabled={busy || c.source === 'missing'} onClick={() => void play(c.text, () => playClips([clipUrl(c.name)]))} />
              </td>
            </tr>
          ))}
        </AdminTable>
      ) : null}
    </AdminSection>
  );
}
