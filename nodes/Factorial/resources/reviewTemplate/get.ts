import { getById } from '../../engine/commonOperations';
import { recordId } from '../../engine/commonFields';

export const get = getById({ noun: 'review template', path: 'performance/review_process_custom_templates/{id}', id: recordId('reviewTemplateId', 'Template ID') });
