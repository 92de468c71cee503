import type { OperationSpec } from '../../engine/types';
import { applicationId, author, phaseId, phone, source } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update an application',
	description: 'Change an application, for example qualify or reject it',
	method: 'PUT',
	path: 'ats/applications/{id}',
	// Factorial wants the id both in the path and in the body of a PUT.
	fields: [{ ...applicationId, in: 'pathAndBody' }],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [
			phaseId,
			{ wire: 'qualified', displayName: 'Qualified', kind: 'boolean', description: 'Whether the candidate is qualified for the job' },
			{ wire: 'disqualified_reason', displayName: 'Disqualified Reason', kind: 'string', description: 'Why the candidate is not qualified' },
			{ wire: 'ats_rejection_reason_id', displayName: 'Rejection Reason ID', kind: 'id', description: 'Why the application is rejected: an ID of Factorial\'s recruiting rejection reasons' },
			phone,
			source,
			{ wire: 'source_id', displayName: 'Source ID', kind: 'id', description: 'An ID of Factorial\'s recruiting candidate sources' },
			...author,
		],
	},
};
