import { getById } from '../../engine/commonOperations';
import { compensationId } from './fields';

export const get = getById({
	noun: 'compensation',
	path: 'contracts/compensations/{id}',
	id: compensationId,
});
