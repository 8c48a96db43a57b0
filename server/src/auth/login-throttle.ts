// Password guessing, limited without locking an office out. Centres sit behind one NAT
// address, so a fixed per-address cap would let one person's typos (or one attacker inside)
// lock out every colleague; and a per-address cap alone leaves an account open to guesses
// spread over many addresses. So failures are counted three ways, each with a growing delay
// (not a lockout) once past its threshold:
//   - per account and address: the person at the keyboard (threshold 5);
//   - per account, over all addresses: a distributed guess at one account (threshold 10);
//   - per address, over all accounts: one machine trying many different accounts (counted as
//     distinct accounts, threshold 10) — a person mistyping their own password a hundred times
//     is one account, and never slows down the colleagues behind the same NAT address.
// A person who has signed in successfully from this address before ("known pair") is held
// only by the first counter: an attacker's failures elsewhere never stop colleagues working.
// While a delay runs the password is not even checked, so guesses during it teach nothing.
// In memory on purpose: a restart forgets the counters, which costs an attacker a restart's
// worth of guesses and never strands a centre on a stale lock.

interface Counter {
  failures: number;
  last: number;
  /** per-address counters: the accounts that failed from there (their number is what counts) */
  accounts?: Set<string>;
}

interface Rule {
  threshold: number;
  baseMs: number;
  capMs: number;
}

const PAIR: Rule = { threshold: 5, baseMs: 1_000, capMs: 5 * 60_000 };
const ACCOUNT: Rule = { threshold: 10, baseMs: 2_000, capMs: 15 * 60_000 };
const ADDRESS: Rule = { threshold: 10, baseMs: 1_000, capMs: 5 * 60_000 };
/** distinct accounts remembered per address (enough to pass the threshold, bounded) */
const MAX_ACCOUNTS_PER_ADDRESS = 64;
/** a counter with no failure for this long starts again from zero */
const FORGET_MS = 15 * 60_000;
/** a successful sign-in makes (account, address) known for this long */
const KNOWN_MS = 30 * 24 * 3_600_000;
/** bound on remembered keys, so a flood of random logins cannot grow memory without end */
const MAX_KEYS = 50_000;

function delayMs(rule: Rule, failures: number): number {
  if (failures < rule.threshold) return 0;
  return Math.min(rule.capMs, rule.baseMs * 2 ** Math.min(20, failures - rule.threshold));
}

export class LoginThrottle {
  private readonly counters = new Map<string, Counter>();
  private readonly known = new Map<string, number>();
  /** attempts counted in `wait` whose password is still being checked, per person and address */
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  /**
   * Milliseconds until this attempt may be checked; 0 = go ahead. Going ahead counts the
   * attempt against the person's and the account's counters at once, before the password is
   * checked (scrypt takes a while): otherwise forty guesses sent in parallel would all find
   * the counters at zero and all be checked. `failed` or `succeeded` settles it.
   */
  wait(login: string, address: string): number {
    const t = this.now();
    const pairKey = `p:${login.toLowerCase()}|${address}`;
    const isKnown = (this.known.get(pairKey) ?? 0) > t;
    const keys: [string, Rule][] = [[pairKey, PAIR]];
    if (!isKnown) keys.push([`a:${login.toLowerCase()}`, ACCOUNT], [`i:${address}`, ADDRESS]);
    let wait = 0;
    for (const [key, rule] of keys) {
      const c = this.live(key, t);
      if (c) wait = Math.max(wait, c.last + delayMs(rule, c.failures) - t);
    }
    if (wait > 0) return wait;
    this.countAccount(login.toLowerCase(), address, t);
    this.set(this.inFlight, pairKey, (this.inFlight.get(pairKey) ?? 0) + 1);
    return 0;
  }

  failed(login: string, address: string): void {
    const t = this.now();
    const account = login.toLowerCase();
    // counted when it began (wait); a failure reported without a wait is counted now
    if (!this.settle(`p:${account}|${address}`)) this.countAccount(account, address, t);
    // the address counts different accounts: added on failure only, so colleagues signing in
    // together behind one NAT address never hold each other up
    const key = `i:${address}`;
    const c = this.live(key, t) ?? { failures: 0, last: t, accounts: new Set<string>() };
    const accounts = c.accounts ?? new Set<string>();
    if (accounts.size < MAX_ACCOUNTS_PER_ADDRESS) accounts.add(account);
    c.accounts = accounts;
    c.failures = accounts.size;
    c.last = t;
    this.set(this.counters, key, c);
  }

  succeeded(login: string, address: string): void {
    const pairKey = `p:${login.toLowerCase()}|${address}`;
    this.settle(pairKey);
    this.counters.delete(pairKey);
    this.counters.delete(`a:${login.toLowerCase()}`);
    this.set(this.known, pairKey, this.now() + KNOWN_MS);
  }

  /** one more failure for the person at this address and for the account */
  private countAccount(account: string, address: string, t: number): void {
    for (const key of [`p:${account}|${address}`, `a:${account}`]) {
      const c = this.live(key, t) ?? { failures: 0, last: t };
      c.failures += 1;
      c.last = t;
      this.set(this.counters, key, c);
    }
  }

  /** an attempt counted in `wait` has its answer; false when none was waiting */
  private settle(pairKey: string): boolean {
    const n = this.inFlight.get(pairKey) ?? 0;
    if (n === 0) return false;
    if (n === 1) this.inFlight.delete(pairKey);
    else this.inFlight.set(pairKey, n - 1);
    return true;
  }

  private live(key: string, t: number): Counter | undefined {
    const c = this.counters.get(key);
    if (c && t - c.last > FORGET_MS) {
      this.counters.delete(key);
      return undefined;
    }
    return c;
  }

  private set<V>(map: Map<string, V>, key: string, value: V): void {
    map.delete(key);
    map.set(key, value);
    // oldest first: Map keeps insertion order
    if (map.size > MAX_KEYS) map.delete(map.keys().next().value as string);
  }
}
