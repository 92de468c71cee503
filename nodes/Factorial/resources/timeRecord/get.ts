import { getById } from '../../engine/commonOperations';
import { timeRecordId } from './fields';

export const get = getById({
	noun: 'time record',
	path: 'project_management/time_records/{id}',
	id: timeRecordId,
});
