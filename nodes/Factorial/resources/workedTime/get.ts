import { getById } from '../../engine/commonOperations';
import { recordId } from '../../engine/commonFields';

export const get = getById({
	noun: 'worked time',
	path: 'attendance/worked_times/{id}',
	id: recordId('workedTimeId', 'Worked Time ID', 'Employee ID and day, for example 12_2026-10-05'),
	description: 'Retrieve what one employee worked on one day',
});
