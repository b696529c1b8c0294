/** The exercise walk (fixtures/exercise-walk.ts), sections 2.4: solutions, mutations and every hint pasted. */
import { describeWalk } from '../fixtures/exercise-walk.js';

describeWalk('2.4');
