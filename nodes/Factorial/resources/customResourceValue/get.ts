import { recordId } from '../../engine/commonFields';
import { getById } from '../../engine/commonOperations';

export const get = getById({ noun: 'custom resource value', path: 'custom_resources/values/{id}', id: recordId('customResourceValueId', 'Value ID') });
