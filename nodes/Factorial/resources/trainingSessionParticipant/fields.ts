import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const sessionParticipantId = recordId('sessionParticipantId', 'Session Participant ID');
export const notify: FieldSpec = { wire: 'notify', displayName: 'Notify', kind: 'boolean', default: false, description: 'Whether Factorial notifies the employees' };
