// The booking page: office → service → day → time → name (and, with consent, a phone or an
// e-mail) → the code with its QR code, a calendar file, cancel and move. A link with ?code=
// (the QR code) opens the booking itself.
import { useState } from 'preact/hooks';
import type { BookingPublicView } from '@cherha/contracts';
import { Booking } from './Booking';
import { LIVE_ID } from './focus';
import { Picker } from './Picker';
import { tr, useLang, type Lang } from './i18n';

export function App({ initialCode }: { initialCode: string | null }) {
  const [lang, setLang] = useLang();
  const [code, setCode] = useState<string | null>(initialCode);
  const [fresh, setFresh] = useState<BookingPublicView | null>(null);
  /** a code that found nothing: the find field comes back with it and the server's sentence under it */
  const [missing, setMissing] = useState<{ code: string; text: string } | null>(null);
  const show = (v: BookingPublicView) => {
    setMissing(null);
    setFresh(v);
    setCode(v.code);
    history.replaceState(null, '', `?code=${encodeURIComponent(v.code)}`);
  };
  const restart = () => {
    setFresh(null);
    setCode(null);
    history.replaceState(null, '', location.pathname);
  };
  const notFound = (text: string) => {
    setMissing({ code: code ?? '', text });
    restart();
  };
  const find = (c: string) => {
    setMissing(null);
    setCode(c);
  };
  return (
    <div class="page">
      <header class="bar">
        <span class="bar__brand">{tr(lang, 'title')}</span>
        <LangSwitch lang={lang} setLang={setLang} />
      </header>
      <main class="main">
        {code !== null
          ? <Booking lang={lang} code={code} initial={fresh} onNew={restart} onMissing={notFound} />
          : <Picker lang={lang} onBooked={show} onFind={find} missing={missing} />}
      </main>
      {/* the page's one live region: which step is shown now (focus.ts sets its text) */}
      <p id={LIVE_ID} class="sr-only" aria-live="polite" />
    </div>
  );
}

function LangSwitch({ lang, setLang }: { lang: Lang; setLang: (l: Lang) => void }) {
  return (
    <div class="lang" role="group" aria-label={tr(lang, 'languageToggle')}>
      <button type="button" lang="uk" aria-pressed={lang === 'uk'} onClick={() => setLang('uk')}>УКР</button>
      <button type="button" lang="en" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>ENG</button>
    </div>
  );
}
