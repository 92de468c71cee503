import type { FieldSpec } from '../../engine/types';

export const teamId: FieldSpec = {
	wire: 'id',
	name: 'teamId',
	displayName: 'Team',
	kind: 'locator',
	locator: 'team',
	required: true,
};

export const description: FieldSpec = {
	wire: 'description',
	displayName: 'Description',
	kind: 'string',
	description: 'What the team does',
};
