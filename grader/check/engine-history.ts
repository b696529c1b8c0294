/**
 * What the engine's recent events (Snapshot.events, grader/collect/engine-events.ts) tell about one
 * container: the evidence of steps that leave no state (`docker rename`, `docker exec`, the order of
 * `docker start`s). The engine remembers only its most recent events (256 on current Docker engines)
 * and none from before its last restart: a container's life is known whole only while its `create`
 * event is still there (events are dropped oldest first, so everything after it is there too).
 */
import { msg, type Msg } from '../core/i18n.js';
import type { Container, EngineEvent, Snapshot } from '../model/snapshot-schema.js';

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
        '이 상태에는 엔진 이벤트 기록이 없습니다 (이전 버전의 dockgrade로 만든 스냅샷이거나 엔진이 이벤트를 주지 않았습니다)',
        'this state carries no engine events (a snapshot made by an older dockgrade, or the engine did not give its events)',
      ),
    };
  }
  const events = snapshot.events.items.filter((e) => e.containerId === container.id);
  const whole = events.some((e) => e.action === 'create');
  return {
    events,
    whole,
    why: whole
      ? msg('', '')
      : msg(
          `엔진은 컨테이너 ${container.name}의 처음부터의 이벤트를 더는 기억하지 않습니다 (엔진이 다시 시작했거나, 그 뒤 다른 이벤트가 많아 지워졌습니다: 엔진은 최근 이벤트 256개쯤만 기억합니다)`,
          `the engine no longer remembers the events of ${container.name} since it was made (the engine restarted, or so many events came since that it dropped them: it keeps only about its last 256)`,
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
  return (snapshot.events?.items ?? []).filter((e) => ids.has(e.containerId));
}
