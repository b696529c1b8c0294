import { makeNames } from '../names.js';
import { compileText, compileTemplate } from './text-template-compile.js';
import { renderTemplate, renderText } from './text-template.js';

const scope = (prefix: string, container?: string) => ({ names: makeNames(prefix), ...(container ? { container } : {}), create: 'docker run --name web ubuntu:14.04' });

describe('exercise text templates', () => {
  it('keeps plain text as it is, parsing nothing', () => {
    expect(compileTemplate('실행 중입니다', 'x')).toBe('실행 중입니다');
  });

  it('names under the prefix, with the particle the prefixed name takes', () => {
    const t = compileText({ ko: "{{josa (name 'wordpressdb') '이/가'}} 실행 중이어야 합니다", en: "{{name 'wordpressdb'}} runs" }, 'x');
    expect(renderText(t, scope(''))).toEqual({ ko: 'wordpressdb가 실행 중이어야 합니다', en: 'wordpressdb runs' });
    expect(renderText(t, scope('alice'))).toEqual({ ko: 'alice-wordpressdb가 실행 중이어야 합니다', en: 'alice-wordpressdb runs' });
  });

  it('reads the container, the create command and the prefix, and chooses with if/unless', () => {
    const t = compileTemplate("{{#if prefix}}{{prefix}}: {{/if}}docker logs {{container}}{{#unless container}}?{{else}}!{{/unless}} / {{create}}", 'x');
    expect(renderTemplate(t, scope('bob', 'bob-web'))).toBe('bob: docker logs bob-web! / docker run --name web ubuntu:14.04');
    expect(renderTemplate(t, scope(''))).toBe('docker logs ? / docker run --name web ubuntu:14.04');
  });

  it('escapes nothing: a text is not HTML (reporters escape for their format)', () => {
    expect(renderTemplate(compileTemplate("{{josa (name 'a<b') '을/를'}}", 'x'), scope(''))).toBe('a<b를');
  });

  it.each([
    ['{{#each x}}y{{/each}}', 'only {{#if x}} and {{#unless x}}'],
    ['{{> partial}}', 'PartialStatement is not supported'],
    ['{{name}}', "unknown variable 'name'"],
    ["{{name 'a' 'b'}}", "helper 'name' takes 1 argument, got 2"],
    ['{{container', 'x:'],
  ])('refuses %s', (source, message) => {
    expect(() => compileTemplate(source, 'x')).toThrow(message);
  });
});
