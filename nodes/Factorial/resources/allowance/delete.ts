import { deleteById } from '../../engine/commonOperations';
import { allowanceId } from './fields';

export const deleteOperation = deleteById({ noun: 'allowance', path: 'timeoff/allowances/{id}', id: allowanceId });
