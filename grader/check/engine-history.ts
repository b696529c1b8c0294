/**
 * What the engine's recent events (Snapshot.events, grader/collect/engine-events.ts) tell about one
 * container: the evidence of steps that leave no state (`docker rename`, `docker exec`, the order of
 * `docker start`s). The engine remembers only its most recent events (256 on current Docker engines)
 * and none from before its last restart: a container's life is known whole only while its `create`
 * event is still there (events are dropped oldest first, so everything after it is there too).
 */
import { numberedHint } from './hint-steps.js';
import { msg, type Msg } from '../core/i18n.js';
import type { Container, EngineEvent, Snapshot } from '../model/snapshot-schema.js';
import type { Outcome } from './types.js';

/** A container's events, and whether they cover its whole life. */
export interface ContainerHistory {
  /** Its events, oldest first. */
  events: EngineEvent[];
  /** Its `create` event is there: anything it did is among `events`. */
  whole: boolean;
  /** Why not whole, to say to the learner (empty when whole). */
  why: Msg;
}

/** The events the engine still had about `container`. */
export function historyOf(container: Container, snapshot: Snapshot): ContainerHistory {
  if (!snapshot.events) {
    return {
      events: [],
      whole: false,
      why: msg(
        // a snapshot made by an older dockgrade, or an engine that refused its events
        '이 상태에는 엔진 이벤트 기록이 없습니다',
        'this state has no engine events',
      ),
    };
  }
  // the container's own events (a network's connect names it too, but is not its life)
  const events = snapshot.events.items.filter((e) => e.type === 'container' && e.containerId === container.id);
  const whole = events.some((e) => e.action === 'create');
  return {
    events,
    whole,
    why: whole
      ? msg('', '')
      : msg(
          `엔진이 ${container.name}의 처음부터를 기억하지 않습니다 (재시작, 또는 최근 256개만 기억)`,
          `the engine no longer remembers ${container.name} from its start (restarted, or past its ~256 events)`,
        ),
  };
}

/** An event's time as `2026-11-30 09:20:13 UTC`. */
export function eventTime(event: EngineEvent): string {
  return `${event.time.slice(0, 19).replace('T', ' ')} UTC`;
}

/** Events of several containers in the engine's order (the snapshot keeps them oldest first). */
export function eventsOf(snapshot: Snapshot, containers: readonly Container[]): EngineEvent[] {
  const ids = new Set(containers.map((c) => c.id));
  return (snapshot.events?.items ?? []).filter((e) => e.type === 'container' && ids.has(e.containerId));
}

/**
 * The engine's `destroy` events of containers that carried one of `names` (compared without case), oldest
 * first: the evidence that `docker rm` removed a container that is gone now.
 */
export function removalsOf(snapshot: Snapshot, names: readonly string[]): EngineEvent[] {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return (snapshot.events?.items ?? []).filter((e) => e.type === 'container' && e.action === 'destroy' && wanted.has(e.name.toLowerCase()));
}

/**
 * What a check says when the evidence it needs is not among the engine's events (the engine forgot
 * it, restarted, or the state has no events): not the learner's failure and no credit either. It
 * earns no points (the exercise is not passed on it), says it cannot be checked here, why, and the
 * command that makes the engine see it again. `actual` is `unknown`.
 */
export function unseen(message: Msg, expected: string, hint: Msg): Outcome {
  return { status: 'skip', message, expected, actual: 'unknown', hint: numberedHint(hint) };
}
