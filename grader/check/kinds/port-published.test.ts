import { makeContainer } from '../../../fixtures/snapshot-factory.js';
import { statusOf, web } from '../../../fixtures/check-kind-tester.js';
import { msg } from '../../core/i18n.js';
import { portPublished } from './port-published.js';

describe('portPublished', () => {
  const cases: Array<[string, ReturnType<typeof portPublished>, Parameters<typeof makeContainer>[0], Parameters<typeof makeContainer>[0]]> = [
    ['port', portPublished(web, '80', { hostPort: '80' }), { portBindings: { '80/tcp': [{ hostIp: '', hostPort: '80' }] } }, { portBindings: { '80/tcp': [{ hostIp: '', hostPort: '8080' }] } }],
    ['random port', portPublished(web, '80', { hostPort: '' }), { portBindings: { '80/tcp': [{ hostIp: '', hostPort: '' }] } }, { portBindings: {} }],
    ['specific ip', portPublished(web, '80', { hostPort: '7777', hostIp: 'specific' }), { portBindings: { '80/tcp': [{ hostIp: '192.168.0.100', hostPort: '7777' }] } }, { portBindings: { '80/tcp': [{ hostIp: '', hostPort: '7777' }] } }],
  ];
  it.each(cases)('%s passes on the right state and fails on the wrong one', async (_name, check, good, bad) => {
    expect((await statusOf(check, [makeContainer({ name: 'web', ...good })])).status).toBe('pass');
    const failed = await statusOf(check, [makeContainer({ name: 'web', ...bad })]);
    expect(failed.status).toBe('fail');
    expect(failed.hint?.en).toContain('recreate it with -p');
  });
  it('says a port bound only on 127.0.0.1', async () => {
    const r = await statusOf(portPublished(web, '80', { hostPort: '80' }), [makeContainer({ name: 'web', portBindings: { '80/tcp': [{ hostIp: '127.0.0.1', hostPort: '80' }] } })]);
    expect(r.message.en).toBe('published only on 127.0.0.1, not on every address');
  });
  it("names the blog post's ports as a near miss", async () => {
    const check = portPublished(web, '3306', { hostPort: '3306', variant: { hostPort: '8080', containerPort: '8080', source: msg('블로그 글', 'the blog post') } });
    expect((await statusOf(check, [makeContainer({ name: 'web', portBindings: { '3306/tcp': [{ hostIp: '', hostPort: '3306' }] } })])).status).toBe('pass');
    const r = await statusOf(check, [makeContainer({ name: 'web', portBindings: { '8080/tcp': [{ hostIp: '', hostPort: '8080' }] } })]);
    expect(r.message.en).toBe("found -p 8080:8080, the blog post's ports; the book uses -p 3306:3306");
  });
  it('accepts any specific host address, and says when the port went to another host port', async () => {
    const check = portPublished(web, '80', { hostPort: '7777', hostIp: 'specific' });
    expect((await statusOf(check, [makeContainer({ name: 'web', portBindings: { '80/tcp': [{ hostIp: '127.0.0.1', hostPort: '7777' }] } })])).status).toBe('pass');
    const r = await statusOf(check, [makeContainer({ name: 'web', portBindings: { '80/tcp': [{ hostIp: '127.0.0.1', hostPort: '6666' }] } })]);
    expect(r.message.en).toBe('published on another host port: 127.0.0.1:6666->80/tcp');
  });
  it("shows the host port the engine picked for -p 80 once it runs, (random) only while it is stopped", async () => {
    const check = portPublished(web, '80', { hostPort: '' });
    const running = await statusOf(check, [makeContainer({ name: 'web', portBindings: { '80/tcp': [{ hostIp: '', hostPort: '' }] }, ports: { '80/tcp': [{ hostIp: '0.0.0.0', hostPort: '49153' }, { hostIp: '::', hostPort: '49153' }] } })]);
    expect(running.status).toBe('pass');
    expect(running.message).toEqual({ ko: '포트가 바인딩되었습니다: 0.0.0.0:49153->80/tcp', en: 'published 0.0.0.0:49153->80/tcp' });
    expect(running.actual).toBe('0.0.0.0:49153->80/tcp');
    const stopped = await statusOf(check, [makeContainer({ name: 'web', portBindings: { '80/tcp': [{ hostIp: '', hostPort: '' }] } })]);
    expect(stopped.message.ko).toBe('포트가 바인딩되었습니다: 0.0.0.0:(임의)->80/tcp');
  });
});
