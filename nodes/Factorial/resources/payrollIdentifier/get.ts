import { getById } from '../../engine/commonOperations';
import { payrollIdentifierId } from './fields';

export const get = getById({ noun: 'payroll identifier', path: 'payroll_employees/identifiers/{id}', id: payrollIdentifierId });
