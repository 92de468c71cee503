import { getById } from '../../engine/commonOperations';
import { employeeId } from './fields';

export const get = getById({ noun: 'employee', path: 'employees/employees/{id}', id: employeeId });
