import { countOf, pointsText } from './units.js';

it('points: Korean writes the counter right after the number, English agrees in number', () => {
  expect([0, 1, 2].map((n) => pointsText(n, 'ko'))).toEqual(['0점', '1점', '2점']);
  expect([0, 1, 2].map((n) => pointsText(n, 'en'))).toEqual(['0 pts', '1 pt', '2 pts']);
  expect([countOf(1, 'check'), countOf(2, 'check'), countOf(0, 'exercise')]).toEqual(['1 check', '2 checks', '0 exercises']);
});
