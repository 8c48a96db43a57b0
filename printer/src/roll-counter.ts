// Tickets printed since the last roll change. Many cheap printers have no near-end sensor, so
// this count (against the number of tickets a roll holds) is the only early warning. Kept in a
// small JSON file when a path is given, so a restart of the agent does not forget the roll.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export class RollCounter {
  private count = 0;

  constructor(
    /** tickets per roll after which paper is reported near end; undefined = never */
    readonly nearEndAfter?: number,
    private readonly file?: string,
  ) {
    if (file) {
      try {
        const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
        const value = typeof parsed === 'object' && parsed !== null && 'ticketsSinceRollChange' in parsed ? parsed.ticketsSinceRollChange : 0;
        this.count = typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
      } catch {
        this.count = 0; // no file yet (first start) or unreadable: start a new roll
      }
    }
  }

  get value(): number {
    return this.count;
  }

  get nearEnd(): boolean {
    return this.nearEndAfter !== undefined && this.count >= this.nearEndAfter;
  }

  increment(): void {
    this.count += 1;
    this.save();
  }

  reset(): void {
    this.count = 0;
    this.save();
  }

  private save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ ticketsSinceRollChange: this.count }));
    renameSync(tmp, this.file);
  }
}
