import { deleteById } from '../../engine/commonOperations';
import { compensationId } from './fields';

export const deleteOperation = deleteById({
	noun: 'compensation',
	path: 'contracts/compensations/{id}',
	id: compensationId,
});
