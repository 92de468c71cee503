import { recordId } from '../../engine/commonFields';
import { getById } from '../../engine/commonOperations';

export const get = getById({
	noun: 'allowance',
	path: 'timeoff/allowances/{id}',
	id: recordId('allowanceId', 'Allowance ID'),
});
