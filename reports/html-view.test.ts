import type { ExerciseResult } from '../grader/model/result-schema.js';
import { commandView, HTML_LABELS, markCommand, partsOf, sectionsOf } from './html-view.js';

describe('markCommand', () => {
  it('marks whole parts at word boundaries, first free occurrence, in line order', () => {
    expect(markCommand('docker run -d -t --name x ubuntu:14.04', ['-t', '-d'], 'extra')).toEqual([
      { text: 'docker run ', mark: '' },
      { text: '-d', mark: 'extra' },
      { text: ' ', mark: '' },
      { text: '-t', mark: 'extra' },
      { text: ' --name x ubuntu:14.04', mark: '' },
    ]);
  });

  it('does not mark a part inside a longer word, finds (differs) parts without the note, skips unknown parts', () => {
    const line = 'docker run -it -e A=(hidden) img';
    expect(markCommand(line, ['-i', '-e A=(hidden) (differs)', '--nope'], 'extra').filter((s) => s.mark).map((s) => s.text)).toEqual(['-e A=(hidden)']);
    expect(markCommand(line, [], 'missing')).toEqual([{ text: line, mark: '' }]);
  });
});

const base: ExerciseResult = { id: '2.2.1/run-ubuntu', section: '2.2.1', title: { ko: 'a', en: 'a' }, status: 'fail', points: 0, maxPoints: 1, commands: [], checks: [] };
const command = { container: 'c', learner: 'docker run -d img', book: 'docker run -i img', missing: ['-i'], extra: ['-d'] };

describe('commandView', () => {
  it('shows a failing exercise whose container differs, and nothing for a pass or no difference', () => {
    const view = commandView({ ...base, command }, (s) => s)!;
    expect(view.book.filter((s) => s.mark === 'missing').map((s) => s.text)).toEqual(['-i']);
    expect(view.learner.filter((s) => s.mark === 'extra').map((s) => s.text)).toEqual(['-d']);
    expect(commandView({ ...base, status: 'pass', command }, (s) => s)).toBeNull();
    expect(commandView({ ...base, command: { ...command, missing: [], extra: [] } }, (s) => s)).toBeNull();
    expect(commandView(base, (s) => s)).toBeNull();
  });
});

describe('partsOf and sectionsOf', () => {
  it('puts failing and broken exercises first, each part grouped by section under the book title', () => {
    const items = [
      { ...base, id: 'a', section: '2.2.1', status: 'pass' as const },
      { ...base, id: 'b', section: '2.2.1', status: 'fail' as const },
      { ...base, id: 'c', section: '2.2.5', status: 'error' as const },
      { ...base, id: 'd', section: '2.2.5', status: 'skip' as const },
    ];
    const parts = partsOf(items, HTML_LABELS.ko, 'ko');
    expect(parts.map((p) => [p.label, p.sections.map((s) => [s.heading, s.exercises.map((e) => e.id)])])).toEqual([
      ['고칠 과제', [['2.2.1 컨테이너 생성', ['b']], ['2.2.5 컨테이너 애플리케이션 구축', ['c']]]],
      ['통과한 과제', [['2.2.1 컨테이너 생성', ['a']], ['2.2.5 컨테이너 애플리케이션 구축', ['d']]]],
    ]);
    expect(partsOf([items[0]], HTML_LABELS.en, 'en').map((p) => p.kind)).toEqual(['done']);
    expect(sectionsOf([{ section: '9.9' }], 'en')[0].heading).toBe('9.9');
  });
});
