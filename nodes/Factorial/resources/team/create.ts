import type { OperationSpec } from '../../engine/types';
import { description } from './fields';
import { listHolds } from '../../engine/checks';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a team',
	description: 'Create a team',
	method: 'POST',
	path: 'teams/teams',
	fields: [{ wire: 'name', displayName: 'Name', kind: 'string', required: true, placeholder: 'e.g. Engineering' }],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: [description] },
	// Teams can only be listed whole (no name filter in the catalog).
	check: listHolds('a team with that name', () => ({ path: 'teams/teams' }), (record, sent) => record.name === sent.values.name),
};
