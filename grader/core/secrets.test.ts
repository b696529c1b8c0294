import fc from 'fast-check';
import { makeContainer, makeImage, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { grade } from '../check/run.js';
import { defineExercise } from '../check/define.js';
import { env } from '../check/kinds/index.js';
import { msg } from './i18n.js';
import { z } from 'zod';
import { RunResultSchema, type RunResult } from '../model/result-schema.js';
import { argumentSecrets, MASK, maskNamedPairs, maskSecretPairs, maskSnapshotSecrets, publicText, redactRun, scanArgumentSecrets, scanSecretPairs, SECRET_NAME, secretValues } from './secrets.js';

const SECRET = 's3cr3t-a1b2c3';
const book = publicText([{ commands: ['docker run -d --name wordpressdb -e MYSQL_ROOT_PASSWORD=password -e MYSQL_DATABASE=wordpress mysql:5.7'] }]);

function snapshotWithSecrets() {
  return makeSnapshot({
    containers: [
      makeContainer({
        name: 'db',
        env: { MYSQL_ROOT_PASSWORD: SECRET, MYSQL_DATABASE: 'wordpress', API_TOKEN: 'tok-9f8e7d', SHORT_KEY: 'ab', BOOK_PASSWORD: 'password' },
        cmd: ['mysqld', `--init=${SECRET}`],
        logTail: [`connecting with ${SECRET}`],
      }),
    ],
    images: [makeImage(['app:1'], { config: { cmd: null, entrypoint: null, env: ['IMAGE_SECRET=img-secret-77', 'PATH=/bin'], exposedPorts: [], workingDir: '', user: '', volumes: [], onBuild: [], stopSignal: '', healthcheck: null, shell: null } })],
  });
}

describe('secret values', () => {
  it('are the secret-looking env values of containers and images, but the book examples and very short ones', () => {
    expect(secretValues(snapshotWithSecrets(), book).sort()).toEqual(['img-secret-77', SECRET, 'tok-9f8e7d'].sort());
  });

  it('a snapshot hides them everywhere, keeps the book examples and other values', () => {
    const masked = maskSnapshotSecrets(snapshotWithSecrets(), book);
    const text = JSON.stringify(masked);
    for (const value of ['img-secret-77', SECRET, 'tok-9f8e7d']) expect(text).not.toContain(value);
    const c = masked.containers[0];
    expect(c.env).toEqual({ MYSQL_ROOT_PASSWORD: MASK, MYSQL_DATABASE: 'wordpress', API_TOKEN: MASK, SHORT_KEY: MASK, BOOK_PASSWORD: 'password' });
    expect(c.cmd).toEqual(['mysqld', `--init=${MASK}`]);
    expect(c.logTail).toEqual([`connecting with ${MASK}`]);
    expect(masked.images.find((i) => i.tags[0] === 'app:1')!.config.env).toEqual([`IMAGE_SECRET=${MASK}`, 'PATH=/bin']);
  });

  it('a run hides them in every string, however a check printed them', async () => {
    const target = { name: 'db', describe: msg('db', 'db'), create: () => 'docker run --name db mysql:5.7' };
    const leaky = defineExercise({
      id: '9.9.9/leaky',
      section: '9.9.9',
      title: msg('t', 't'),
      goal: msg('g', 'g'),
      commands: [],
      checks: [env(target, 'MYSQL_DATABASE', 'other')],
      solution: () => [],
      mutations: [],
    });
    const snapshot = snapshotWithSecrets();
    snapshot.containers[0].env.MYSQL_DATABASE = `db-${SECRET}`;
    const run = await grade([leaky], snapshot);
    expect(JSON.stringify(run)).toContain(SECRET);
    const redacted = JSON.stringify(redactRun(run, secretValues(snapshot, book)));
    expect(redacted).not.toContain(SECRET);
    expect(redacted).toContain(`db-${MASK}`);
  });

  it('a masked env value still fails an env check as the real value would', async () => {
    const target = { name: 'db', describe: msg('db', 'db'), create: () => 'docker run --name db mysql:5.7' };
    const exercise = defineExercise({
      id: '9.9.9/env',
      section: '9.9.9',
      title: msg('t', 't'),
      goal: msg('g', 'g'),
      commands: ['docker run -e MYSQL_ROOT_PASSWORD=password mysql:5.7'],
      checks: [env(target, 'MYSQL_ROOT_PASSWORD', 'password')],
      solution: () => [],
      mutations: [],
    });
    const words = publicText([exercise]);
    const right = makeSnapshot({ containers: [makeContainer({ name: 'db', env: { MYSQL_ROOT_PASSWORD: 'password' } })] });
    const wrong = makeSnapshot({ containers: [makeContainer({ name: 'db', env: { MYSQL_ROOT_PASSWORD: SECRET } })] });
    expect((await grade([exercise], maskSnapshotSecrets(right, words))).exercises[0].status).toBe('pass');
    expect((await grade([exercise], maskSnapshotSecrets(wrong, words))).exercises[0].status).toBe('fail');
  });
});

describe('maskSecretPairs', () => {
  it.each([
    ['MYSQL_ROOT_PASSWORD=hunter2', 'MYSQL_ROOT_PASSWORD=(hidden)'],
    ['-e API_TOKEN=abc -e NAME=kim', '-e API_TOKEN=(hidden) -e NAME=kim'],
    ['differs: DB_PASSWD="a b c"', 'differs: DB_PASSWD=(hidden)'],
    ['aws_secret_access_key: AKIA123', 'aws_secret_access_key: (hidden)'],
    ['SSH_KEY=x, USER=root', 'SSH_KEY=(hidden), USER=root'],
  ])('%s → %s', (input, output) => {
    expect(maskSecretPairs(input)).toBe(output);
  });

  it('leaves ordinary pairs and already-masked values alone', () => {
    for (const text of ['MYSQL_DATABASE=wordpress', 'Tty=true', 'MYSQL_ROOT_PASSWORD=(hidden)', 'password is required']) expect(maskSecretPairs(text)).toBe(text);
  });
});

describe('maskSecretPairs as a linear scanner', () => {
  /** The two regular expressions it replaced (they backtrack on long runs; fine on short text). */
  const REFERENCE = [/\b([A-Za-z_][A-Za-z0-9_.-]*)(=)("[^"]*"|'[^']*'|[^\s,;'"]+)/g, /\b([A-Za-z_][A-Za-z0-9_.-]*)(: )("[^"]*"|'[^']*'|[^\s,;'"=]+)/g];
  const reference = (text: string) =>
    REFERENCE.reduce((masked, pair) => masked.replace(pair, (whole, name: string, sep: string, value: string) => (SECRET_NAME.test(name) && value !== MASK ? `${name}${sep}${MASK}` : whole)), text);

  it('masks exactly what the regular expressions masked, on short texts made of the interesting characters', () => {
    const piece = fc.constantFrom('PASSWORD', 'token', 'a', 'KEY', '_', '.', '-', '1', '=', ': ', ':', ' ', '"', "'", ',', ';', 'x', '(hidden)', 'é', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        // the pairs pass alone (maskSecretPairs also reads command lines and Authorization headers)
        expect(maskNamedPairs(text)).toBe(reference(text));
      }),
      { numRuns: 5000, seed: 13 },
    );
  });

  it('returns a text that cannot name a secret after one test, exactly as the whole scan would (issue 25)', () => {
    // every spelling each rule of the scan reads (secret names, the programs with password options,
    // URLs, Authorization), in other cases too, among ordinary words and the punctuation around them
    const piece = fc.constantFrom('PASSWORD', 'Passwd', 'pass', 'PASSPHRASE', 'secret', 'Token', 'KEY', 'CREDENTIAL', 'private', 'Auth', 'x_PWD', 'db_pw', 'Bearer ', 'Authorization: ', 'mysql', 'mysqldump', 'mariadb', 'mongosh', 'redis-cli', 'sshpass', 'curl', 'wget', 'mysql -pX', 'mariadb-dump -p', 'mongo -p ', 'redis-cli -a ', 'sshpass -p ', 'curl -u a:', 'wget --user a:', 'curl -U ', 'https://', 'u:p@h', '-p', '-a', '-u', '--user', 'user:', 'abcdefgh1', '=', ': ', '-', '--', ' ', '\n', '"', "'", ';', '|', '$(', '(hidden)', '컨테이너', 'web', 'name');
    let scanned = 0;
    let masked = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const full = scanSecretPairs(text, book);
        if (full !== text) masked++;
        if (maskSecretPairs(text, book) !== text || full !== text) scanned++;
        expect(maskSecretPairs(text, book)).toBe(full);
      }),
      { numRuns: 20_000, seed: 25 },
    );
    // both ways were taken many times: texts the scan masks, and texts it leaves alone
    expect(masked).toBeGreaterThan(2000);
    expect(20_000 - scanned).toBeGreaterThan(2000);
  });

  it('hunts the secrets of command words after one test, exactly as the whole scan would (issue 25)', () => {
    const word = fc.constantFrom('PASSWORD', 'Passwd', 'pass', 'secret', 'Token', 'KEY', 'private', 'Auth', 'x_PWD', 'db_pw', 'mysql', '/usr/bin/mysql', 'mysqldump', 'mariadb', 'mongosh', 'redis-cli', 'sshpass', 'curl', 'wget', '-p', '-pX', '-a', '-u', '-U', '--user', '--user=a:b', '--password=x', '--db-password', '--token', '-e', '--key=v', 'a:b', 'user:', 'abcdefgh1', 'root', 'x=$(mysql', '"', ';', '|', '&&', 'web', '컨테이너', '--name', 'PATH=/usr/bin');
    let found = 0;
    let none = 0;
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (words) => {
        const full = scanArgumentSecrets(words);
        if (full.length) found++;
        else none++;
        expect(argumentSecrets(words)).toEqual(full);
      }),
      { numRuns: 20_000, seed: 31 },
    );
    expect(found).toBeGreaterThan(2000);
    expect(none).toBeGreaterThan(2000);
  });

  it('takes linear time on the inputs that made the regular expressions backtrack', () => {
    for (const text of ['a.'.repeat(200_000), 'A="'.repeat(100_000), "K='".repeat(100_000), 'a: '.repeat(100_000), 'PASSWORD='.repeat(100_000)]) {
      const started = performance.now();
      maskSecretPairs(text);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});

describe('secrets a state carries outside secret-named env vars (issue 13 item 4)', () => {
  const leaky = () =>
    makeSnapshot({
      containers: [
        makeContainer({
          name: 'db',
          env: { MYSQL_PWD: 'pwd-4411', DATABASE_URL: 'mysql://root:url-5522@db:3306/app', NOTE: 'arg-6633', MYSQL_ROOT_PASSWORD: 'password' },
          cmd: ['mysqld', '--password=arg-6633', '--api-token', 'tok-7744', '--port=3306'],
        }),
      ],
    });

  it('hunts MYSQL_PWD, credential-URL passwords and secret-named command-line values, not the book values', () => {
    expect(secretValues(leaky(), book).sort()).toEqual(['arg-6633', 'pwd-4411', 'tok-7744', 'url-5522']);
  });

  it('a run and a snapshot show none of them (NOTE=… included), and keep the book values and other arguments', () => {
    const snapshot = leaky();
    const masked = JSON.stringify(maskSnapshotSecrets(snapshot, book));
    for (const secret of ['pwd-4411', 'url-5522', 'arg-6633', 'tok-7744']) expect(masked).not.toContain(secret);
    expect(masked).toContain('mysql://root:(hidden)@db:3306/app');
    expect(masked).toContain('"NOTE":"(hidden)"');
    expect(masked).toContain('--port=3306');
    expect(masked).toContain('"MYSQL_ROOT_PASSWORD":"password"');
  });

  it('redactRun masks self-describing secrets by pattern but keeps the book words, and copies only what changed', () => {
    const run = { a: ['mysqld --password=Other-8855', 'DATABASE_URL=mysql://u:pw@h/x'], b: { hint: 'docker run -e MYSQL_ROOT_PASSWORD=password mysql:5.7' } } as unknown as RunResult;
    const hidden = redactRun(run, [], book) as unknown as typeof run & { a: string[]; b: { hint: string } };
    expect(hidden.a).toEqual(['mysqld --password=(hidden)', 'DATABASE_URL=mysql://u:(hidden)@h/x']);
    expect(hidden.b).toBe((run as unknown as { b: unknown }).b);
  });

  it("redactRun leaves a run's keys as they are: the result schema declares every key a run has, and no object of free keys", () => {
    // what redactRun relies on: a key of a run is never text from an engine or a learner
    const schema = z.toJSONSchema(RunResultSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
    const free: string[] = [];
    let objects = 0;
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${path}[${i}]`));
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object') {
        objects++;
        if (n.additionalProperties !== false || n.patternProperties !== undefined || n.propertyNames !== undefined || n.properties === undefined) free.push(path);
      }
      for (const [key, value] of Object.entries(n)) walk(value, `${path}/${key}`);
    };
    walk(schema, '');
    expect(objects).toBeGreaterThan(10);
    expect(free).toEqual([]);
    // a key is kept, a value under it hidden
    const run = { 'MYSQL_PASSWORD=Other-8855': 'MYSQL_PASSWORD=Other-8855' } as unknown as RunResult;
    expect(redactRun(run, ['Other-8855'])).toEqual({ 'MYSQL_PASSWORD=Other-8855': `MYSQL_PASSWORD=${MASK}` });
  });

  it('maskSecretPairs masks credential URLs in free text, keeps given public words, and stays fast on hostile text', () => {
    expect(maskSecretPairs('connect to postgres://admin:s3cret@db/x failed')).toBe('connect to postgres://admin:(hidden)@db/x failed');
    expect(maskSecretPairs('MYSQL_ROOT_PASSWORD=password', book)).toBe('MYSQL_ROOT_PASSWORD=password');
    expect(maskSecretPairs('MYSQL_ROOT_PASSWORD=password')).toBe('MYSQL_ROOT_PASSWORD=(hidden)');
    const started = Date.now();
    maskSecretPairs(`${'a://b:'.repeat(20_000)}x`);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('secrets that name themselves in commands, headers and URLs (issue 26.4)', () => {
  const X = 'Zq9-secret-77';
  const cases: Array<[string, string]> = [
    ['mysql -p (attached)', `mysql -uroot -p${X} -e "select 1"`],
    ['mysql -p in sh -c', `sh -c 'mysql -uroot -p${X}'`],
    ['mysqladmin', `/usr/bin/mysqladmin -p${X} ping`],
    ['mongosh -p X', `mongosh -u admin -p ${X} --quiet`],
    ['mongo -pX', `mongo -p${X}`],
    ['redis-cli -a X', `redis-cli -a ${X} ping`],
    ['psql --password X', `psql --password ${X} -U app`],
    ['--requirepass X', `redis-server --requirepass ${X}`],
    ['curl -u user:X', `curl -u admin:${X} http://127.0.0.1/`],
    ['curl --user=user:X', `curl --user=admin:${X} http://127.0.0.1/`],
    ['curl in a re-quoted sh -c', `sh -c 'echo '\\''curl -u admin:${X} http://127.0.0.1/'\\''; exit 1'`],
    ['mysql in $(…)', `x=$(mysql -p${X} -e 'select 1')`],
    ['Authorization: Bearer X', `curl -H "Authorization: Bearer ${X}" http://127.0.0.1/`],
    ['Authorization: Basic X', `Authorization: Basic ${X}`],
    ['Bearer X in a log line', `sending Bearer ${X} to api`],
    ['a token alone in a URL', `git clone https://${X}@github.com/a/b.git`],
    ['a password with @ in a URL', `tcp://admin:pw@${X}@host:2375`],
    ['DB_PW=X', `DB_PW=${X}`],
    ['PGPASS: X', `PGPASS: ${X}`],
  ];
  it.each(cases)('%s', (_what, text) => {
    const masked = maskSecretPairs(text, book);
    expect(masked).not.toContain(X);
    expect(masked).toContain(MASK);
  });

  it('keeps what is not a secret: the scheme word, user names, the book values, ports, ssh users', () => {
    expect(maskSecretPairs(`Authorization: Bearer ${X}`)).toBe(`Authorization: Bearer ${MASK}`);
    expect(maskSecretPairs(`curl -u admin:${X} http://h/`)).toBe(`curl -u admin:${MASK} http://h/`);
    expect(maskSecretPairs(`tcp://admin:pw@${X}@host`)).toBe(`tcp://admin:${MASK}@host`);
    expect(maskSecretPairs('docker run -d -e MYSQL_ROOT_PASSWORD=password --name wordpressdb -p 3306 mysql:5.7', book)).toBe('docker run -d -e MYSQL_ROOT_PASSWORD=password --name wordpressdb -p 3306 mysql:5.7');
    expect(maskSecretPairs('mysql -ppassword', book)).toBe('mysql -ppassword');
    expect(maskSecretPairs('docker run -p 8080:80 -p7777:80 nginx')).toBe('docker run -p 8080:80 -p7777:80 nginx');
    expect(maskSecretPairs('ssh://alice@lab-07')).toBe('ssh://alice@lab-07');
    expect(maskSecretPairs('Token expired; Bearer of bad news')).toBe('Token expired; Bearer of bad news');
    expect(maskSecretPairs('PASSWORD: token')).toBe(`PASSWORD: ${MASK}`);
  });

  it('values named on exec command lines, env URLs and container commands are hunted everywhere', () => {
    const snapshot = makeSnapshot({
      containers: [makeContainer({ name: 'db', env: { GIT_URL: `https://tok-${X}@github.com/x`, DB_PW: `pw-${X}`, PGPASS: `pg-${X}` }, cmd: ['redis-server', '--requirepass', `rp-${X}`] })],
    });
    snapshot.events = { readAt: '2026-01-01T00:00:00.000Z', total: 1, items: [{ time: '2026-01-01T00:00:00.000Z', type: 'container', action: 'exec_start', id: snapshot.containers[0].id, containerId: snapshot.containers[0].id, name: 'db', command: `mysql -uroot -pex-${X}` }] };
    const values = secretValues(snapshot, book);
    for (const v of [`tok-${X}`, `pw-${X}`, `pg-${X}`, `rp-${X}`, `ex-${X}`]) expect(values).toContain(v);
    const masked = JSON.stringify(maskSnapshotSecrets(snapshot, book));
    expect(masked).not.toContain(X);
  });
});
