import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const policyId = recordId('timeOffPolicyId', 'Time Off Policy ID');
export const name: FieldSpec = { wire: 'name', displayName: 'Name', kind: 'string', placeholder: 'e.g. Spain 2027' };
export const description: FieldSpec = { wire: 'description', displayName: 'Description', kind: 'string' };
export const main: FieldSpec = { wire: 'main', displayName: 'Main Policy', kind: 'boolean', description: 'Whether this is the company\'s main time off policy' };
