/** The exercise walk (fixtures/exercise-walk.ts), 2.3, 2.4.3, 2.5 and every section the other parts do not name: solutions, mutations and every hint pasted. */
import { describeWalk } from '../fixtures/exercise-walk.js';

describeWalk('rest');
