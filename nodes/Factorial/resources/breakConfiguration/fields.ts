import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const breakConfigurationId = recordId('breakConfigurationId', 'Break Configuration ID');
export const name: FieldSpec = { wire: 'name', displayName: 'Name', kind: 'string', placeholder: 'e.g. Lunch' };
export const paid: FieldSpec = { wire: 'paid', displayName: 'Paid', kind: 'boolean', description: 'Whether the break counts as paid time' };
