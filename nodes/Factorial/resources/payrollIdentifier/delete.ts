import { deleteById } from '../../engine/commonOperations';
import { payrollIdentifierId } from './fields';

export const deleteOperation = deleteById({ noun: 'payroll identifier', path: 'payroll_employees/identifiers/{id}', id: payrollIdentifierId });
