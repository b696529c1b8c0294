/**
 * Graded exercises remembered by what their grading read (issue 25, the batch figures). `grade` grades
 * every exercise of the chapter for every submission, and most of that work repeats: an exercise whose
 * containers a student has not made fails the same way for all of them, one done as the book says passes
 * the same way. Grading is a pure function of the exercise, the options and the snapshot, so the first
 * grading of an exercise is done on a snapshot behind proxies that record every read (each property
 * looked up, each `in`, each list of keys: the reads a different result would need to differ), and the
 * result is remembered with that record. A later snapshot that holds the same values at every recorded
 * read would be graded the same way, read for read, so it gets the remembered result without grading.
 *
 * What could make that untrue is refused: a probe asked for live evidence (its answer is not in the
 * record), an object in the snapshot that is not plain JSON data (a proxy cannot stand for it), a write
 * to the snapshot; such a grading is used once and not remembered. An exercise whose records keep
 * missing (it reads something that differs for every student, a container id) stops being recorded
 * and is graded as before. A remembered result is a fresh deep-frozen copy, shared by every run it
 * serves (every later stage copies: see grader/pipeline/exercise-memo.ts).
 */
import type { ExerciseResult } from '../model/result-schema.js';
import type { Snapshot } from '../model/snapshot-schema.js';
import type { ExerciseDefinition, Probe } from './types.js';

/** What a recorded read saw. */
const ABSENT = 0;
const VALUE = 1;
const PLAIN = 2;
const ARRAY = 3;

const GET = 0;
const HAS = 1;
const KEYS = 2;
const DERIVED = 3;

/**
 * A snapshot object's stand-in answers this key with a function that records a value derived from the
 * object (see {@link derived}) instead of the reads that made it.
 */
const DERIVE = Symbol('derive');

/**
 * `fn(object)`, where `object` is part of a snapshot: a grading being recorded records the value it
 * gives, not the reads `fn` makes, so a later snapshot whose object gives the same value matches even where
 * those reads differ (`fn` must be a pure function of the object: it is run again on each later snapshot
 * compared). For example whether a container's hostname is the one the engine made from its id, which
 * is true for every student while their ids all differ.
 */
export function derived<T extends object, V extends string | number | boolean>(object: T, fn: (object: T) => V): V {
  const derive = (object as { [DERIVE]?: (fn: (object: T) => V) => V })[DERIVE];
  return typeof derive === 'function' ? derive(fn) : fn(object);
}

interface Read {
  /** The object read: 0 is the snapshot, others are numbered as they are first reached. */
  readonly node: number;
  readonly op: typeof GET | typeof HAS | typeof KEYS | typeof DERIVED;
  readonly key: PropertyKey;
  /** GET: ABSENT (no own property), VALUE (`value`), PLAIN or ARRAY (the object numbered `child`). */
  readonly seen: number;
  readonly value: unknown;
  readonly child: number;
  /** DERIVED: the function whose value `value` is. */
  readonly fn: ((object: never) => unknown) | null;
  /** KEYS: the own keys in order. */
  readonly keys: readonly PropertyKey[] | null;
}

interface Recorded {
  readonly reads: readonly Read[];
  readonly nodes: number;
  readonly result: ExerciseResult;
}

/** Records kept per exercise and options (most recently matched first). */
const KEPT = 8;
/** Recordings that found no later match after which an exercise is graded without recording. */
const GIVE_UP = 8;

const hasOwn = Object.prototype.hasOwnProperty;

function kindOf(value: object): number {
  const proto = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value)) return proto === Array.prototype ? ARRAY : -1;
  return proto === Object.prototype || proto === null ? PLAIN : -1;
}

/** One grading on a recording snapshot. */
class Recording {
  readonly reads: Read[] = [];
  /** False once anything made the grading unfit to remember. */
  fit = true;
  private readonly nodeOf = new Map<object, number>();
  private readonly seenKeys: Array<Map<PropertyKey, number>> = [];
  private readonly rawOf = new WeakMap<object, object>();
  private readonly proxyOf = new Map<object, object>();
  private readonly handler: ProxyHandler<object>;

  constructor() {
    this.handler = {
      get: (target, key, receiver) => {
        const node = this.nodeOf.get(target)!;
        if (key === DERIVE) return (fn: (object: object) => unknown) => this.derive(node, target, fn);
        if (!hasOwn.call(target, key)) {
          this.note(node, GET, key, ABSENT, undefined, -1);
          return Reflect.get(target, key, receiver) as unknown;
        }
        const value = (target as Record<PropertyKey, unknown>)[key];
        return this.seenValue(node, key, value);
      },
      has: (target, key) => {
        const found = key in target;
        this.note(this.nodeOf.get(target)!, HAS, key, VALUE, found, -1);
        return found;
      },
      ownKeys: (target) => {
        const keys = Reflect.ownKeys(target);
        this.noteKeys(this.nodeOf.get(target)!, keys);
        return keys;
      },
      getOwnPropertyDescriptor: (target, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
        const node = this.nodeOf.get(target)!;
        if (!descriptor) this.note(node, GET, key, ABSENT, undefined, -1);
        else if ('value' in descriptor) descriptor.value = this.seenValue(node, key, descriptor.value);
        else this.fit = false;
        return descriptor;
      },
      set: (target, key, value, receiver) => {
        this.fit = false;
        return Reflect.set(target, key, value, receiver);
      },
      defineProperty: (target, key, descriptor) => {
        this.fit = false;
        return Reflect.defineProperty(target, key, descriptor);
      },
      deleteProperty: (target, key) => {
        this.fit = false;
        return Reflect.deleteProperty(target, key);
      },
    };
  }

  get nodes(): number {
    return this.seenKeys.length;
  }

  /** The recording stand-in of a snapshot object (the object itself, and the grading unfit, when it cannot be one). */
  wrap(value: object): object {
    const known = this.proxyOf.get(value);
    if (known) return known;
    if (kindOf(value) < 0 || !Object.isExtensible(value)) {
      this.fit = false;
      return value;
    }
    this.nodeOf.set(value, this.seenKeys.length);
    this.seenKeys.push(new Map());
    const proxy = new Proxy(value, this.handler);
    this.proxyOf.set(value, proxy);
    this.rawOf.set(proxy, value);
    return proxy;
  }

  /** The snapshot object behind a stand-in (probes are given the real containers). */
  unwrap<T>(value: T): T {
    return (value && typeof value === 'object' ? (this.rawOf.get(value) ?? value) : value) as T;
  }

  private seenValue(node: number, key: PropertyKey, value: unknown): unknown {
    if (typeof value !== 'object' || value === null) {
      this.note(node, GET, key, VALUE, value, -1);
      return value;
    }
    const proxy = this.wrap(value);
    if (proxy === value) return value;
    this.note(node, GET, key, kindOf(value), undefined, this.nodeOf.get(value)!);
    return proxy;
  }

  private derive(node: number, target: object, fn: (object: object) => unknown): unknown {
    const value = fn(target);
    this.reads.push({ node, op: DERIVED, key: DERIVE, seen: VALUE, value, child: -1, keys: null, fn });
    return value;
  }

  private note(node: number, op: typeof GET | typeof HAS, key: PropertyKey, seen: number, value: unknown, child: number): void {
    const seenKeys = this.seenKeys[node];
    const mask = seenKeys.get(key) ?? 0;
    const bit = 1 << op;
    if (mask & bit) return;
    seenKeys.set(key, mask | bit);
    this.reads.push({ node, op, key, seen, value, child, keys: null, fn: null });
  }

  private noteKeys(node: number, keys: readonly PropertyKey[]): void {
    // one list per object: keyed apart from its properties
    const seenKeys = this.seenKeys[node];
    if (seenKeys.has(OWN_KEYS)) return;
    seenKeys.set(OWN_KEYS, 1);
    this.reads.push({ node, op: KEYS, key: OWN_KEYS, seen: VALUE, value: undefined, child: -1, keys: [...keys], fn: null });
  }
}

/** The key under which a node's own-keys read is marked (never a snapshot property). */
const OWN_KEYS = Symbol('own keys');

/** True when `snapshot` holds what every read of `recorded` saw. */
function holds(recorded: Recorded, snapshot: Snapshot): boolean {
  const nodes: unknown[] = new Array(recorded.nodes);
  nodes[0] = snapshot;
  const reads = recorded.reads;
  for (let i = 0; i < reads.length; i++) {
    const read = reads[i];
    const object = nodes[read.node] as Record<PropertyKey, unknown>;
    if (read.op === GET) {
      if (!hasOwn.call(object, read.key)) {
        if (read.seen !== ABSENT) return false;
        continue;
      }
      if (read.seen === ABSENT) return false;
      const value = object[read.key];
      if (read.seen === VALUE) {
        if (!Object.is(value, read.value)) return false;
        continue;
      }
      if (typeof value !== 'object' || value === null || kindOf(value) !== read.seen) return false;
      const known = nodes[read.child];
      if (known === undefined) nodes[read.child] = value;
      else if (known !== value) return false;
    } else if (read.op === HAS) {
      if (read.key in object !== read.value) return false;
    } else if (read.op === DERIVED) {
      if (!Object.is((read.fn as (object: object) => unknown)(object), read.value)) return false;
    } else {
      const keys = Reflect.ownKeys(object);
      const seen = read.keys!;
      if (keys.length !== seen.length) return false;
      for (let k = 0; k < keys.length; k++) if (keys[k] !== seen[k]) return false;
    }
  }
  return true;
}

/** A plain deep copy of a graded result (read through the stand-ins, so what it holds is recorded), or null when it holds anything but JSON-like data. */
function plainCopy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return typeof value === 'function' || typeof value === 'symbol' ? NOT_PLAIN : value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const copy = plainCopy(value[i]);
      if (copy === NOT_PLAIN) return NOT_PLAIN;
      out.push(copy);
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const copy = plainCopy((value as Record<string, unknown>)[key]);
    if (copy === NOT_PLAIN) return NOT_PLAIN;
    out[key] = copy;
  }
  return out;
}

const NOT_PLAIN = Symbol('not plain');

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

interface Remembered {
  records: Recorded[];
  /** Recordings made, and matches found. */
  made: number;
  matched: number;
}

/** How one exercise is graded: the grading itself, given the snapshot (or its recording stand-in) and the probe. */
export type GradeOne = (snapshot: Snapshot, probe: Probe) => Promise<ExerciseResult>;

/** Graded exercises of a class remembered by what their grading read (see the file's comment). */
export class GradeMemo {
  private readonly byExercise = new WeakMap<ExerciseDefinition, Map<string, Remembered>>();
  /** Gradings answered from a record, and gradings done (for tests and measurements). */
  hits = 0;
  misses = 0;
  private readonly ids = new WeakMap<object, number>();

  /** A number for an object the key names (the public words): the same object, the same number. */
  private idOf(object: object): number {
    let id = this.ids.get(object);
    if (id === undefined) this.ids.set(object, (id = this.idCount++));
    return id;
  }
  private idCount = 0;

  /**
   * The key of everything besides the snapshot a grading depends on: the prefix, probes on or off, the
   * public words and the names the exercises graded together claim. The same arguments give the same
   * string object, so looking it up costs no comparison of its text.
   */
  keyOf(prefix: string, probes: boolean, publicWords: ReadonlySet<string>, claimed: readonly string[]): string {
    let byRest = this.keys.get(claimed);
    if (!byRest) this.keys.set(claimed, (byRest = new Map()));
    const rest = `${prefix}\u0000${probes}\u0000${this.idOf(publicWords)}`;
    let key = byRest.get(rest);
    if (key === undefined) byRest.set(rest, (key = `${rest}\u0000${claimed.join('\u0001')}`));
    return key;
  }
  private readonly keys = new WeakMap<readonly string[], Map<string, string>>();

  private remembered(exercise: ExerciseDefinition, key: string): Remembered {
    let byKey = this.byExercise.get(exercise);
    if (!byKey) this.byExercise.set(exercise, (byKey = new Map()));
    let remembered = byKey.get(key);
    if (!remembered) byKey.set(key, (remembered = { records: [], made: 0, matched: 0 }));
    return remembered;
  }

  /** A result remembered for the exercise under `key` whose reads `snapshot` holds, else undefined. */
  find(exercise: ExerciseDefinition, key: string, snapshot: Snapshot): ExerciseResult | undefined {
    const remembered = this.remembered(exercise, key);
    const records = remembered.records;
    for (let i = 0; i < records.length; i++) {
      if (!holds(records[i], snapshot)) continue;
      const found = records[i];
      if (i > 0) {
        records.splice(i, 1);
        records.unshift(found);
      }
      remembered.matched++;
      this.hits++;
      return found.result;
    }
    this.misses++;
    return undefined;
  }

  /**
   * The exercise graded by `gradeOne` on `snapshot` (after {@link find} found nothing): on a recording
   * stand-in of it, remembered with what it read, unless the exercise keeps missing (then as it is).
   */
  async grade(exercise: ExerciseDefinition, key: string, snapshot: Snapshot, probe: Probe, gradeOne: GradeOne): Promise<ExerciseResult> {
    const remembered = this.remembered(exercise, key);
    const records = remembered.records;
    if (remembered.made >= GIVE_UP && remembered.matched < remembered.made) return gradeOne(snapshot, probe);
    const recording = new Recording();
    const standIn = recording.wrap(snapshot) as Snapshot;
    const watched: Probe = {
      enabled: probe.enabled,
      http: (container, port) => ((recording.fit = false), probe.http(recording.unwrap(container), port)),
      exec: (container, cmd) => ((recording.fit = false), probe.exec(recording.unwrap(container), cmd)),
      request: (request) => ((recording.fit = false), probe.request(request)),
    };
    const result = await gradeOne(standIn, watched);
    // counted whether or not it can be remembered: an exercise that always asks a probe stops being recorded
    remembered.made++;
    if (!recording.fit) return result;
    const copy = plainCopy(result);
    if (copy === NOT_PLAIN || !recording.fit) return result;
    const frozen = deepFreeze(copy as ExerciseResult);
    records.unshift({ reads: recording.reads, nodes: recording.nodes, result: frozen });
    if (records.length > KEPT) records.length = KEPT;
    return frozen;
  }
}
