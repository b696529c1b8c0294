import { makeContainer, makeImage, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { grade } from '../check/run.js';
import { defineExercise } from '../check/define.js';
import { env } from '../check/kinds/index.js';
import { msg } from './i18n.js';
import { MASK, maskSecretPairs, maskSnapshotSecrets, publicText, redactRun, secretValues } from './secrets.js';

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
    images: [makeImage(['app:1'], { config: { cmd: null, entrypoint: null, env: ['IMAGE_SECRET=img-secret-77', 'PATH=/bin'], exposedPorts: [], workingDir: '', user: '', volumes: [], onBuild: [], stopSignal: '', healthcheck: null } })],
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
