/** The exercise walk (fixtures/exercise-walk.ts), section 2.4.4: solutions, mutations and every hint pasted. */
import { describeWalk } from '../fixtures/exercise-walk.js';

describeWalk('2.4.4');
