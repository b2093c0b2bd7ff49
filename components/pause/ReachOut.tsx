import type { Person } from '../../lib/prefs/schema';

export interface ReachOutProps {
  people: readonly Person[];
}

/** One-tap links to the person's own people. Steady never sends anything itself. */
export function ReachOut({ people }: ReachOutProps) {
  return (
    <ul class="people">
      {people.map((person) => (
        <li key={person.id}>
          <a class="button" href={person.link} target="_blank" rel="noopener noreferrer">
            <span dir="auto">{person.name}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
