import { deleteById } from '../../engine/commonOperations';
import { supplementId } from './fields';

export const deleteOperation = deleteById({
	noun: 'payroll supplement',
	path: 'payroll/supplements/{id}',
	id: supplementId,
});
