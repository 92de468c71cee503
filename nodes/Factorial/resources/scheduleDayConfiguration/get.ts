import { getById } from '../../engine/commonOperations';
import { recordId } from '../../engine/commonFields';

export const get = getById({ noun: 'schedule day', path: 'work_schedule/day_configurations/{id}', id: recordId('dayConfigurationId', 'Schedule Day ID') });
