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
  it('with made, looks for the tag the prefixed steps make (mybuild:alice-0.0), not the book tag another learner could have', async () => {
    const check = image(web, 'mybuild:0.0', { made: true });
    expect((await statusOf(check, [makeContainer({ name: 'alice-web', image: 'mybuild:alice-0.0' })], 'alice')).status).toBe('pass');
    const other = await statusOf(check, [makeContainer({ name: 'alice-web', image: 'mybuild:0.0' })], 'alice');
    expect(other.status).toBe('fail');
    expect(other.message.en).toBe('wrong tag: mybuild:0.0 is not mybuild:alice-0.0');
    expect((await statusOf(check, [makeContainer({ name: 'web', image: 'mybuild:0.0' })])).status).toBe('pass');
  });
  it('names a tagless image as :latest', async () => {
    const r = await statusOf(image(web, 'mysql:5.7'), [makeContainer({ name: 'web', image: 'mysql' })]);
    expect(r.message.en).toBe('wrong tag: mysql (= mysql:latest) is not mysql:5.7');
  });
});
