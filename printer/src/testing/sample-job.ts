// A realistic PrintJob with every letter that breaks on the wrong code page (і ї є ґ Ґ Є І Ї №).
import type { PrintJob } from '@cherha/contracts';

export function sampleJob(overrides: Partial<PrintJob> = {}): PrintJob {
  return {
    jobId: 'job-1',
    ticket: {
      id: 15,
      branchId: 1,
      serviceId: 3,
      number: 'А015',
      serviceDay: '2025-03-05',
      status: 'waiting',
      priorityCategoryId: null,
      targetWindowId: null,
      windowId: null,
      operatorId: null,
      issuedAt: '2025-03-05T07:41:00.000Z',
      queuedAt: '2025-03-05T07:41:00.000Z',
      calledAt: null,
      startedAt: null,
      finishedAt: null,
      recallCount: 0,
      peopleAheadAtIssue: 4,
      estimatedWaitMinutesAtIssue: 12,
      language: 'uk',
      publicCode: 'q7Zk2xPm',
    },
    branchName: { uk: 'ЦНАП Подільського району м. Києва', en: 'Podilskyi District ASC, Kyiv' },
    serviceName: { uk: 'Реєстрація місця проживання', en: 'Residence registration' },
    priorityName: null,
    header: 'Ґречно просимо до ґанку! Єдине вікно: І поверх',
    footer: 'Їжа та напої — у холі. Довідки: № 0 800 000 000',
    statusUrl: 'https://cherha.example.org/t/q7Zk2xPm',
    language: 'uk',
    ...overrides,
  };
}
