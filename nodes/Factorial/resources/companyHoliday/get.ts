import { recordId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a company holiday',
	description: 'Retrieve one company holiday',
	method: 'GET',
	path: 'holidays/company_holidays/{id}',
	fields: [{ ...recordId('companyHolidayId', 'Company Holiday ID'), in: 'path' }],
};
