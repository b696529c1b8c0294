import { bookCommand, reviseRun } from './book-command.js';
import { makeNames } from './names.js';

describe('bookCommand', () => {
  const plain = makeNames('');
  const alice = makeNames('alice');
  it('prefixes --name and the target of --link in the line and the step', () => {
    const book = bookCommand('docker run -d --name wordpress --link wordpressdb:mysql -p 80 wordpress');
    expect(book.text).toBe('docker run -d --name wordpress --link wordpressdb:mysql -p 80 wordpress');
    expect(book.line(alice)).toBe('docker run -d --name alice-wordpress --link alice-wordpressdb:mysql -p 80 wordpress');
    expect(book.step(alice)).toEqual(['run', '-d', '--name', 'alice-wordpress', '--link', 'alice-wordpressdb:mysql', '-p', '80', 'wordpress']);
    expect(book.line(plain)).toBe(book.text);
  });
  it('runs an interactive -i -t container detached in the step only (Ctrl+P, Q has no machine form)', () => {
    const book = bookCommand('docker run -i -t --name mywebserver -p 80:80 ubuntu:14.04');
    expect(book.line(plain)).toBe('docker run -i -t --name mywebserver -p 80:80 ubuntu:14.04');
    expect(book.step(plain)).toEqual(['run', '-d', '-i', '-t', '--name', 'mywebserver', '-p', '80:80', 'ubuntu:14.04']);
    expect(bookCommand('docker create -i -t --name mycentos centos:7').step(plain)).toEqual(['create', '-i', '-t', '--name', 'mycentos', 'centos:7']);
  });
  it('names an unnamed container under a prefix only, after the leading flags', () => {
    const book = bookCommand('docker run -i -t -p 3306:3306 ubuntu:14.04', { unnamed: 'multi' });
    expect(book.line(plain)).toBe('docker run -i -t -p 3306:3306 ubuntu:14.04');
    expect(book.line(alice)).toBe('docker run -i -t --name alice-multi -p 3306:3306 ubuntu:14.04');
  });
});

describe('reviseRun', () => {
  const step = ['run', '-d', '-e', 'A=1', '-e', 'B=2', '--name', 'web', '-p', '80', 'wordpress'];
  it('replaces, drops and adds flags, keeping the rest in place', () => {
    expect(reviseRun(step, { options: { '-e': ['A=3'] } })).toEqual(['run', '-d', '-e', 'A=3', '--name', 'web', '-p', '80', 'wordpress']);
    expect(reviseRun(step, { options: { '-p': null, '-d': null } })).toEqual(['run', '-e', 'A=1', '-e', 'B=2', '--name', 'web', 'wordpress']);
    expect(reviseRun(step, { options: { '--link': ['db:mysql'] } })).toEqual(['run', '-d', '-e', 'A=1', '-e', 'B=2', '--name', 'web', '-p', '80', '--link', 'db:mysql', 'wordpress']);
  });
  it('replaces the image and its command', () => {
    expect(reviseRun(step, { image: ['--entrypoint', 'sleep', 'wordpress', '600'] }).slice(-4)).toEqual(['--entrypoint', 'sleep', 'wordpress', '600']);
    expect(reviseRun(step, {})).toEqual(step);
  });
});

describe('bookCommand under a prefix: every object kind (the one prefix rewriter)', () => {
  const alice = makeNames('alice');
  it('prefixes networks, volumes and --volumes-from, which it once left as the book wrote them', () => {
    const book = bookCommand('docker run -i -t --name volumes_from_container --volumes-from volume_overide -v myvolume:/root/ --net mybridge ubuntu:14.04');
    expect(book.line(alice)).toBe('docker run -i -t --name alice-volumes_from_container --volumes-from alice-volume_overide -v alice-myvolume:/root/ --net alice-mybridge ubuntu:14.04');
    expect(bookCommand('docker network create --driver bridge mybridge').step(alice)).toEqual(['network', 'create', '--driver', 'bridge', 'alice-mybridge']);
    expect(bookCommand('docker volume create --name myvolume').line(alice)).toBe('docker volume create --name alice-myvolume');
  });
  it('refuses a flag it does not know', () => {
    expect(() => bookCommand('docker run --frobnicate -d ubuntu:14.04').line(alice)).toThrow(/unknown flag '--frobnicate'/);
  });
});
