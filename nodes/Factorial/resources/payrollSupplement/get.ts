import { getById } from '../../engine/commonOperations';
import { supplementId } from './fields';

export const get = getById({
	noun: 'payroll supplement',
	path: 'payroll/supplements/{id}',
	id: supplementId,
});
