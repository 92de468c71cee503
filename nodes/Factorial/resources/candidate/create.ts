import { fold, listHolds, text } from '../../engine/checks';
import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';
import { candidateDetails, firstName, lastName } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a candidate',
	description: 'Add a candidate to recruiting',
	method: 'POST',
	path: 'ats/candidates',
	fields: [{ ...firstName, required: true }, { ...lastName, required: true }, autofilledCompanyId],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			...candidateDetails,
			{ wire: 'source', displayName: 'Source', kind: 'string', placeholder: 'e.g. referred', description: 'Where the candidate came from' },
			{ wire: 'medium', displayName: 'Medium', kind: 'string', description: 'More about the source, such as the name of whoever referred the candidate' },
			{ wire: 'gender', displayName: 'Gender', kind: 'string' },
		],
	},
	// Only with an e-mail, the one thing that tells two candidates apart.
	check: listHolds(
		'a candidate with that e-mail',
		(sent) => {
			const email = text(sent, 'email');
			return email === undefined ? undefined : { path: 'ats/candidates', query: { emails: [email] } };
		},
		(candidate, sent) => fold(candidate.email) === fold(sent.values.email),
	),
};
