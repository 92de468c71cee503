import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const membershipId: FieldSpec = recordId('membershipId', 'Membership ID', 'The ID of the membership (one employee in one team)');

export const lead = (description: string): FieldSpec => ({
	wire: 'lead',
	displayName: 'Lead',
	kind: 'boolean',
	description,
});
