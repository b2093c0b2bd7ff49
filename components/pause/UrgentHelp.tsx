import { FIND_A_HELPLINE_URL, findCountry } from '../../lib/helplines';

export interface UrgentHelpProps {
  /** ISO code the person picked; '' when none. Never guessed from location. */
  country: string;
}

/** Numbers to call or text, for the country the person chose, plus a worldwide directory. */
export function UrgentHelp({ country }: UrgentHelpProps) {
  const help = country ? findCountry(country) : undefined;
  return (
    <div class="urgent-help">
      {help ? (
        <>
          <p>
            In {help.name}, for an emergency call <a href={`tel:${help.emergency.replace(/\s/g, '')}`}>{help.emergency}</a>.
          </p>
          <ul>
            {help.helplines.map((line) => (
              <li key={line.name}>
                {line.name}
                {line.phone && <>: call <a href={`tel:${line.phone.replace(/[\s-]/g, '')}`}>{line.phone}</a></>}
                {line.text && <>, text <a href={`sms:${line.text.replace(/[\s-]/g, '')}`}>{line.text}</a></>}
                {line.hours && <span class="muted"> ({line.hours})</span>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>You can choose your country in Steady's settings to see local numbers here.</p>
      )}
      <p>
        Helplines in other countries: <a href={FIND_A_HELPLINE_URL} target="_blank" rel="noopener noreferrer">findahelpline.com</a>
      </p>
      <p class="muted">Steady is a self-help tool, not therapy or a crisis service.</p>
    </div>
  );
}
