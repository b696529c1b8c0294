import { distance } from 'fastest-levenshtein';
import { closest } from './names.js';
import { compareText } from '../core/compare-text.js';

/** closest() as first written: every candidate's distance computed. */
function closestByDistance(wanted: string, candidates: readonly string[], limit = 3): string[] {
  const lower = wanted.toLowerCase();
  const max = Math.max(2, Math.floor(wanted.length / 3));
  return candidates
    .map((candidate) => ({ candidate, d: candidate.toLowerCase() === lower ? 0 : distance(lower, candidate.toLowerCase()) }))
    .filter((x) => x.d <= max)
    .sort((a, b) => a.d - b.d || compareText(a.candidate, b.candidate))
    .slice(0, limit)
    .map((x) => x.candidate);
}

describe('closest names', () => {
  it('finds typos, nearest first, and leaves names too far to read as one', () => {
    expect(closest('wordpressdb', ['wordpress', 'wordpresdb', 'mysql', 'WordPressDB', 'wordpressdb_hostvolume'])).toEqual(['WordPressDB', 'wordpresdb', 'wordpress']);
    expect(closest('mycentos', ['mycentos7', 'centos', 'ubuntu'])).toEqual(['mycentos7', 'centos']);
    expect(closest('web', ['database', 'webserver'])).toEqual([]);
  });

  it('answers as computing every distance does, on random names of every length', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = () => Array.from({ length: 1 + Math.floor(random() * 14) }, () => 'abcdeAB_-.1'[Math.floor(random() * 11)]).join('');
    for (let round = 0; round < 300; round++) {
      const wanted = word();
      const candidates = Array.from({ length: 12 }, () => (random() < 0.3 ? wanted.slice(0, Math.max(1, wanted.length - 1)) + word().slice(0, 2) : word()));
      expect(closest(wanted, candidates)).toEqual(closestByDistance(wanted, candidates));
    }
  });
});
