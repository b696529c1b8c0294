import { EXERCISES } from '../../exercises/index.js';
import { UsageError } from '../core/errors.js';
import { compareSections, selectExercises } from './select.js';

describe('selectExercises', () => {
  it('takes all by default and with all', () => {
    expect(selectExercises(EXERCISES, [])).toHaveLength(EXERCISES.length);
    expect(selectExercises(EXERCISES, ['all'])).toHaveLength(EXERCISES.length);
  });
  it('takes exact ids and section prefixes, in book order', () => {
    expect(selectExercises(EXERCISES, ['2.2.1/pull-centos']).map((e) => e.id)).toEqual(['2.2.1/pull-centos']);
    expect(selectExercises(EXERCISES, ['2.2.1']).every((e) => e.section === '2.2.1')).toBe(true);
    expect(selectExercises(EXERCISES, ['2.2']).length).toBeGreaterThanOrEqual(3);
  });
  it('refuses unknown selectors with close ids', () => {
    expect(() => selectExercises(EXERCISES, ['2.2.1/pull-cent'])).toThrow(UsageError);
    expect(() => selectExercises(EXERCISES, ['2.2.1/pull-cent'])).toThrow(/did you mean 2.2.1\/pull-centos/);
  });
  it('compares sections numerically', () => {
    expect(['2.2.10', '2.2.9', '2.3'].sort(compareSections)).toEqual(['2.2.9', '2.2.10', '2.3']);
  });
});
