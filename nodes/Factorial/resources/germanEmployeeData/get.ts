import { getById } from '../../engine/commonOperations';
import { germanEmployeeDataId } from './fields';

export const get = getById({ noun: 'German employee data record', path: 'payroll_employees/german_employee_data/{id}', id: germanEmployeeDataId });
