// Restart: `clients` board sockets (the apps' reconnection settings, LIVE_RECONNECT in contracts)
// over the bench's branches; the server is stopped (SIGTERM) and started again on the same
// file and port. Measured from the new process's spawn: first 200 of /api/health, first
// ticket issued, and every client holding the latest revision of its branch again.
import type { Ours } from './ours';
import { ensureBranches, connectBoards } from './board';
import { oursEnv } from './ours';
import { fmt, pct, spawnServer, stop, waitOk } from './proc';

export interface RestartFigures {
  clients: number;
  stopMs: number;
  healthMs: number;
  firstTicketMs: number;
  /** null when not all were back within the limit */
  allBackMs: number | null;
  back: number;
  /** per client that came back: ms from the spawn until it held its branch's latest revision */
  backAt: number[];
}

async function revisionOf(ours: Ours, branchId: number): Promise<number> {
  const r = await fetch(`${ours.url}/api/branches/${branchId}/snapshot`, { headers: { cookie: ours.adminCookie } });
  return ((await r.json()) as { revision: number }).revision;
}

export async function restartBench(ours: Ours, dir: string, port: number, opts: { clients: number; branches: number; limitMs: number; nodeArgs?: string[] }): Promise<{ figures: RestartFigures; ours: Ours }> {
  const branchIds = await ensureBranches(ours, opts.branches);
  const boards = await connectBoards(ours, branchIds, opts.clients, true);
  const seen = boards.map(() => 0);
  /** per client: when each revision arrived (ms since the new process's spawn) */
  const arrivals: { at: number; revision: number }[][] = boards.map(() => []);
  let t0 = NaN;
  boards.forEach((b, i) => {
    // only what the new process sends counts (t0 is set at its spawn)
    const on = (x: { revision: number }) => {
      if (Number.isNaN(t0)) return;
      seen[i] = Math.max(seen[i]!, x.revision);
      arrivals[i]!.push({ at: performance.now() - t0, revision: x.revision });
    };
    b.socket.on('board:snapshot', on);
    b.socket.on('delta', on);
  });
  const target = new Map<number, number>();
  for (const id of branchIds) target.set(id, await revisionOf(ours, id));

  const s0 = performance.now();
  await stop(ours.child);
  const stopMs = performance.now() - s0;

  t0 = performance.now();
  const child = spawnServer(oursEnv(dir, port), opts.nodeArgs);
  const next: Ours = { ...ours, child, pid: child.pid! };
  const healthMs = await waitOk(`${ours.url}/api/health`, t0);
  const issued = await fetch(`${ours.url}/api/branches/1/tickets`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer demo-kiosk-token' },
    body: JSON.stringify({ serviceId: ours.services.find((s) => s.dailyCap === null)!.id, idempotencyKey: `restart-${Date.now()}-key` }),
  });
  if (issued.status !== 201) throw new Error(`first ticket after restart: ${issued.status} ${await issued.text()}`);
  const firstTicketMs = performance.now() - t0;
  target.set(branchIds[0]!, await revisionOf(next, branchIds[0]!));

  // back = something came from the new process, at the branch's latest revision (a branch
  // nobody touched stays at revision 0, so "seen ≥ target" alone would count clients not yet back)
  const isBack = (i: number) => arrivals[i]!.length > 0 && seen[i]! >= target.get(boards[i]!.branchId)!;
  let allBackMs: number | null = null;
  while (performance.now() - t0 < opts.limitMs) {
    if (boards.every((_, i) => isBack(i))) {
      allBackMs = performance.now() - t0;
      break;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const back = boards.filter((_, i) => isBack(i)).length;
  const backAt = boards.flatMap((b, i) => arrivals[i]!.find((a) => a.revision >= target.get(b.branchId)!)?.at ?? []);
  for (const b of boards) b.socket.close();
  return { figures: { clients: boards.length, stopMs, healthMs, firstTicketMs, allBackMs, back, backAt }, ours: next };
}

export function printRestart(f: RestartFigures, limitMs: number): void {
  console.log(`restart: stop (SIGTERM → exit) ${fmt(f.stopMs, 0)} ms; from the new process's spawn: /api/health 200 after ${fmt(f.healthMs, 0)} ms (goal ≤ 2,000), first ticket after ${fmt(f.firstTicketMs, 0)} ms`);
  console.log(f.allBackMs !== null
    ? `${f.clients} clients back on the latest revision after ${fmt(f.allBackMs, 0)} ms (goal ≤ 5,000)`
    : `only ${f.back} of ${f.clients} clients back on the latest revision within ${limitMs} ms (goal: all within 5,000)`);
  const within = (ms: number) => f.backAt.filter((x) => x <= ms).length;
  console.log(`  clients back: p50 ${fmt(pct(f.backAt, 50), 0)} ms, p90 ${fmt(pct(f.backAt, 90), 0)} ms; within 2 s ${within(2000)}, within 5 s ${within(5000)} of ${f.clients}`
    + ' (the apps\' reconnection, LIVE_RECONNECT: first retry 0.2–0.6 s after the drop, doubling to at most 1–3 s)');
}
