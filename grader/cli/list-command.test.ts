import { PassThrough } from 'node:stream';
import { makeContainer, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { EXERCISES } from '../../exercises/index.js';
import { gradeExercise } from '../check/run.js';
import { totalsOf } from '../check/totals.js';
import { bookCatalog } from '../pipeline/book-catalog.js';
import type { ListArgs } from './commands/list-declaration.js';
import { runList } from './list-command.js';

async function listed(options: Partial<ListArgs>): Promise<string> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk) => (text += String(chunk)));
  await runList({ format: 'pretty', lang: 'en', ...options } as ListArgs, bookCatalog(), out);
  return text;
}

const fluentd = EXERCISES.find((e) => e.id === '2.2.8/fluentd')!;

describe('exercises not gradable on one host (notGradableOn: one-host)', () => {
  it('list shows them with no points and the reason, in both languages and in JSON', async () => {
    const en = await listed({});
    expect(en).toMatch(/2\.2\.8\/fluentd +— {2}Sending logs to fluentd/);
    expect(en).toContain('(not gradable on one host: the fluentd that takes the logs runs on another host');
    expect(en).toMatch(/2\.2\.8\/syslog +2 pts/);
    const ko = await listed({ lang: 'ko' });
    expect(ko).toContain('(호스트 하나로는 채점할 수 없습니다: 로그를 받는 fluentd는 다른 호스트에서 실행되므로');
    const json = JSON.parse(await listed({ format: 'json' })) as { exercises: Array<{ id: string; points: number; notGradable?: { en: string } }> };
    const row = json.exercises.find((e) => e.id === '2.2.8/fluentd')!;
    expect([row.points, row.notGradable?.en.startsWith('the fluentd')]).toEqual([0, true]);
    expect(json.exercises.find((e) => e.id === '2.2.8/syslog')).not.toHaveProperty('notGradable');
  });

  it('grading earns and costs no points: pass when what can be seen holds, else skip, never fail', async () => {
    const none = await gradeExercise(fluentd, makeSnapshot());
    expect([none.status, none.points, none.maxPoints, none.notGradable?.en.startsWith('the fluentd')]).toEqual(['skip', 0, 0, true]);
    expect(none.checks.map((c) => [c.status, c.points, c.maxPoints])[0]).toEqual(['fail', 0, 0]);
    const base = makeContainer({ name: 'web', image: 'nginx', imageId: 'sha256:nginx' });
    const web = { ...base, logConfig: { type: 'fluentd', config: { 'fluentd-address': '10.0.0.7:24224', tag: 'docker.nginx.webserver' } } };
    const ok = await gradeExercise(fluentd, makeSnapshot({ containers: [web] }));
    expect([ok.status, ok.points, ok.maxPoints]).toEqual(['pass', 0, 0]);
    expect(ok.checks.every((c) => c.status === 'pass')).toBe(true);
    // the run's totals: the exercise counts neither in the points nor as a failure
    const totals = totalsOf([none]);
    expect([totals.points, totals.maxPoints, totals.failed, totals.skipped]).toEqual([0, 0, 0, 1]);
  });
});
