import { getById } from '../../engine/commonOperations';
import { applicationId } from './fields';

export const get = getById({ noun: 'application', path: 'ats/applications/{id}', id: applicationId });
