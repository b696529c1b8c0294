import { jest } from '@jest/globals';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { dockerCli, inBuildFolder, removeByPrefix, usesFiles } from './docker-cli.js';

describe('a build step runs in a fresh folder holding its files', () => {
  it('writes every file where the command reads it, runs there, and removes the folder', async () => {
    let seen = '';
    const out = await inBuildFolder({ args: ['build', '-t', 'x', './'], files: { Dockerfile: 'FROM ubuntu:14.04\n', 'ctx/test.html': '<h1>hi</h1>' } }, async (cwd) => {
      seen = cwd;
      expect(readFileSync(join(cwd, 'Dockerfile'), 'utf8')).toBe('FROM ubuntu:14.04\n');
      expect(readFileSync(join(cwd, 'ctx/test.html'), 'utf8')).toBe('<h1>hi</h1>');
      return 'built';
    });
    expect(out).toBe('built');
    expect(seen).toMatch(/dockgrade-build-/);
    expect(existsSync(seen)).toBe(false);
  });

  it('removes the folder when the command fails too', async () => {
    let seen = '';
    await expect(
      inBuildFolder({ args: ['build', '.'], files: { Dockerfile: 'FROM x' } }, async (cwd) => {
        seen = cwd;
        throw new Error('build failed');
      }),
    ).rejects.toThrow('build failed');
    expect(existsSync(seen)).toBe(false);
  });

  it('refuses a path that leaves the folder before anything runs', async () => {
    const run = jest.fn(async () => 'ran');
    await expect(inBuildFolder({ args: ['build', '.'], files: { '../escape': 'x' } }, run)).rejects.toThrow(InputError);
    await expect(inBuildFolder({ args: ['build', '.'], files: { '/etc/x': 'x' } }, run)).rejects.toThrow("build file '/etc/x': not a path inside the build folder");
    expect(run).not.toHaveBeenCalled();
  });

  it('runs the docker binary in that folder with the command as typed', async () => {
    // `pwd` and `ls` stand in for docker: the argv is the step's, the working folder the build's
    const cli = dockerCli({ bin: 'sh' });
    const out = await cli.runStep({ args: ['-c', 'pwd; cat Dockerfile', 'build'], files: { Dockerfile: 'FROM ubuntu:14.04' } });
    expect(out).toMatch(/dockgrade-build-[^\n]*\nFROM ubuntu:14.04/);
  });
});

describe('steps that write or read a tar file run together in a fresh folder', () => {
  it('knows them: export -o, save -o, import FILE, load -i', () => {
    expect([['export', '-o', 'rootFS.tar', 'c'], ['save', '-o', 'u.tar', 'ubuntu:14.04'], ['import', 'rootFS.tar', 'x:0.0'], ['load', '-i', 'u.tar'], ['image', 'load', '-i', 'u.tar']].map(usesFiles)).toEqual([true, true, true, true, true]);
    expect([['run', 'ubuntu:14.04'], ['commit', 'c', 'x'], { args: ['build', '.'], files: {} }].map(usesFiles)).toEqual([false, false, false]);
  });

  it('a run that binds a folder relative to where it runs (-v .:/certs:ro, 2.5.3.3) runs in the folder; an absolute path or a named volume does not', () => {
    const run = (spec: string) => ['run', '-d', '-v', spec, 'alpine/socat', 'x'];
    expect([run('.:/certs:ro'), run('./certs:/certs'), run('../keys:/k'), ['create', '--volume=.:/c', 'ubuntu:14.04']].map(usesFiles)).toEqual([true, true, true, true]);
    expect([run('/var/run/docker.sock:/var/run/docker.sock'), run('myvolume:/data'), run('/data')].map(usesFiles)).toEqual([false, false, false]);
  });

  it('the import finds what the export wrote, and the folder is gone afterwards', async () => {
    // a stand-in for docker: export writes the file where it runs, import reads it there; both note the folder
    const bin = mkdtempSync(join(tmpdir(), 'dgt-images-bin-'));
    try {
      const log = join(bin, 'log');
      writeFileSync(join(bin, 'docker'), `#!/bin/sh\npwd >> ${log}\ncase "$1" in export) echo tar > "$3" ;; import) cat "$2" ;; esac\n`);
      chmodSync(join(bin, 'docker'), 0o755);
      await dockerCli({ bin: join(bin, 'docker') }).apply([['export', '-o', 'rootFS.tar', 'mycontainer'], ['import', 'rootFS.tar', 'myimage:0.0']]);
      const folders = readFileSync(log, 'utf8').trim().split('\n');
      expect(folders).toHaveLength(2);
      expect(folders[0]).toMatch(/dockgrade-files-/);
      expect(folders[1]).toBe(folders[0]);
      expect(existsSync(folders[0])).toBe(false);
      expect(existsSync('rootFS.tar')).toBe(false);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});

describe("steps that write files run in the caller's folder when given one", () => {
  it('the export writes there, the import reads it there, and the folder and the file stay (the caller removes them)', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'dgt-images-bin-'));
    const folder = mkdtempSync(join(tmpdir(), 'dgt-case-'));
    try {
      const log = join(bin, 'log');
      writeFileSync(join(bin, 'docker'), `#!/bin/sh\npwd >> ${log}\ncase "$1" in export) echo tar > "$3" ;; import) cat "$2" ;; esac\n`);
      chmodSync(join(bin, 'docker'), 0o755);
      await dockerCli({ bin: join(bin, 'docker') }).apply([['run', '-d', 'c'], ['export', '-o', 'rootFS.tar', 'c'], ['import', 'rootFS.tar', 'x:0.0']], { cwd: folder });
      const folders = readFileSync(log, 'utf8').trim().split('\n');
      expect(folders.slice(1)).toEqual([folder, folder]);
      expect(folders[0]).not.toBe(folder);
      expect(readFileSync(join(folder, 'rootFS.tar'), 'utf8')).toBe('tar\n');
    } finally {
      rmSync(bin, { recursive: true, force: true });
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('a docker command reads no input', () => {
  it('gets its standard input ended at once (a pasted `docker exec -i x bash` ends instead of waiting)', async () => {
    // `cat` stands in for a shell reading its input: it ends at end of input, or times out waiting for it
    await expect(dockerCli({ bin: 'sh', timeoutMs: 10_000 }).run(['-c', 'cat; echo ended'])).resolves.toBe('ended\n');
  });
});

describe('removeByPrefix', () => {
  it("removes only the prefix's containers, then its networks and volumes, then its image tags and the dangling images labelled with it", async () => {
    // a stand-in for docker: lists what a shared engine holds (ours and others'), logs every removal
    const bin = mkdtempSync(join(tmpdir(), 'dgt-remove-bin-'));
    try {
      const log = join(bin, 'log');
      writeFileSync(
        join(bin, 'docker'),
        `#!/bin/sh
case "$1 $2" in
  "ps -a") case "$*" in
    *"--filter label=dockgrade.prefix=dgt-a-1-"*) printf 'dgt-a-1-web\\nbuilding_step\\n' ;;
    *) printf 'dgt-a-1-web\\nothers-web\\ndgt-a-1-db\\n' ;;
  esac ;;
  "network ls") printf 'bridge\\ndgt-a-1-net\\n' ;;
  "volume ls") printf 'dgt-a-1-vol\\ndgt-b-2-vol\\n' ;;
  "images --format") printf 'ubuntu:14.04\\nmybuild:dgt-a-1-0.0\\nmybuild:0.0\\n' ;;
  "images -q") case "$*" in *"--filter dangling=true --filter label=dockgrade.prefix=dgt-a-1-") printf 'sha256:dd\\n' ;; esac ;;
  *) echo "$*" >> ${log} ;;
esac
`,
      );
      chmodSync(join(bin, 'docker'), 0o755);
      await removeByPrefix(dockerCli({ bin: join(bin, 'docker') }), 'dgt-a-1-');
      const removals = readFileSync(log, 'utf8').trim().split('\n');
      // by name, and by label: a build step's container the engine kept under a name it gave
      expect(removals[0]).toBe('rm -f -v dgt-a-1-web dgt-a-1-db building_step');
      expect(removals.slice(1, 3).sort()).toEqual(['network rm dgt-a-1-net', 'volume rm -f dgt-a-1-vol']);
      expect(removals.slice(3)).toEqual(['rmi mybuild:dgt-a-1-0.0 sha256:dd']);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('refuses a prefix a learner could have used', async () => {
    await expect(removeByPrefix(dockerCli({ bin: 'false' }), 'web')).rejects.toThrow("refusing to clean up with prefix 'web'");
  });
});
