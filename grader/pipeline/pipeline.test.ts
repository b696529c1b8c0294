/**
 * The pipeline's grade stage: what `check --only` and every other door share.
 */
import { EXERCISES } from '../../exercises/index.js';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { eventsWanted, gradeStage } from './pipeline.js';
import { stateOf } from './source.js';
import { bookCatalog } from './book-catalog.js';

const byId = (id: string) => EXERCISES.find((e) => e.id === id)!;
const ubuntu = (name: string) => makeContainer({ name, image: 'ubuntu:14.04', tty: true, openStdin: true, attachStdin: true, attachStdout: true });

describe('gradeStage', () => {
  it('claims the names of every exercise, not only the selected ones: run-ubuntu chooses alike with and without --only', async () => {
    // network_test is 2.2.4's container: 2.2.1's "any ubuntu container" must never be it.
    const snapshot = makeSnapshot({ containers: [ubuntu('network_test')] });
    const state = await stateOf(snapshot, { type: 'snapshot', location: 'test.json' }, false);
    const only = await gradeStage(state, { catalog: bookCatalog(), exercises: [byId('2.2.1/run-ubuntu')], prefix: '' });
    const all = await gradeStage(state, { catalog: bookCatalog(), exercises: EXERCISES, prefix: '' });
    const runUbuntu = all.exercises.find((e) => e.id === '2.2.1/run-ubuntu')!;
    expect(runUbuntu.status).toBe('fail');
    expect(only.exercises[0].status).toBe(runUbuntu.status);
    expect(only.exercises[0].points).toBe(runUbuntu.points);
    expect(only.exercises[0].command?.container).toBe(runUbuntu.command?.container);
  });
});

describe('eventsWanted', () => {
  const of = (section: string) => EXERCISES.filter((e) => e.section === section);
  it('asks the engine for the events the checks of the exercises read, and every docker exec line', () => {
    // 2.2.5: exec-seen (create, exec_start) and start-order (create, start, die)
    expect(eventsWanted(of('2.2.5'))).toEqual({ type: ['container'], event: ['create', 'die', 'exec_start', 'start'] });
    // 2.2.1 reads no event: only the exec lines, whose secrets are hidden
    expect(eventsWanted(of('2.2.1'))).toEqual({ type: ['container'], event: ['exec_start'] });
    const all = eventsWanted(EXERCISES)!;
    expect(all.type).toEqual(['container', 'image']);
    expect(all.event).toEqual(expect.arrayContaining(['create', 'destroy', 'exec_start', 'rename', 'tag', 'update']));
  });
  it('asks for every event when an exercise does not say what it reads (one defined in TypeScript)', () => {
    const { readsEvents, ...typescript } = of('2.2.1')[0];
    expect(readsEvents).toEqual({});
    expect(eventsWanted([...of('2.2.1'), typescript])).toBeUndefined();
  });
});
