import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareSections } from '../grader/check/select.js';
import { bookCatalog } from '../grader/pipeline/book-catalog.js';
import { sectionTitleIn } from '../grader/pipeline/catalog.js';
import { EXERCISES } from './index.js';
import { FILE_SECTION_TITLES } from './sections.js';

const dir = fileURLToPath(new URL('.', import.meta.url));

describe('the exercise registry', () => {
  it('registers every exercise file and folder, under the id its name spells', () => {
    const entries = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml') || statSync(`${dir}/${f}`).isDirectory())
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort();
    const fromIds = EXERCISES.map((e) => e.id.replace('/', '-')).sort();
    expect(fromIds).toEqual(entries);
  });

  it('has unique ids', () => {
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
  });

  it('lists exercises in section order', () => {
    const sections = EXERCISES.map((e) => e.section);
    expect([...sections].sort(compareSections)).toEqual(sections);
  });

  it("gives every exercise section and its parents a title in the book catalog's sections", () => {
    const sections = new Set(EXERCISES.flatMap((e) => e.section.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.')).filter((s) => s.includes('.'))));
    expect([...sections].filter((s) => !sectionTitleIn(bookCatalog(), s))).toEqual([]);
  });

  it("lets an exercise file title a section the book's catalog lacks, never retitle one it has", () => {
    expect(FILE_SECTION_TITLES.filter((s) => JSON.stringify(sectionTitleIn(bookCatalog(), s.id)) !== JSON.stringify(s.title))).toEqual([]);
    const ids = bookCatalog().sections.map((s) => s.id);
    expect([...ids].sort(compareSections)).toEqual(ids);
  });

  it("is in the order a reader of the book meets them, the book catalog's reading order that lists and reports follow", () => {
    // 2.2.1's `docker run` before `docker pull`, the database before WordPress: not the ids' sorted order
    const bookOrder = [
      '2.2.1/run-ubuntu',
      '2.2.1/pull-centos',
      '2.2.1/create-mycentos',
      '2.2.2/rename',
      '2.2.3/remove',
      '2.2.4/network-test',
      '2.2.4/publish-80',
      '2.2.4/publish-multi',
      '2.2.5/wordpressdb',
      '2.2.5/wordpress',
      '2.2.5/exec-env',
      '2.2.5/link-dependency',
      '2.2.6/host-volume',
      '2.2.6/volume-dummy',
      '2.2.6/volumes-from',
      '2.2.6/myvolume',
      '2.2.6/anonymous-volume',
      '2.2.6/mount-option',
      '2.2.7/mybridge',
      '2.2.7/custom-network',
      '2.2.7/host-none',
      '2.2.7/container-network',
      '2.2.7/net-alias',
      '2.2.7/macvlan',
      '2.2.8/no-passwd-mysql',
      '2.2.8/log-test',
      '2.2.8/syslog',
      '2.2.8/remote-syslog',
      '2.2.8/fluentd',
      '2.2.8/awslogs',
      '2.2.9/memory-1g',
      '2.2.9/swap-500m',
      '2.2.9/cpu-share',
      '2.2.9/cpu-1024-512',
      '2.2.9/cpuset-2',
      '2.2.9/quota-1-4',
      '2.2.9/cpus-container',
      '2.2.9/update-cpuset',
      '2.2.9/write-bps',
      '2.2.9/write-iops',
      '2.3.1/commit',
      '2.3.2/commit-second',
      '2.3.2/dangling',
      '2.3.3/export-import',
      '2.3.4/tag',
      '2.3.4/private-registry',
      '2.4.3/mybuild',
      '2.4.3/dockerignore',
      '2.4.3/mycache',
      '2.4.3/no-cache',
      '2.4.3/multi-stage',
      '2.4.4/env',
      '2.4.4/volume',
      '2.4.4/arg',
      '2.4.4/user',
      '2.4.4/onbuild',
      '2.4.4/stopsignal',
      '2.4.4/healthcheck',
      '2.4.4/shell',
      '2.4.4/entrypoint',
      '2.5.3/remote-api',
      '2.5.3/remote-tls',
      '2.5.4/cadvisor',
      '2.5.5/python-sdk',
    ];
    expect(EXERCISES.map((e) => e.id)).toEqual(bookOrder);
    expect(bookCatalog().exercises.map((e) => e.id)).toEqual(bookOrder);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s: every check has a mutation, texts in both languages', (_id, exercise) => {
    const mutated = new Set(exercise.mutations.map((m) => m.check));
    expect(exercise.checks.map((c) => c.id).filter((id) => !mutated.has(id))).toEqual([]);
    expect(exercise.commands.length).toBeGreaterThan(0);
    for (const text of [exercise.title, exercise.goal, ...exercise.checks.map((c) => c.title)]) {
      expect(text.ko.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
  });
});
