import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const trainingClassId = recordId('trainingClassId', 'Training Class ID');

// Factorial requires the four costs on every write, as decimal text.
const cost = (wire: string, displayName: string, description: string): FieldSpec => ({ wire, displayName, kind: 'string', required: true, default: '0', placeholder: 'e.g. 250.00', description });
export const costs: FieldSpec[] = [
	cost('cost', 'Cost', 'Instructor fees, materials, venue'),
	cost('subsidized_cost', 'Subsidized Cost', 'The part covered by grants'),
	cost('indirect_cost', 'Indirect Cost', 'Overheads such as administration'),
	cost('salary_cost', 'Salary Cost', 'The cost of the participants\' time'),
	{
		wire: 'payment_status',
		displayName: 'Payment Status',
		kind: 'options',
		required: true,
		default: 'pending',
		options: [
			{ name: 'Paid', value: 'paid' },
			{ name: 'Pending', value: 'pending' },
		],
	},
];

export const startDate: FieldSpec = { wire: 'start_date', displayName: 'Start Date', kind: 'date' };
export const endDate: FieldSpec = { wire: 'end_date', displayName: 'End Date', kind: 'date' };
export const name: FieldSpec = { wire: 'name', displayName: 'Name', kind: 'string' };
export const description: FieldSpec = { wire: 'description', displayName: 'Description', kind: 'string' };
