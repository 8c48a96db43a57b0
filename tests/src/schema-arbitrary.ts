// fast-check arbitraries from JSON Schema (the subset our OpenAPI document and zod's
// toJSONSchema produce), and a small checker that says when a value breaks a schema for sure.
//
// The fuzz tests need two things from a schema: values to send (mostly well-shaped so the
// request reaches the code behind validation, some hostile: wrong types, out of range, extra
// fields, prototype keys, control and direction characters, very long strings) and an oracle:
// a value that `violation()` calls invalid must be refused, whatever the server does inside.
// The checker is conservative: it only reports what no reading of the schema could accept.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  /** draft 4 (boolean, as @fastify/swagger writes it) or 2020-12 (number, as zod writes it) */
  exclusiveMinimum?: boolean | number;
  exclusiveMaximum?: boolean | number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

/** Prototype-pollution keys as own properties (JSON.parse makes `__proto__` an own key). */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const pollute = (key: string, value: unknown): Record<string, unknown> => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) as Record<string, unknown>;

/** Text a person could save that must never reach a board or a ticket: NUL, ESC, bidi overrides. */
export const NASTY_CHARS = ['\u0000', '\u001b', '\u0007', '\u202e', '\u202d', '\u2066', '\u200f', '\ufeff', '\u0085'] as const;
const nastyString = fc
  .tuple(fc.string({ maxLength: 6 }), fc.constantFrom(...NASTY_CHARS), fc.string({ maxLength: 6 }))
  .map(([a, c, b]) => `${a || 'Ім'}${c}${b || 'я'}`);
const HOSTILE_TEXT = ["'; DROP TABLE tickets; --", '../../etc/passwd', '<script>alert(1)</script>', '%00', '${7*7}', '\ud800', ' ', '1 OR 1=1', 'NaN', '-0', '0x10', '1e3', 'true', '[1]', 'null'];

/** a JSON value of any shape (for "wrong type" slots and free-form objects) */
const anyJson = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e308, -1e308, '', [], {}, [1], ['1'], { $ne: 0 }, { $gt: '' }),
  fc.integer(),
  fc.string({ maxLength: 20 }),
  nastyString,
);

const lo = (s: JsonSchema): number | undefined => {
  if (typeof s.exclusiveMinimum === 'number') return Math.floor(s.exclusiveMinimum) + 1;
  if (s.minimum === undefined) return undefined;
  return s.exclusiveMinimum === true ? Math.floor(s.minimum) + 1 : Math.ceil(s.minimum);
};
const hi = (s: JsonSchema): number | undefined => {
  if (typeof s.exclusiveMaximum === 'number') return Math.ceil(s.exclusiveMaximum) - 1;
  if (s.maximum === undefined) return undefined;
  return s.exclusiveMaximum === true ? Math.ceil(s.maximum) - 1 : Math.floor(s.maximum);
};
const types = (s: JsonSchema): string[] => (s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type]);

/** Well-shaped values: what a correct client would send (ids biased to small, existing ones). */
export function validArbitrary(s: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const branches = s.anyOf ?? s.oneOf;
  const base = branches ? fc.oneof(...branches.map((b) => validArbitrary(b, depth + 1))) : validOfType(s, depth);
  return s.nullable ? fc.oneof({ weight: 5, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) }) : base;
}

function validOfType(s: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.allOf?.length) return validArbitrary(s.allOf[0]!, depth + 1);
  const t = types(s).filter((x) => x !== 'null');
  switch (t[0]) {
    case 'integer':
    case 'number': {
      const min = lo(s) ?? -1_000_000;
      const max = hi(s) ?? 1_000_000;
      // small values hit the demo centre's rows (branch 1, services 1..41, windows 1..10)
      const from = Math.max(min, Math.min(max, 1));
      const tiny = fc.integer({ min: from, max: Math.min(max, Math.max(min, 3)) });
      const small = fc.integer({ min: from, max: Math.min(max, Math.max(min, 60)) });
      return fc.oneof({ weight: 3, arbitrary: tiny }, { weight: 3, arbitrary: small }, { weight: 1, arbitrary: fc.integer({ min, max }) });
    }
    case 'boolean':
      return fc.boolean();
    case 'string':
      return validString(s);
    case 'array': {
      const max = Math.min(s.maxItems ?? 5, 5);
      return fc.array(s.items ? validArbitrary(s.items, depth + 1) : anyJson, { minLength: Math.min(s.minItems ?? 0, max), maxLength: max });
    }
    case 'object':
      return validObject(s, depth);
    default:
      return anyJson;
  }
}

function validString(s: JsonSchema): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 300;
  if (s.pattern) {
    const re = new RegExp(s.pattern, 'u');
    return fc.stringMatching(re).filter((v) => v.length >= min && v.length <= max);
  }
  const len = { minLength: Math.max(min, 1), maxLength: Math.min(max, 40) };
  // printable ASCII mostly; any Unicode now and then (it may hold controls: the scan decides)
  const plain = fc.oneof({ weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', ...len }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', ...len }) }).filter((v) => v.trim().length >= min);
  const ukrainian = fc.constantFrom('Паспорт громадянина України', 'Вікно', 'ЦНАП «Центр Дії»', 'Реєстрація місця проживання').filter((v) => v.length <= max && v.length >= min);
  // schema-valid, but text a person must never be able to save (the database scan catches it)
  const nasty = nastyString.map((v) => v.slice(0, max)).filter((v) => v.length >= min);
  return fc.oneof({ weight: 3, arbitrary: ukrainian }, { weight: 3, arbitrary: plain }, { weight: 1, arbitrary: nasty }).map((v) => v.slice(0, max));
}

/**
 * Fields whose valid values a schema cannot tell (an IANA zone, a real calendar date):
 * without these hints nearly every generated branch would be refused for its time zone.
 */
const FIELD_HINTS: Record<string, fc.Arbitrary<unknown>> = {
  timeZone: fc.constantFrom('Europe/Kyiv', 'Europe/Warsaw', 'UTC'),
  date: fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  from: fc.constantFrom('2026-11-01', '2026-11-29'),
  to: fc.constantFrom('2026-11-30', '2026-12-31'),
};

/**
 * Adds hints for fields whose good values exist only at run time (a print job's id); read
 * when an arbitrary is built, so call it before building.
 */
export function addFieldHints(hints: Record<string, fc.Arbitrary<unknown>>): void {
  Object.assign(FIELD_HINTS, hints);
}

function validObject(s: JsonSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const props = s.properties ?? {};
  const required = new Set(s.required ?? []);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, v] of Object.entries(props)) {
    const hint = FIELD_HINTS[k];
    record[k] = hint && violation(v, fc.sample(hint, { numRuns: 1, seed: 1 })[0]) === null ? fc.oneof({ weight: 4, arbitrary: hint }, { weight: 1, arbitrary: validArbitrary(v, depth + 1) }) : validArbitrary(v, depth + 1);
  }
  const requiredKeys = Object.keys(props).filter((k) => required.has(k));
  const base = fc.record(record, { requiredKeys });
  if (s.additionalProperties && typeof s.additionalProperties === 'object' && depth < 3) {
    return fc.tuple(base, fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), validArbitrary(s.additionalProperties, depth + 1), { maxKeys: 3 })).map(([a, b]) => ({ ...b, ...a }));
  }
  return base;
}

/** Values that break this schema or merely look dangerous (the checker tells which). */
export function hostileArbitrary(s: JsonSchema): fc.Arbitrary<unknown> {
  const t = types(s);
  const specific: unknown[] = [];
  if (t.includes('integer') || t.includes('number')) {
    // the loose-id family: each of these was once "service 1" somewhere
    specific.push(true, false, [1], ['1'], '1', '01', ' 1', '1.0', 1.5, 0.1, -1, 0, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, '', {}, { valueOf: 1 });
    const max = hi(s);
    const min = lo(s);
    if (max !== undefined) specific.push(max + 1);
    if (min !== undefined) specific.push(min - 1);
  }
  if (t.includes('string')) {
    specific.push(42, true, [], ['a'], {}, '', ' '.repeat(3), 'x'.repeat((s.maxLength ?? 5000) + 1), 'ї'.repeat(20_000), ...HOSTILE_TEXT);
  }
  if (t.includes('boolean')) specific.push('true', 1, 0, 'yes', [true], null, {});
  if (t.includes('array')) specific.push({}, 'a', 1, [null], Array.from({ length: (s.maxItems ?? 50) + 1 }, () => (s.items ? 1 : 'x')));
  if (t.includes('object')) specific.push([], 'x', 1, true, pollute('__proto__', { admin: true }), pollute('constructor', { prototype: { admin: true } }));
  if (s.enum) specific.push('', 'EVERYTHING', ...s.enum.filter((e): e is string => typeof e === 'string').map((e) => e.toUpperCase() + ' '));
  return fc.oneof(
    { weight: 3, arbitrary: specific.length ? fc.constantFrom(...specific) : anyJson },
    { weight: 1, arbitrary: anyJson },
    { weight: 1, arbitrary: nastyString },
  );
}

export interface FuzzOptions {
  /** chance that the whole value is replaced by a hostile one, 0..1; default 0.1 */
  hostileShare?: number;
}

/** The loose-id family: each of these was once "service 1" somewhere. */
const LOOSE_IDS: unknown[] = [true, [1], ['1'], '1', '01', ' 1', '1.0', 1.5, '', {}];

/**
 * A value of `s` with exactly one defect deep inside: a valid object whose one field (or one
 * field of a nested object, or one array item) is hostile, so validation is tested field by
 * field rather than stopped by the first of many faults.
 */
export function mutateOne(s: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const t = types(s);
  const props = Object.keys(s.properties ?? {});
  if (t.includes('object') && props.length && depth < 4) {
    const field = fc.constantFrom(...props).chain((k) => fc.tuple(fc.constant(k), mutateOne(s.properties![k]!, depth + 1)));
    return fc.tuple(validObject(s, depth), field).map(([obj, [k, bad]]) => withKey(obj, k, bad));
  }
  if (t.includes('array') && s.items && depth < 4) {
    return fc.tuple(fc.array(validArbitrary(s.items, depth + 1), { maxLength: 2 }), mutateOne(s.items, depth + 1)).map(([items, bad]) => [...items, bad]);
  }
  if (t.includes('integer') || t.includes('number')) {
    return fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...LOOSE_IDS) }, { weight: 3, arbitrary: hostileArbitrary(s) });
  }
  return hostileArbitrary(s);
}

/** a copy with key set as an own, enumerable property (even `__proto__`) */
function withKey(obj: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(obj)) as Record<string, unknown>;
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * The mix the fuzzers send: about half valid values (text fields sometimes carrying control or
 * direction characters, which the schema alone does not forbid), a third with one defect,
 * and the rest extra or polluting keys, a missing required field, or a hostile whole.
 */
export function fuzzArbitrary(s: JsonSchema, opts: FuzzOptions = {}): fc.Arbitrary<unknown> {
  const whole = Math.max(1, Math.round((opts.hostileShare ?? 0.1) * 100));
  const t = types(s);
  const arms: fc.WeightedArbitrary<unknown>[] = [
    { weight: 45, arbitrary: validArbitrary(s) },
    { weight: 35, arbitrary: mutateOne(s) },
    { weight: whole, arbitrary: hostileArbitrary(s) },
  ];
  if (t.includes('object') && s.properties) {
    const extra = fc.oneof(
      fc.tuple(fc.constantFrom('extra', 'isAdmin', 'role', 'id', 'branchId', 'revoked', '$where'), anyJson),
      fc.tuple(fc.constantFrom(...POLLUTION_KEYS), fc.constant<unknown>({ polluted: true })),
    );
    arms.push({ weight: 6, arbitrary: fc.tuple(validObject(s, 0), extra).map(([obj, [k, v]]) => (Object.prototype.hasOwnProperty.call(s.properties, k) ? obj : withKey(obj, k, v))) });
    const required = (s.required ?? []).filter((k) => s.properties![k]?.default === undefined);
    if (required.length) {
      arms.push({ weight: 4, arbitrary: fc.tuple(validObject(s, 0), fc.constantFrom(...required)).map(([obj, k]) => Object.fromEntries(Object.entries(obj).filter(([key]) => key !== k))) });
    }
  }
  return fc.oneof(...arms);
}

/**
 * Why `value` cannot satisfy `s` (a short path and reason), or null when it might.
 * `mode: 'query'` reads values as query strings, which the server coerces to numbers.
 */
export function violation(s: JsonSchema, value: unknown, path = '', mode: 'json' | 'query' = 'json'): string | null {
  const at = path || '(корінь)';
  if (value === undefined) return null;
  if (value === null) return s.nullable || types(s).includes('null') || s.anyOf?.some((b) => violation(b, null, path, mode) === null) ? null : `${at}: null`;
  const branches = s.anyOf ?? s.oneOf;
  if (branches) return branches.every((b) => violation(b, value, path, mode) !== null) ? `${at}: жоден варіант` : null;
  if (s.allOf) {
    for (const b of s.allOf) {
      const v = violation(b, value, path, mode);
      if (v) return v;
    }
  }
  if (s.const !== undefined && value !== s.const) return `${at}: не ${JSON.stringify(s.const)}`;
  if (s.enum && !s.enum.some((e) => e === value)) return `${at}: не з переліку`;
  const t = types(s);
  if (!t.length) return null;
  if (mode === 'query' && typeof value === 'string' && (t.includes('integer') || t.includes('number'))) {
    const n = value.trim() === '' ? NaN : Number(value);
    return numberViolation(s, n, at, t.includes('integer'));
  }
  if (typeof value === 'number') {
    if (!t.includes('number') && !t.includes('integer')) return `${at}: число замість ${t.join('|')}`;
    return numberViolation(s, value, at, !t.includes('number'));
  }
  if (typeof value === 'boolean') return t.includes('boolean') ? null : `${at}: boolean замість ${t.join('|')}`;
  if (typeof value === 'string') {
    if (!t.includes('string')) return `${at}: рядок замість ${t.join('|')}`;
    // zod may trim before checking: only what fails both readings is surely invalid
    const trimmed = value.trim();
    if (s.minLength !== undefined && value.length < s.minLength) return `${at}: коротше ${s.minLength}`;
    if (s.maxLength !== undefined && trimmed.length > s.maxLength && [...trimmed].length > s.maxLength) return `${at}: довше ${s.maxLength}`;
    if (s.pattern) {
      const re = new RegExp(s.pattern, 'u');
      if (!re.test(value) && !re.test(trimmed)) return `${at}: не відповідає ${s.pattern}`;
    }
    return null;
  }
  if (Array.isArray(value)) {
    if (!t.includes('array')) return `${at}: масив замість ${t.join('|')}`;
    if (s.maxItems !== undefined && value.length > s.maxItems) return `${at}: більше ${s.maxItems} елементів`;
    if (s.minItems !== undefined && value.length < s.minItems) return `${at}: менше ${s.minItems} елементів`;
    if (s.items) {
      for (const [i, item] of value.entries()) {
        const v = violation(s.items, item, `${path}[${i}]`, mode);
        if (v) return v;
      }
    }
    return null;
  }
  if (typeof value === 'object') {
    if (!t.includes('object')) return `${at}: обʼєкт замість ${t.join('|')}`;
    const obj = value as Record<string, unknown>;
    const props = s.properties ?? {};
    for (const k of s.required ?? []) if (!Object.prototype.hasOwnProperty.call(obj, k) && props[k]?.default === undefined) return `${at}: немає ${k}`;
    for (const k of Object.keys(obj)) {
      const child = Object.prototype.hasOwnProperty.call(props, k) ? props[k] : undefined;
      if (child) {
        const v = violation(child, obj[k], path ? `${path}.${k}` : k, mode);
        if (v) return v;
      } else if (s.additionalProperties === false) {
        return `${at}: зайве поле ${k}`;
      } else if (typeof s.additionalProperties === 'object') {
        const v = violation(s.additionalProperties, obj[k], path ? `${path}.${k}` : k, mode);
        if (v) return v;
      }
    }
    return null;
  }
  return null;
}

function numberViolation(s: JsonSchema, n: number, at: string, integer: boolean): string | null {
  if (!Number.isFinite(n)) return `${at}: не число`;
  if (integer && !Number.isInteger(n)) return `${at}: не ціле`;
  // unsafe integers lose digits on the way: refusing or not is a choice, not a certainty
  if (integer && !Number.isSafeInteger(n) && (hi(s) === undefined || hi(s)! >= 2 ** 53)) return null;
  const min = lo(s);
  const max = hi(s);
  if (min !== undefined && n < min) return `${at}: менше ${min}`;
  if (max !== undefined && n > max) return `${at}: більше ${max}`;
  return null;
}
