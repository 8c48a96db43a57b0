import { createI18n, type DeepStrings } from '@cherha/ui-kit';

const uk = {
  board: {
    title: 'Табло черги',
    nowCalling: 'Запрошується',
    recall: 'Повторний виклик',
    windowWord: 'вікно',
    recentCalls: 'Останні виклики',
    ticketCol: 'Талон',
    windowCol: 'Вікно',
    noCalls: 'Очікуйте виклику на табло',
    waitingTitle: 'У черзі',
    waitingCount: '{{count}}',
    soundOn: 'Увімкнути звук',
    soundHint: 'Для техніка: натисніть один раз, щоб браузер дозволив звук оголошень.',
    alertBanner: 'Повітряна тривога! Пройдіть до укриття.',
    arrowLabel: '{{number}} → вікно {{window}}',
    closedService: 'не видається',
  },
};

const en: DeepStrings<typeof uk> = {
  board: {
    title: 'Queue board',
    nowCalling: 'Now calling',
    recall: 'Repeated call',
    windowWord: 'window',
    recentCalls: 'Recent calls',
    ticketCol: 'Ticket',
    windowCol: 'Window',
    noCalls: 'Watch this board for your number',
    waitingTitle: 'Waiting',
    waitingCount: '{{count}}',
    soundOn: 'Enable sound',
    soundHint: 'For the technician: press once so that the browser allows announcements.',
    alertBanner: 'Air-raid alert! Please go to the shelter.',
    arrowLabel: '{{number}} → window {{window}}',
    closedService: 'not issued',
  },
};

// the board stays in the language the technician chose
export const i18n = createI18n({ uk, en, remember: 'board' });
