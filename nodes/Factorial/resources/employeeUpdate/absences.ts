import { feed } from './fields';

export const [getAbsences, getAbsence] = feed({ path: 'absences', one: 'Absence', many: 'Absences', singular: 'Absence', plural: 'Absences', what: 'absences that changed an employee\'s availability' });
