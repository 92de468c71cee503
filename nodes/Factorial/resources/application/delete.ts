import { deleteById } from '../../engine/commonOperations';
import { applicationId } from './fields';

export const deleteOperation = deleteById({
	noun: 'application',
	path: 'ats/applications/{id}',
	id: applicationId,
});
