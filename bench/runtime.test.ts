import { chooseNode, satisfiesEngines } from './runtime.js';

describe('the Node the bench times dockgrade with', () => {
  it('reads the engines ranges npm writes', () => {
    const range = '^20.19.0 || ^22.12.0 || >=23';
    expect(satisfiesEngines('v20.20.2', range)).toBe(true);
    expect(satisfiesEngines('v20.18.9', range)).toBe(false);
    expect(satisfiesEngines('v21.7.0', range)).toBe(false);
    expect(satisfiesEngines('v22.11.0', range)).toBe(false);
    expect(satisfiesEngines('v22.23.5', range)).toBe(true);
    expect(satisfiesEngines('v24.22.3', range)).toBe(true);
    expect(satisfiesEngines('v20.20.2', '^22.12.0 || >=24')).toBe(false);
    expect(satisfiesEngines('v23.1.0', '^22.12.0 || >=24')).toBe(false);
    expect(satisfiesEngines('v18.0.0', '>=18 <20')).toBe(true);
    expect(satisfiesEngines('v20.0.0', '>=18 <20')).toBe(false);
    expect(() => satisfiesEngines('v20.0.0', '~20.1')).toThrow(/not understood/);
  });

  it("keeps the machine's own Node when the package supports it, else takes the oldest supported one", () => {
    const current = { path: '/usr/bin/node', version: 'v20.20.2' };
    const others = [
      { path: '/n/22', version: 'v22.23.5' },
      { path: '/n/24', version: 'v24.22.3' },
    ];
    expect(chooseNode('^20.19.0 || ^22.12.0 || >=23', current, others)).toBe(current);
    expect(chooseNode('^22.12.0 || >=24', current, others)).toBe(others[0]);
    expect(chooseNode('>=24', current, others)).toBe(others[1]);
    expect(chooseNode('>=26', current, others)).toBeUndefined();
  });
});
