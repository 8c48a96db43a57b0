import { createI18n, type DeepStrings } from '@cherha/ui-kit';
import { rememberLanguageFromAddress } from './language';

const uk = {
  board: {
    title: 'Табло черги',
    nowCalling: 'Запрошується',
    /** the newest call is minutes old: nobody is being invited right now */
    lastCall: 'Останній виклик',
    recall: 'Повторний виклик',
    windowWord: 'вікно',
    recentCalls: 'Останні виклики',
    ticketCol: 'Талон',
    windowCol: 'Вікно',
    again: 'повторно',
    alsoCalled: 'Також',
    noCallsTitle: 'Очікуйте виклику',
    noCalls: 'Номер вашого талону зʼявиться тут і прозвучить у залі.',
    waitingTitle: 'У черзі',
    soundOn: 'Увімкнути звук',
    soundHint: 'Для техніка: натисніть один раз, щоб браузер дозволив звук оголошень.',
    alertBanner: 'Повітряна тривога! Пройдіть до укриття.',
    arrowLabel: '{{number}} → вікно {{window}}',
  },
};

const en: DeepStrings<typeof uk> = {
  board: {
    title: 'Queue board',
    nowCalling: 'Now calling',
    lastCall: 'Last call',
    recall: 'Repeated call',
    windowWord: 'window',
    recentCalls: 'Recent calls',
    ticketCol: 'Ticket',
    windowCol: 'Window',
    again: 'again',
    alsoCalled: 'Also',
    noCallsTitle: 'Please wait for your call',
    noCalls: 'Your ticket number will appear here and be announced in the hall.',
    waitingTitle: 'Waiting',
    soundOn: 'Enable sound',
    soundHint: 'For the technician: press once so that the browser allows announcements.',
    alertBanner: 'Air-raid alert! Please go to the shelter.',
    arrowLabel: '{{number}} → window {{window}}',
  },
};

// ?lang=en in the board's address, else the language remembered on this PC, else Ukrainian
if (typeof location !== 'undefined') rememberLanguageFromAddress(location.search);
export const i18n = createI18n({ uk, en, remember: 'board' });
