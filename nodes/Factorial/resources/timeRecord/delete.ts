import { deleteById } from '../../engine/commonOperations';
import { timeRecordId } from './fields';

export const deleteOperation = deleteById({
	noun: 'time record',
	path: 'project_management/time_records/{id}',
	id: timeRecordId,
});
