import { getById } from '../../engine/commonOperations';
import { expensableId } from './fields';

export const get = getById({ noun: 'expensable', path: 'expenses/expensables/{id}', id: expensableId });
