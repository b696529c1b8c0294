import { makeAttachment, makeContainer, makeMount } from '../../fixtures/snapshot-factory.js';
import { attachedContainers, isAnonymousVolume, networkContainerName, volumeUsers, volumeUsersOf } from './snapshot-links.js';

describe('relations between the objects of a snapshot', () => {
  const running = makeContainer({ name: 'network_alias_container1', networks: { mybridge: makeAttachment({ networkId: 'net-1' }) } });
  // created, never started: the engine has not given its attachment an id yet
  const created = makeContainer({ name: 'mynetwork_container', state: { status: 'created', running: false }, networks: { mybridge: makeAttachment({ networkId: '' }) } });
  const elsewhere = makeContainer({ name: 'other', networks: { bridge: makeAttachment({ networkId: 'net-0' }) } });

  it("a network's containers: by network id, or by name for a container never started; sorted", () => {
    expect(attachedContainers({ id: 'net-1', name: 'mybridge' }, [running, created, elsewhere])).toEqual(['mynetwork_container', 'network_alias_container1']);
    expect(attachedContainers({ id: 'net-0', name: 'bridge' }, [running, created, elsewhere])).toEqual(['other']);
    expect(attachedContainers({ id: 'net-9', name: 'none' }, [running, created, elsewhere])).toEqual([]);
  });

  it("a volume's users: containers mounting it as a volume (a bind of the same name is not a use)", () => {
    const one = makeContainer({ name: 'myvolume_1', mounts: [makeMount({ name: 'myvolume', destination: '/root' })] });
    const two = makeContainer({ name: 'myvolume_2', mounts: [makeMount({ name: 'myvolume', destination: '/root' })] });
    const bind = makeContainer({ name: 'bound', mounts: [makeMount({ type: 'bind', name: 'myvolume', source: '/home/myvolume' })] });
    expect(volumeUsers('myvolume', [two, bind, one])).toEqual(['myvolume_1', 'myvolume_2']);
    // one index for every volume: a container mounting one volume twice counts once; each answer is its own array
    const twice = makeContainer({ name: 'twice', mounts: [makeMount({ name: 'data', destination: '/a' }), makeMount({ name: 'data', destination: '/b' }), makeMount({ name: 'myvolume', destination: '/c' })] });
    const usersOf = volumeUsersOf([two, twice, bind, one]);
    expect(usersOf('myvolume')).toEqual(['myvolume_1', 'myvolume_2', 'twice']);
    expect(usersOf('data')).toEqual(['twice']);
    expect(usersOf('none')).toEqual([]);
    usersOf('data').push('changed');
    expect(usersOf('data')).toEqual(['twice']);
  });

  it('an anonymous volume: 64 hex digits, or the label newer engines set', () => {
    expect(isAnonymousVolume('0123456789abcdef'.repeat(4), {})).toBe(true);
    expect(isAnonymousVolume('myvolume', {})).toBe(false);
    expect(isAnonymousVolume('myvolume', { 'com.docker.volume.anonymous': '' })).toBe(true);
    expect(isAnonymousVolume('0123456789ABCDEF'.repeat(4), {})).toBe(false);
  });

  it('the container whose network is shared (--net container:NAME): by the id the engine keeps, its start, or a name', () => {
    const first = { id: 'add756824ee84487c3874f57258ca9dd7919d2a541a74103005cafc3b9ecf1b2', name: 'network_container_1' };
    const other = { id: 'bb'.repeat(32), name: 'other' };
    expect(networkContainerName(`container:${first.id}`, [other, first])).toBe('network_container_1');
    expect(networkContainerName('container:add756824ee8', [other, first])).toBe('network_container_1');
    expect(networkContainerName('container:network_container_1', [first])).toBe('network_container_1');
    // gone, another mode, or a start too short to be an id
    expect([networkContainerName(`container:${'cc'.repeat(32)}`, [other, first]), networkContainerName('mybridge', [first]), networkContainerName('container:add7', [first]), networkContainerName('container:', [first])]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
