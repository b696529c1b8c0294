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
  it('changes every docker run flag through the one flag table, --label and --memory too (once silently left as they were)', () => {
    const limited = ['run', '-d', '--memory', '200m', '--label', 'a=1', '--name', 'web', 'ubuntu:14.04'];
    expect(reviseRun(limited, { options: { '--memory': ['1g'] } })).toEqual(['run', '-d', '--memory', '1g', '--label', 'a=1', '--name', 'web', 'ubuntu:14.04']);
    expect(reviseRun(limited, { options: { '--label': ['a=2', 'b=3'] } })).toEqual(['run', '-d', '--memory', '200m', '--label', 'a=2', '--label', 'b=3', '--name', 'web', 'ubuntu:14.04']);
    expect(reviseRun(limited, { options: { '-m': null, '--label': null } })).toEqual(['run', '-d', '--name', 'web', 'ubuntu:14.04']);
    expect(reviseRun(['run', '-d', 'ubuntu:14.04'], { options: { '--label': ['a=1'], '--memory-swap': ['500m'], '--rm': [] } })).toEqual(['run', '-d', '--label', 'a=1', '--memory-swap', '500m', '--rm', 'ubuntu:14.04']);
  });
  it('knows a flag by any of its spellings, and keeps each word\'s shape', () => {
    expect(reviseRun(['run', '--env', 'A=1', '--net=mybridge', '--name=web', 'x'], { options: { '-e': ['A=2'], network: ['none'], '--name': ['other'] } })).toEqual(['run', '--env', 'A=2', '--net=none', '--name=other', 'x']);
    expect(reviseRun(['container', 'run', '-e', 'A=1', 'x', 'sh'], { options: { '--env': null } })).toEqual(['container', 'run', 'x', 'sh']);
    expect(reviseRun(['run', 'x'], { options: { env: ['A=1'], 'memory-swap': ['1g'] } })).toEqual(['run', '-e', 'A=1', '--memory-swap', '1g', 'x']);
  });
  it('takes a letter out of a cluster, with its value', () => {
    expect(reviseRun(['run', '-itd', 'ubuntu:14.04'], { options: { '-i': null } })).toEqual(['run', '-td', 'ubuntu:14.04']);
    expect(reviseRun(['run', '-itp', '80:80', 'ubuntu:14.04'], { options: { '-p': null } })).toEqual(['run', '-it', 'ubuntu:14.04']);
    expect(reviseRun(['run', '-itp80:80', 'ubuntu:14.04'], { options: { '-t': null } })).toEqual(['run', '-ip80:80', 'ubuntu:14.04']);
    expect(reviseRun(['run', '-itp', '80:80', 'ubuntu:14.04'], { options: { '-p': ['8080:80'] } })).toEqual(['run', '-it', '-p', '8080:80', 'ubuntu:14.04']);
    expect(reviseRun(['run', '-dt', 'ubuntu:14.04'], { options: { '-d': null, '-t': null } })).toEqual(['run', 'ubuntu:14.04']);
  });
  it('keeps the container command out of the flags, -- included', () => {
    expect(reviseRun(['run', '-d', '--', 'ubuntu:14.04', 'sh', '-c', '-e x'], { options: { '-e': ['A=1'] } })).toEqual(['run', '-d', '-e', 'A=1', '--', 'ubuntu:14.04', 'sh', '-c', '-e x']);
  });
  it.each([
    [{ options: { '--frobnicate': ['1'] } }, /no flag '--frobnicate'/],
    [{ options: { '-d': ['yes'] } }, /'-d' takes no value/],
    [{ options: { '-e': [] } }, /'-e' needs a value/],
    [{ options: { '--memory': ['1g', '2g'] } }, /'--memory' is given once/],
    [{ options: { '--link': null } }, /'--link' to drop is not in the step/],
  ])('refuses a change the table cannot apply: %j', (changes, error) => {
    expect(() => reviseRun(step, changes)).toThrow(error);
  });
  it('refuses a step that is not docker run/create, and a flag docker create does not have', () => {
    expect(() => reviseRun(['start', 'web'], {})).toThrow(/not a docker run or create step/);
    expect(() => reviseRun(['create', '-i', 'centos:7'], { options: { '-d': [] } })).toThrow(/no flag '-d'/);
    expect(() => reviseRun(['run', '--bogus', 'x'], {})).toThrow(/unknown flag '--bogus'/);
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
