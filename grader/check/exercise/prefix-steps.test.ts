import { prefixSteps } from './prefix-steps.js';

describe('prefixSteps (interim, until grader/docker/prefix-rewriter.ts)', () => {
  it('changes nothing without a prefix', () => {
    expect(prefixSteps([['run', '-d', '-i', '-t', 'ubuntu:14.04']], '', { unnamed: 'x' })).toEqual([['run', '-d', '-i', '-t', 'ubuntu:14.04']]);
  });

  it('prefixes names, link targets, the containers verbs act on, and the tags the steps make', () => {
    expect(
      prefixSteps(
        [
          ['tag', 'centos:7', 'centos:8'],
          ['create', '-i', '-t', '--name', 'web', '--link', 'db:mysql', 'centos:8', 'bash'],
          ['start', 'web'],
          ['stop', '-t', '1', 'web', 'db'],
          ['exec', '-i', 'web', 'ls', '/'],
          ['rename', 'web', 'web2'],
        ],
        'p',
      ),
    ).toEqual([
      ['tag', 'centos:7', 'centos:p-8'],
      ['create', '-i', '-t', '--name', 'p-web', '--link', 'p-db:mysql', 'centos:p-8', 'bash'],
      ['start', 'p-web'],
      ['stop', '-t', '1', 'p-web', 'p-db'],
      ['exec', '-i', 'p-web', 'ls', '/'],
      ['rename', 'p-web', 'p-web2'],
    ]);
  });

  it('names a run the book leaves unnamed after its leading -d -i -t', () => {
    expect(prefixSteps([['run', '-d', '-i', '-t', '-p', '80:80', 'ubuntu:14.04']], 'p', { unnamed: 'multi' })).toEqual([['run', '-d', '-i', '-t', '--name', 'p-multi', '-p', '80:80', 'ubuntu:14.04']]);
  });
});
