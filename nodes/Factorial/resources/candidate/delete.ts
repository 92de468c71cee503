import { deleteById } from '../../engine/commonOperations';
import { candidateId } from './fields';

export const deleteOperation = deleteById({
	noun: 'candidate',
	path: 'ats/candidates/{id}',
	id: candidateId,
});
