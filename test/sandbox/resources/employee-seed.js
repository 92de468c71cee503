'use strict';
// Deterministic company population: same seed, same people. Dates sit in a fixed past range so that
// "active as of today" answers never drift between runs.
const { createPrng } = require('../prng');
const { fold } = require('../filters');

const FIRST_NAMES = [
	['Ana', 'female'], ['Marc', 'male'], ['Laura', 'female'], ['Jordi', 'male'], ['Lucía', 'female'],
	['Pablo', 'male'], ['Marta', 'female'], ['Sergio', 'male'], ['Núria', 'female'], ['David', 'male'],
	['Elena', 'female'], ['Javier', 'male'], ['Sofía', 'female'], ['Álvaro', 'male'], ['Carla', 'female'],
	['Hugo', 'male'], ['Irene', 'female'], ['Óscar', 'male'], ['Paula', 'female'], ['Raúl', 'male'],
	['Emma', 'female'], ['Oliver', 'male'], ['Chloe', 'female'], ['James', 'male'], ['Amelia', 'female'],
	['Noah', 'male'], ['Léa', 'female'], ['Jonas', 'male'], ['Giulia', 'female'], ['Matteo', 'male'],
];
const LAST_NAMES = [
	'García', 'Martínez', 'López', 'Sánchez', 'Pérez', 'Gómez', 'Fernández', 'Ruiz', 'Díaz', 'Moreno',
	'Muñoz', 'Álvarez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'Vidal', 'Puig', 'Serra', 'Ferrer',
	'Smith', 'Taylor', 'Brown', 'Wilson', 'Müller', 'Schmidt', 'Rossi', 'Bianchi', 'Dubois', 'Martin',
];
const TERMINATION_REASONS = ['Voluntary resignation', 'End of contract', 'Dismissal', 'Relocation'];

const DAY = 86400000;
const HIRING_FROM = Date.parse('2018-01-08T09:00:00Z');
const HIRING_TO = Date.parse('2026-06-30T09:00:00Z');
const LAST_UPDATE = Date.parse('2026-09-30T18:00:00Z');

const dateOnly = (ms) => new Date(ms).toISOString().slice(0, 10);

// locations: seeded location rows, main first; teams: seeded team rows.
function seedEmployees(ctx, { count, seed, locations, teams, legalEntityId }) {
	const rng = createPrng(seed);
	const managerPool = Math.max(3, Math.round(count / 15));
	const leads = new Map(teams.map((t) => [t.id, []]));
	const members = new Map(teams.map((t) => [t.id, []]));
	const people = [];
	for (let i = 1; i <= count; i++) {
		const [first, gender] = rng.pick(FIRST_NAMES);
		const last = rng.pick(LAST_NAMES);
		const roll = rng.next();
		const location = roll < 0.6 ? locations[0] : roll < 0.9 ? locations[1 % locations.length] : locations[2 % locations.length];
		const hiredAt = HIRING_FROM + Math.floor(((i - 1) / Math.max(1, count)) * (HIRING_TO - HIRING_FROM)) + rng.int(0, 20) * 3600000;
		const updatedAt = hiredAt + Math.floor(rng.next() * (LAST_UPDATE - hiredAt));
		const terminated = i > 1 && rng.chance(0.12);
		const terminatedOn = terminated ? dateOnly(hiredAt + 30 * DAY + Math.floor(rng.next() * Math.max(DAY, HIRING_TO - hiredAt - 30 * DAY))) : null;
		let managerId = null;
		if (i > 1) managerId = String(i <= managerPool ? rng.int(1, i - 1) : rng.int(1, managerPool));
		const team = i === 1 ? teams[3 % teams.length] : rng.pick(teams);
		const email = `${fold(first)}.${fold(last)}.${i}@sandbox-labs.example`.replace(/[^a-z0-9.@-]/g, '');
		const employee = ctx.insert({
			first_name: first,
			last_name: last,
			gender,
			email,
			login_email: email,
			birthday_on: `${rng.int(1960, 2003)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
			nationality: location.country,
			country: location.country,
			city: location.city,
			company_id: ctx.fixtures.companyId,
			legal_entity_id: legalEntityId,
			location_id: location.id,
			created_at: new Date(hiredAt).toISOString(),
			updated_at: new Date(Math.max(updatedAt, terminated ? Date.parse(terminatedOn) : 0)).toISOString(),
			terminated_on: terminatedOn,
			termination_reason: terminated ? rng.pick(TERMINATION_REASONS) : null,
			manager_id: managerId,
			timeoff_manager_id: managerId,
			phone_number: `+34 6${String(10000000 + ((i * 7919) % 89999999)).padStart(8, '0')}`,
			company_identifier: `EMP-${String(i).padStart(5, '0')}`,
			seniority_calculation_date: dateOnly(hiredAt),
			attendable: i % 10 !== 0,
		});
		members.get(team.id).push(employee.id);
		if (i <= managerPool && !terminated && leads.get(team.id).length < 2) leads.get(team.id).push(employee.id);
		people.push(employee);
	}
	const teamRows = ctx.store.get('teams');
	for (const team of teams) teamRows.update(team.id, { employee_ids: members.get(team.id), lead_ids: leads.get(team.id) });
	return people;
}

module.exports = { seedEmployees };
