// When SQLite cannot write (disk full, file system remounted read-only, I/O error) the command
// was rolled back as a whole; the caller gets a 503 that says so, and the next request tries
// again: nothing here is sticky, so service resumes by itself once space returns.

/** SQLITE_FULL, SQLITE_READONLY*, SQLITE_IOERR* (better-sqlite3 puts the extended code in `code`) */
const STORAGE_CODE = /^SQLITE_(FULL|READONLY|IOERR)(_|$)/;

export function isStorageFailure(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_CODE.test(code);
}

/** what a person reads; the kiosk shows it instead of a ticket */
export function storageFailureMessage(operationId: string | undefined): string {
  const what = operationId === 'issueTicket' ? 'Талон не видано' : 'Дію не виконано';
  return `${what}: сервер зараз не може зберегти дані (закінчилося місце на диску або диск недоступний для запису). Спробуйте за хвилину; якщо не минає — зверніться до адміністратора.`;
}
