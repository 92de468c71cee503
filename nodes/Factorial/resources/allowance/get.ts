import { getById } from '../../engine/commonOperations';
import { allowanceId } from './fields';

export const get = getById({ noun: 'allowance', path: 'timeoff/allowances/{id}', id: allowanceId });
