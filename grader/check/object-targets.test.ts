import { makeContainer, makeImage, makeMount, makeNetwork, makeSnapshot, makeVolume } from '../../fixtures/snapshot-factory.js';
import { fieldText, findObject, meetsField, parseFieldPath, readField, visibleUnder } from './object-targets.js';

const snapshot = makeSnapshot({
  containers: [makeContainer({ name: 'alice-memory_1g', resources: { ...makeContainer().resources, memory: 1024 ** 3 } }), makeContainer({ name: 'bob-memory_1g' })],
  images: [
    makeImage(['commit_test:alice-first', 'commit_test:alice-second'], { id: 'sha256:0123456789abcdef0123', author: 'alicek106', labels: { 'org.example.purpose': 'practice' } }),
    makeImage(['ubuntu:14.04'], { id: 'sha256:ubuntu' }),
  ],
  networks: [makeNetwork('alice-my_custom_network', { ipam: { driver: 'default', config: [{ subnet: '172.72.0.0/16', ipRange: '172.72.0.0/24', gateway: '172.72.0.1' }] } }), makeNetwork('bob-mybridge')],
  volumes: [makeVolume('alice-myvolume', { usedBy: ['alice-myvolume_1'] }), makeVolume('f'.repeat(64))],
});
const alice = { visible: (name: string) => name.startsWith('alice-') || visibleUnder('alice', 'image')(name) };

describe('findObject', () => {
  it('finds each kind by its name; an image by a tag (normalised) or its id; the engine always', () => {
    expect(findObject(snapshot, 'container', 'alice-memory_1g').object?.resources.memory).toBe(1024 ** 3);
    expect(findObject(snapshot, 'image', 'commit_test:alice-second').object?.author).toBe('alicek106');
    expect(findObject(snapshot, 'image', 'docker.io/library/ubuntu:14.04').object?.id).toBe('sha256:ubuntu');
    expect(findObject(snapshot, 'image', '0123456789ab').object?.tags).toContain('commit_test:alice-first');
    expect(findObject(snapshot, 'network', 'alice-my_custom_network').how).toBe('exact');
    expect(findObject(snapshot, 'volume', 'alice-myvolume').object?.usedBy).toEqual(['alice-myvolume_1']);
    expect(findObject(snapshot, 'engine', '').object?.ncpu).toBe(2);
  });

  it('names the nearest visible names when missing, never another learner\'s nor an anonymous volume', () => {
    expect(findObject(snapshot, 'network', 'alice-my_custom_netwrk', alice)).toMatchObject({ object: null, how: 'none', suggestions: ['alice-my_custom_network'] });
    expect(findObject(snapshot, 'container', 'alice-memory_1', alice).suggestions).toEqual(['alice-memory_1g']);
    expect(findObject(snapshot, 'network', 'bob-mybrige', alice).suggestions).toEqual([]);
    expect(findObject(snapshot, 'network', 'bob-mybrige').suggestions).toEqual(['bob-mybridge']);
    expect(findObject(snapshot, 'image', 'commit_test:alice-firts', alice)).toMatchObject({ wanted: 'commit_test:alice-firts', suggestions: ['commit_test:alice-first', 'commit_test:alice-second'] });
    // a tag far from every tag of the learner's is nobody's typo
    expect(findObject(snapshot, 'image', 'other:alice-latest', alice).suggestions).toEqual([]);
    expect(findObject(snapshot, 'image', 'commit_test', alice).wanted).toBe('commit_test:latest');
    expect(findObject(snapshot, 'volume', 'f'.repeat(63)).suggestions).toEqual([]);
    // a short hex string is a name, not an id
    expect(findObject(snapshot, 'image', '0123').object).toBeNull();
  });
});

describe('visibleUnder', () => {
  it('shows a learner only names carrying their prefix: an image by its tag', () => {
    expect(visibleUnder('', 'network')('bob-net')).toBe(true);
    expect(['alice-net', 'bob-net', 'alicenet'].filter(visibleUnder('alice', 'network'))).toEqual(['alice-net']);
    expect(['commit_test:alice-first', 'alice-commit_test:first', 'ubuntu:14.04', '127.0.0.1:5000/alice-x', 'registry:5000/app:alice-1.0'].filter(visibleUnder('alice', 'image'))).toEqual([
      'commit_test:alice-first',
      'registry:5000/app:alice-1.0',
    ]);
  });
});

describe('reading one field', () => {
  const network = findObject(snapshot, 'network', 'alice-my_custom_network').object!;
  const image = findObject(snapshot, 'image', 'commit_test:alice-first').object!;

  it('parses dotted paths, list indexes and quoted keys; refuses anything else', () => {
    expect(parseFieldPath('ipam.config.0.subnet')).toEqual(['ipam', 'config', '0', 'subnet']);
    expect(parseFieldPath('labels["org.example.purpose"]')).toEqual(['labels', 'org.example.purpose']);
    for (const bad of ['', '.a', 'a.', 'a..b', 'a b', '["x"]', 'labels[x]', 'a["unterminated]']) expect(parseFieldPath(bad)).toBeNull();
  });

  it('reads a value, or says where it stopped', () => {
    expect(readField(network, 'ipam.config.0.subnet')).toEqual({ found: true, value: '172.72.0.0/16' });
    expect(readField(image, 'labels["org.example.purpose"]')).toEqual({ found: true, value: 'practice' });
    expect(readField(network, 'ipam.config.1.subnet')).toEqual({ found: false, missingAt: 'ipam.config.1' });
    // a negative index counts from the end of a list: an image's last build step
    expect(readField({ history: [{ createdBy: 'a' }, { createdBy: 'b' }] }, 'history.-1.createdBy')).toEqual({ found: true, value: 'b' });
    expect(readField({ history: [{ createdBy: 'a' }] }, 'history.-2.createdBy')).toEqual({ found: false, missingAt: 'history.-2' });
    expect(readField(image, 'constructor')).toEqual({ found: false, missingAt: 'constructor' });
    expect(readField(image, 'labels.__proto__')).toEqual({ found: false, missingAt: 'labels.__proto__' });
  });

  it('compares it as the exercise expects, both ways', () => {
    const cases: Array<[unknown, Parameters<typeof meetsField>[1], boolean]> = [
      [1024 ** 3, { equals: 1073741824 }, true],
      [512 * 1024 ** 2, { equals: 1073741824 }, false],
      ['on-failure', { oneOf: ['always', 'on-failure'] }, true],
      ['no', { oneOf: ['always', 'on-failure'] }, false],
      [['alicek106', 'abc'], { includes: 'alicek106' }, true],
      [[], { includes: 'alicek106' }, false],
      ['/bin/sh -c #(nop) LABEL purpose=practice', { includes: 'purpose=practice' }, true],
      [{ 'max-size': '10k' }, { includes: 'max-size' }, true],
      [{}, { includes: 'max-size' }, false],
      [3, { atLeast: 2 }, true],
      [1, { atLeast: 2 }, false],
      [25000, { atMost: 50000 }, true],
      ['25000', { atMost: 50000 }, false],
      ['SIGKILL', { present: true }, true],
      ['', { present: true }, false],
      [null, { present: false }, true],
      [{ test: ['CMD', 'true'] }, { equals: { test: ['CMD', 'true'] } }, true],
    ];
    for (const [value, expect_, ok] of cases) expect([value, expect_, meetsField(value, expect_)]).toEqual([value, expect_, ok]);
  });

  it('shows a value as "found" text', () => {
    expect(fieldText(readField(network, 'driver'))).toBe('bridge');
    expect(fieldText(readField(network, 'ipam.config.0'))).toBe('{"subnet":"172.72.0.0/16","ipRange":"172.72.0.0/24","gateway":"172.72.0.1"}');
    expect(fieldText(readField(network, 'nothing'))).toBe('(none)');
    expect(fieldText(readField(makeMount(), 'rw'))).toBe('true');
  });
});
