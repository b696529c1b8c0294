import { EXERCISES } from '../../exercises/index.js';
import { compareText } from './compare-text.js';
import { BOOK_WORDS } from './book-words.js';
import { publicText } from './secrets.js';

describe('BOOK_WORDS', () => {
  it("is exactly the words of the exercises' commands (update the list when a book command changes)", () => {
    expect([...BOOK_WORDS].sort(compareText)).toEqual([...publicText(EXERCISES)].sort(compareText));
  });
});
