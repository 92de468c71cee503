import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const workScheduleId = recordId('workScheduleId', 'Work Schedule ID');
export const name: FieldSpec = { wire: 'name', displayName: 'Name', kind: 'string', placeholder: 'e.g. Summer hours' };
