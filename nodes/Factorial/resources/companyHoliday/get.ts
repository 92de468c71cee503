import { recordId } from '../../engine/commonFields';
import { getById } from '../../engine/commonOperations';

export const get = getById({
	noun: 'company holiday',
	path: 'holidays/company_holidays/{id}',
	id: recordId('companyHolidayId', 'Company Holiday ID'),
});
