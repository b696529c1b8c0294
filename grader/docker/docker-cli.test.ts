import { jest } from '@jest/globals';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { dockerCli, inBuildFolder, usesFiles } from './docker-cli.js';

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
