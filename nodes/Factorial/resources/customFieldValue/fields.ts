import { recordId } from '../../engine/commonFields';

export const customFieldValueId = recordId('customFieldValueId', 'Custom Field Value ID');
