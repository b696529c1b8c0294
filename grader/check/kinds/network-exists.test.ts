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
    expect(r.hint?.en).toBe('create it: docker network create mynetwork');
  });
});
