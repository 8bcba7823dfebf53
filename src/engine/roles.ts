import { isNationality } from '../article/lexicon.ts';
import type { Analysis, Entity } from '../core/types.ts';

/**
 * The words a person's role is known by. A counterpart takes the role of the person they are the counterpart
 * of ("his Italian counterpart" of the French Foreign Minister is an Italian Foreign Minister): the other
 * person's role words, less their nationality, join the counterpart's own.
 */
export function roleOf(entity: Entity, analysis: Analysis): string {
  if (!/\bcounterpart\b/i.test(entity.role)) return entity.role;
  const first = entity.mentions[0];
  const other = analysis.entities.find((e) => e.id !== entity.id && e.type === 'person' && e.role && !/\bcounterpart\b/i.test(e.role) && first !== undefined && e.mentions.includes(first));
  if (!other) return entity.role;
  const borrowed = other.role.split(/\s+/).filter((w, i) => !(i === 0 && isNationality(w)));
  return `${entity.role} ${borrowed.join(' ')}`;
}
