import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { statusOf, web } from '../../../fixtures/check-kind-tester.js';
import { image } from './image.js';

describe('image', () => {
  it('passes on the book\'s image and fails on another tag', async () => {
    expect((await statusOf(image(web, 'ubuntu:14.04'), [makeContainer({ name: 'web', image: 'ubuntu:14.04' })])).status).toBe('pass');
    const r = await statusOf(image(web, 'ubuntu:14.04'), [makeContainer({ name: 'web', image: 'ubuntu:16.04' })]);
    expect(r.status).toBe('fail');
    expect(r.hint?.en).toContain('docker run --name web ubuntu:14.04');
  });
  it('names a tagless image as :latest', async () => {
    const r = await statusOf(image(web, 'mysql:5.7'), [makeContainer({ name: 'web', image: 'mysql' })]);
    expect(r.message.en).toBe('wrong tag: mysql (= mysql:latest) is not mysql:5.7');
  });
});
