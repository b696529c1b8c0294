import { commandFlags, findFlag, knownVerbs, readArgs, RUN_FLAGS, runFlag, spellingOf, verbOf } from './docker-flags.js';

describe('the one docker flag table', () => {
  it.each(knownVerbs())('docker %s: every long name, alias and short form names one flag', (verb) => {
    const flags = commandFlags(verb)!.flags;
    const longs = flags.flatMap((f) => [f.long, ...(f.aliases ?? [])]);
    const shorts = flags.flatMap((f) => (f.short ? [f.short] : []));
    expect(new Set(longs).size).toBe(longs.length);
    expect(new Set(shorts).size).toBe(shorts.length);
    for (const f of flags) expect(f.long).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('gives the command view one rank per flag it shows, in the order it prints them', () => {
    const shown = RUN_FLAGS.flatMap((f) => (f.view && f.view !== 'ignored' ? [f.view] : []));
    expect(shown.map((v) => v.rank).sort((a, b) => a - b)).toEqual(shown.map((_, i) => i));
    expect(shown.map((v) => v.flag)).toEqual(['-d', '-i', '-t', '--name', '-h', '-e', '-p', '-P', '--link', '-v', '--volumes-from', '--mount', '--net', '--net-alias', '--log-driver', '--log-opt', '--memory', '--memory-swap', '--cpus', '--cpu-shares', '--cpuset-cpus', '--cpu-period', '--cpu-quota', '--restart', '--rm', '-w', '-u', '--entrypoint']);
  });

  it('knows every docker run flag the three old tables knew, with a value where they took one', () => {
    const oldValueFlags =
      'add-host annotation attach blkio-weight blkio-weight-device cap-add cap-drop cgroup-parent cgroupns cidfile cpu-count cpu-percent cpu-period cpu-quota cpu-rt-period cpu-rt-runtime cpu-shares cpus cpuset-cpus cpuset-mems detach-keys device device-cgroup-rule device-read-bps device-read-iops device-write-bps device-write-iops dns dns-option dns-opt dns-search domainname entrypoint env env-file expose gpus group-add health-cmd health-interval health-retries health-start-period health-start-interval health-timeout hostname ip ip6 ipc isolation kernel-memory label label-file link link-local-ip log-driver log-opt mac-address memory memory-reservation memory-swap memory-swappiness mount name network net network-alias net-alias oom-score-adj pid pids-limit platform publish pull restart runtime security-opt shm-size stop-signal stop-timeout storage-opt sysctl tmpfs ulimit user userns uts volume volume-driver volumes-from workdir'.split(' ');
    for (const name of oldValueFlags) expect([name, runFlag(name)?.value]).not.toEqual([name, 'none']);
    for (const name of oldValueFlags) expect(runFlag(name)).toBeDefined();
    for (const [short, long] of Object.entries({ a: 'attach', c: 'cpu-shares', e: 'env', h: 'hostname', l: 'label', m: 'memory', p: 'publish', u: 'user', v: 'volume', w: 'workdir', d: 'detach', i: 'interactive', t: 'tty', P: 'publish-all' })) {
      expect(runFlag(`-${short}`)?.long).toBe(long);
    }
    for (const name of ['detach', 'interactive', 'tty', 'publish-all', 'rm', 'privileged', 'init', 'read-only']) expect(runFlag(name)?.value).toBe('none');
  });

  it('says what a value carries, so the prefix rewriter knows which values hold names', () => {
    expect(['name', 'link', 'volumes-from', 'network', 'volume', 'mount', 'pid', 'publish', 'env', 'memory'].map((n) => runFlag(n)?.value)).toEqual(['container', 'link', 'volumes-from', 'network', 'volume-spec', 'mount-spec', 'namespace', 'port', 'env', 'bytes']);
    expect(['name', 'env', 'publish', 'memory'].map((n) => runFlag(n)?.repeatable)).toEqual([false, true, true, false]);
    expect(findFlag(commandFlags('network create')!.flags, '-d')?.long).toBe('driver');
    expect(findFlag(commandFlags('build')!.flags, '-t')?.value).toBe('image');
    expect(spellingOf(runFlag('--publish')!)).toBe('-p');
    expect(spellingOf(runFlag('--net')!)).toBe('--network');
  });

  it('names a command by its canonical verb', () => {
    expect(verbOf(['container', 'run', 'x'])).toEqual({ verb: 'run', words: 2 });
    expect(verbOf(['image', 'tag', 'a', 'b'])).toEqual({ verb: 'tag', words: 2 });
    expect(verbOf(['network', 'create', 'n'])).toEqual({ verb: 'network create', words: 2 });
    expect(verbOf(['run', 'x'])).toEqual({ verb: 'run', words: 1 });
  });
});

describe('readArgs', () => {
  it('reads every form of a flag, with where its value sits', () => {
    const { uses, positionals } = readArgs('run', ['-itp80:80', '--name=web', '-e', 'A=b', '--rm=false', '-v=x:/y', 'ubuntu', '-e', 'not-a-flag']);
    expect(uses.map((u) => [u.flag.long, u.spelling, u.value, u.at, u.valueAt, u.inCluster])).toEqual([
      ['interactive', '-i', undefined, 0, undefined, true],
      ['tty', '-t', undefined, 0, undefined, true],
      ['publish', '-p', '80:80', 0, 0, true],
      ['name', '--name', 'web', 1, 1, false],
      ['env', '-e', 'A=b', 2, 3, false],
      ['rm', '--rm', 'false', 4, 4, false],
      ['volume', '-v', 'x:/y', 5, 5, false],
    ]);
    expect(positionals).toEqual([{ value: 'ubuntu', at: 6 }, { value: '-e', at: 7 }, { value: 'not-a-flag', at: 8 }]);
  });
  it('is strict only when asked', () => {
    expect(readArgs('run', ['--bogus', 'x']).uses[0].spelling).toBe('--bogus');
    expect(() => readArgs('run', ['--bogus', 'x'], { strict: true })).toThrow(/unknown flag '--bogus'/);
    expect(readArgs('compose', ['-f', 'x.yml', 'up']).positionals.length).toBeGreaterThan(0);
    expect(() => readArgs('compose', ['up'], { strict: true })).toThrow(/a command dockgrade cannot read/);
  });
});
