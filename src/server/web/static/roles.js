// Sentence roles as the report names them, with the words the UI uses for them.

export const ROLES = [
  { id: 'quote', label: 'Quote', hint: 'Words in quotation marks, credited to a speaker' },
  { id: 'reported', label: 'Reported', hint: 'Someone’s claim, retold with a source' },
  { id: 'factual', label: 'Factual', hint: 'A checkable statement in the reporter’s voice' },
  { id: 'opinion', label: 'Opinion', hint: 'A judgement in the reporter’s voice' },
];

export const ROLE_IDS = new Set(ROLES.map((r) => r.id));

export function roleClass(role) {
  return ROLE_IDS.has(role) ? `role-${role}` : 'role-unknown';
}

/** Finding categories whose suggestion is a drop-in neutral word for the flagged words. */
export const REPLACEABLE = new Set(['loaded-language', 'intensifier', 'partisan-label', 'generalization']);

export const SEVERITIES = new Set(['error', 'warning', 'suggestion', 'info']);
