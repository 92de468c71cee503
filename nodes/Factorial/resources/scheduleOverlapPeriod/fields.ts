import { recordId } from '../../engine/commonFields';

export const overlapPeriodId = recordId('overlapPeriodId', 'Schedule Period ID');
