// A rough but honest waiting estimate: people ahead × recent service time ÷ windows
// that serve the service now.

/** Median is robust against one forgotten "finish" that lasted an hour. */
export function typicalMinutes(recent: readonly number[], expectedMinutes: number): number {
  const usable = recent.filter((m) => Number.isFinite(m) && m > 0 && m < 240);
  if (usable.length < 3) return expectedMinutes;
  const sorted = [...usable].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function estimateWaitMinutes(peopleAhead: number, minutesPerVisitor: number, openWindows: number): number {
  if (peopleAhead <= 0) return 0;
  return Math.ceil((peopleAhead * minutesPerVisitor) / Math.max(1, openWindows));
}
