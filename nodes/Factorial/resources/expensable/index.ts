import type { ResourceSpec } from '../../engine/types';
import { get } from './get';
import { getAll } from './getAll';
import { setPaid } from './setPaid';
import { updateReimbursableAmount } from './updateReimbursableAmount';

export const expensable: ResourceSpec = {
	name: 'expensable',
	displayName: 'Expensable',
	description: 'Every expense record (receipt, mileage or per diem) with its status and reimbursement',
	operations: [get, getAll, setPaid, updateReimbursableAmount],
};
