import { homedir } from 'node:os';
import { homeDir, osHomeDir } from './home-dir.js';

describe('the home folder', () => {
  it('is HOME when it is set, else what node:os finds', () => {
    expect(homeDir({ HOME: '/home/learner' })).toBe('/home/learner');
    expect(homeDir({})).toBe(homedir());
    expect(homeDir({ HOME: '' })).toBe(homedir());
    expect(osHomeDir()).toBe(homedir());
  });
});
