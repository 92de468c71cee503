'use strict';
// Team membership shows in two places: teams/memberships rows and the team object's employee_ids /
// lead_ids. Memberships are the source; these helpers mirror each change onto the team.

function setTeamMember(store, teamId, employeeId, lead) {
	const teams = store.get('teams');
	const team = teams.get(teamId);
	if (!team) return;
	const employeeIds = team.employee_ids.includes(employeeId) ? team.employee_ids : [...team.employee_ids, employeeId];
	const others = team.lead_ids.filter((id) => id !== employeeId);
	teams.update(team.id, { employee_ids: employeeIds, lead_ids: lead ? [...others, employeeId] : others });
}

function dropTeamMember(store, teamId, employeeId) {
	const teams = store.get('teams');
	const team = teams.get(teamId);
	if (!team) return;
	teams.update(team.id, {
		employee_ids: team.employee_ids.filter((id) => id !== employeeId),
		lead_ids: team.lead_ids.filter((id) => id !== employeeId),
	});
}

const findMembership = (store, teamId, employeeId) =>
	store.get('memberships').all().find((m) => m.team_id === teamId && m.employee_id === employeeId) || null;

// For writes made outside the memberships entry (create_with_contract's team_id): a plain, non-lead
// membership row, unless the employee is already in the team.
function joinTeam(store, companyId, teamId, employeeId) {
	if (!teamId || !store.get('teams').get(teamId) || findMembership(store, teamId, employeeId)) return;
	store.get('memberships').insert({ id: null, company_id: companyId, employee_id: employeeId, team_id: teamId, lead: false });
	setTeamMember(store, teamId, employeeId, false);
}

module.exports = { setTeamMember, dropTeamMember, findMembership, joinTeam };
