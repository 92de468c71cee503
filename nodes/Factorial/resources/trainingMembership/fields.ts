import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const trainingMembershipId = recordId('trainingMembershipId', 'Participant ID', 'The training membership\'s ID (not the employee\'s)');
export const trainingId: FieldSpec = { wire: 'training_id', displayName: 'Training ID', kind: 'id', required: true };
