import { makeNetwork, makeSnapshot } from '../../../fixtures/snapshot-factory.js';
import { stateOf } from '../../../fixtures/check-kind-tester.js';
import type { Network } from '../../model/snapshot-schema.js';
import { networkExists } from './network-exists.js';

describe('networkExists', () => {
  it('both ways, naming the closest network', async () => {
    const network = (name: string): Network => makeNetwork(name, { id: `id-${name}` });
    const base = makeSnapshot();
    expect((await stateOf(networkExists('mynetwork'), { ...base, networks: [network('mynetwork')] })).status).toBe('pass');
    const r = await stateOf(networkExists('mynetwork'), { ...base, networks: [network('mynetwrk')] });
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('no network mynetwork; did you mean mynetwrk?');
    // the misnamed one, unused, holds the subnet the right one asks for: removed first, one step a line
    expect(r.hint?.en).toBe('remove the misnamed mynetwrk and create it:\n1. docker network rm mynetwrk\n2. docker network create mynetwork');
    expect(r.hint?.ko).toBe('잘못 만든 mynetwrk 네트워크를 지우고 다시 만드세요:\n1. docker network rm mynetwrk\n2. docker network create mynetwork');
  });
  it('never tells to remove a network in use, a built-in one or another learner\'s', async () => {
    const base = makeSnapshot();
    const used = await stateOf(networkExists('mynetwork'), { ...base, networks: [makeNetwork('mynetwrk', { containers: ['web'] })] });
    expect(used.hint?.en).toBe('create it: docker network create mynetwork');
    const builtIn = await stateOf(networkExists('mybridge'), { ...base, networks: [makeNetwork('bridge')] });
    expect(builtIn.hint?.en).toBe('create it: docker network create mybridge');
    const other = await stateOf(networkExists('mynetwork'), { ...base, networks: [makeNetwork('bob-mynetwork')] }, 'alice');
    expect(other.hint?.en).toBe('create it: docker network create alice-mynetwork');
  });
});
