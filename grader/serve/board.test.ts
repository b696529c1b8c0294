/**
 * The class board on fake engines (no Docker): the students under prefixes on one engine share one
 * event subscription and the reads of its state; a burst of one student's events re-grades that
 * student's row only, with one read; students whose bursts come together share a read; a lost stream
 * makes every row of the engine unreachable and the rows come back on the next subscription; a course
 * pack's rows are each graded with their own student's values, on the course's points scale.
 */
import { fakeContainer, fakeEngine, type FakeEngine } from '../../fixtures/board-fake-engine.js';
import type { RowView } from '../../reports/board-view.js';
import { loadCourse } from '../course/course-loader.js';
import { bookCatalog } from '../pipeline/book-catalog.js';
import type { Catalog } from '../pipeline/catalog.js';
import { prefixStudents } from '../cli/serve-command.js';
import { Board } from './board.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > ms) throw new Error('timed out');
    await wait(10);
  }
}

const book = bookCatalog();
/** The book with one exercise: 2.2.1's `docker create -i -t --name mycentos centos:7`. */
const oneExercise: Catalog = { ...book, exercises: book.exercises.filter((e) => e.id === '2.2.1/create-mycentos') };

function boardOn(engine: FakeEngine, catalog: Catalog, prefixes: string[]) {
  const opened: Array<string | undefined> = [];
  const board = new Board({
    catalog,
    students: prefixStudents(prefixes.join(',')),
    lang: 'en',
    probes: false,
    timeoutMs: 5000,
    debounceMs: 30,
    reconnectMs: 50,
    openEngine: async (options) => {
      opened.push(options.host);
      return engine.client;
    },
  });
  const changed: RowView[] = [];
  board.subscribe((view) => changed.push(view));
  return { board, changed, opened };
}

describe('the class board on one shared engine', () => {
  it('100 students under prefixes: one connection, one event subscription; a burst re-grades its student only, with one read', async () => {
    const engine = fakeEngine();
    const prefixes = Array.from({ length: 100 }, (_, i) => `s${String(i).padStart(3, '0')}`);
    const { board, changed, opened } = boardOn(engine, oneExercise, prefixes);
    expect(board.engineCount).toBe(1);
    await board.start();
    expect(opened).toHaveLength(1);
    expect(engine.streams).toHaveLength(1);
    // the first grades of the 100 rows share the reads that were under way (not one each)
    expect(engine.reads()).toBeLessThanOrEqual(2);
    expect(board.views().every((v) => v.state === 'graded')).toBe(true);
    const readsBefore = engine.reads();
    changed.length = 0;

    // s042 types `docker create -i -t --name mycentos centos:7`: the engine says so in four or five events
    engine.containers.set('c42', fakeContainer('c42', 's042-mycentos'));
    for (const action of ['create', 'attach', 'start', 'die', 'rename']) engine.event(action, 's042-mycentos');
    await until(() => changed.length === 1);
    await wait(150);
    expect(changed.map((v) => v.id)).toEqual(['s042']);
    expect(changed[0].points).toBeGreaterThan(0);
    expect({ burst: 's042', reads: engine.reads() - readsBefore }).toEqual({ burst: 's042', reads: 1 });
    expect(board.views().filter((v) => v.points > 0).map((v) => v.id)).toEqual(['s042']);

    // two students at once: both rows change, one read between them
    const readsThen = engine.reads();
    engine.containers.set('c7', fakeContainer('c7', 's007-mycentos'));
    engine.containers.set('c93', fakeContainer('c93', 's093-mycentos'));
    engine.event('create', 's007-mycentos');
    engine.event('create', 's093-mycentos');
    await until(() => changed.length === 3);
    await wait(150);
    expect(changed.slice(1).map((v) => v.id).sort()).toEqual(['s007', 's093']);
    expect({ burst: 's007+s093', reads: engine.reads() - readsThen }).toEqual({ burst: 's007+s093', reads: 1 });
    expect(engine.streams).toHaveLength(1);
    await board.stop();
    expect(engine.streams[0].destroyed).toBe(true);
  }, 30_000);

  it('a lost event stream makes every row of the engine unreachable; they come back on a new subscription, by themselves', async () => {
    const engine = fakeEngine();
    const { board } = boardOn(engine, oneExercise, ['alice', 'bob', 'carol']);
    await board.start();
    engine.streams[0].end();
    await until(() => board.views().every((v) => v.state === 'unreachable'));
    expect(board.views()[0].reason).toMatch(/lost the engine's event stream/);
    await until(() => engine.streams.length === 2 && board.views().every((v) => v.state === 'graded'));
    // still one subscription at a time
    expect(engine.streams.filter((s) => !s.destroyed)).toHaveLength(1);
    await board.stop();
  }, 15_000);

  it("--course: each row is graded with its own student's values, on the course's points scale, the hidden check counted", async () => {
    const engine = fakeEngine();
    const course = loadCourse('fixtures/course-pack', undefined, {});
    // each has lab-web, published on no port: the port check says which port it expected
    engine.containers.set('a', fakeContainer('a', 'alice-lab-web', 'ubuntu:14.04'));
    engine.containers.set('b', fakeContainer('b', 'bob-lab-web', 'ubuntu:14.04'));
    const { board } = boardOn(engine, course, ['alice', 'bob']);
    await board.start();
    const port = (student: string) => course.course!.forStudent(student).course!.values.find((v) => v.helper === 'port 18300-18399')!.value;
    const expected = (index: number) => board.studentRun(index)!.exercises[0].checks.find((c) => c.id === 'my-port')!.expected;
    expect(expected(0)).toContain(port('alice'));
    expect(expected(1)).toContain(port('bob'));
    expect(port('alice')).not.toBe(port('bob'));
    const run = board.studentRun(0)!;
    expect(run.totals.scaled).toEqual({ scale: 100, coursePoints: 13 });
    // probes off: the two probe checks are out of the maximum, the rest of the 100 is in it
    expect(Math.round((run.totals.maxPoints + run.totals.excluded!.points) * 100)).toBe(10_000);
    expect(run.exercises[1].checks.find((c) => c.id === 'mysql-db')?.hidden).toBe(true);
    expect(board.classResult().students.map((s) => s.maxPoints)).toEqual([run.totals.maxPoints, run.totals.maxPoints]);
    expect(board.classResult().exercises.reduce((sum, e) => sum + e.maxPoints * 100, 0)).toBe(10_000);
    await board.stop();
  }, 15_000);
});
