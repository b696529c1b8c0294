import { containerdConfig, daemonConfig, dockerdArgs, enginePaths, memAvailableMiB, mountsUnder, roomForEngine, rosterCsv } from './roster-plan.js';

describe('the roster scenario plan', () => {
  it('gives each engine its own paths, key and containerd namespace, and leaves the host network alone', () => {
    const paths = enginePaths('/tmp/dgr-ab12', 7);
    expect(paths.socket).toBe('/tmp/dgr-ab12/e007/d.sock');
    expect(JSON.parse(daemonConfig(paths))).toEqual({ 'deprecated-key-path': '/tmp/dgr-ab12/e007/key.json' });
    const args = dockerdArgs(paths, '/tmp/dgr-ab12/containerd/containerd.sock', 'dgbench-e007');
    const value = (flag: string) => args[args.indexOf(flag) + 1];
    expect(value('--data-root')).toBe('/tmp/dgr-ab12/e007/data');
    expect(value('--exec-root')).toBe('/tmp/dgr-ab12/e007/exec');
    expect(value('--pidfile')).toBe('/tmp/dgr-ab12/e007/pid');
    expect(value('-H')).toBe('unix:///tmp/dgr-ab12/e007/d.sock');
    expect(value('--containerd')).toBe('/tmp/dgr-ab12/containerd/containerd.sock');
    expect(value('--containerd-namespace')).toBe('dgbench-e007');
    expect(value('--containerd-plugins-namespace')).toBe('dgbench-e007-plugins');
    for (const flag of ['--bridge=none', '--iptables=false', '--ip6tables=false', '--ip-forward=false', '--ip-masq=false']) expect(args).toContain(flag);
    // every path it names is below the scratch folder, never the main engine's
    expect(args.filter((a) => a.startsWith('/') || a.startsWith('unix://')).every((a) => a.replace('unix://', '').startsWith('/tmp/dgr-ab12/'))).toBe(true);
    expect(containerdConfig('/tmp/dgr-ab12/containerd')).toContain('address = "/tmp/dgr-ab12/containerd/containerd.sock"');
  });

  it('starts another real engine only while memory stays above the reserve', () => {
    expect(memAvailableMiB('MemTotal:       24000000 kB\nMemAvailable:   10485760 kB\n')).toBe(10240);
    expect(memAvailableMiB('MemTotal: 1 kB\n')).toBeNaN();
    expect(roomForEngine(4200, 150, 4096)).toBe(false);
    expect(roomForEngine(4300, 150, 4096)).toBe(true);
  });

  it('writes the roster grade reads, and refuses a value that would need quoting', () => {
    expect(rosterCsv([{ student: 's000', engine: 'unix:///tmp/d/e000/d.sock', prefix: '' }, { student: 's001', engine: 'unix:///tmp/d/p001.sock', prefix: 'p001-' }])).toBe(
      'student_id,engine,prefix\ns000,unix:///tmp/d/e000/d.sock,\ns001,unix:///tmp/d/p001.sock,p001-\n',
    );
    expect(() => rosterCsv([{ student: 'a,b', engine: 'unix:///x', prefix: '' }])).toThrow(/quoting/);
  });

  it('lists the mounts below the scratch folder, deepest first, unescaped', () => {
    const mountinfo = [
      '25 1 254:0 / / rw,relatime - ext4 /dev/vda rw',
      '900 25 254:0 /tmp/dgr-ab12/e000/data /tmp/dgr-ab12/e000/data rw - ext4 /dev/vda rw',
      '901 900 0:77 / /tmp/dgr-ab12/e000/data/overlay2/abc/merged rw - overlay overlay rw',
      '902 25 0:4 net:[4026532] /tmp/dgr-ab12/e000/exec/netns/1a2b rw - nsfs nsfs rw',
      '903 25 0:5 / /tmp/dgr-ab12-other/x rw - tmpfs tmpfs rw',
      '904 25 0:6 / /tmp/dgr-ab12/odd\\040name rw - tmpfs tmpfs rw',
      '905 25 0:7 / /var/lib/docker/overlay2/def/merged rw - overlay overlay rw',
    ].join('\n');
    expect(mountsUnder(mountinfo, '/tmp/dgr-ab12/')).toEqual([
      '/tmp/dgr-ab12/e000/data/overlay2/abc/merged',
      '/tmp/dgr-ab12/e000/exec/netns/1a2b',
      '/tmp/dgr-ab12/e000/data',
      '/tmp/dgr-ab12/odd name',
    ]);
    expect(mountsUnder(mountinfo, '/tmp/nothing')).toEqual([]);
  });
});
