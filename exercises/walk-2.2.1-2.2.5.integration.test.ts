/** The exercise walk (fixtures/exercise-walk.ts), sections 2.2.1-2.2.5: solutions, mutations and every hint pasted. */
import { describeWalk } from '../fixtures/exercise-walk.js';

describeWalk('2.2.1-2.2.5');
