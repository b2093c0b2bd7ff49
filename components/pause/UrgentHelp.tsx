import { countryInSentence, FIND_A_HELPLINE_URL, findCountry, smsLink, telLink, whatsappLink } from '../../lib/helplines';
import type { OrgHelpline } from '../../lib/prefs/organisation';

export interface UrgentHelpProps {
  /** ISO code the person picked; '' when none. Never guessed from location. */
  country: string;
  /** Helplines an organisation set, shown first and marked as the organisation's. */
  organisation?: { name: string; helplines: readonly OrgHelpline[] } | null;
}

/** Numbers to call or text, for the country the person chose, plus a worldwide directory. */
export function UrgentHelp({ country, organisation }: UrgentHelpProps) {
  const help = country ? findCountry(country) : undefined;
  const own = organisation?.helplines ?? [];
  return (
    <div class="urgent-help">
      {organisation && own.length > 0 && (
        <div class="org-helplines">
          <p dir="auto">From {organisation.name}:</p>
          <ul aria-label={`Helplines from ${organisation.name}`}>
            {own.map((line) => (
              <li key={line.name}>
                <span dir="auto">{line.name}</span>
                {[
                  line.phone && <>call <a href={telLink(line.phone)}>{line.phone}</a></>,
                  line.text && <>text <a href={`sms:${line.text.replace(/[\s().-]/g, '')}`}>{line.text}</a></>,
                  line.url && <a href={line.url} target="_blank" rel="noopener noreferrer">their website</a>,
                ]
                  .filter(Boolean)
                  .map((way, i) => (
                    <span key={i}>{i === 0 ? ': ' : ', '}{way}</span>
                  ))}
                {line.hours && <span class="muted"> ({line.hours})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {help ? (
        <>
          <p>
            In {countryInSentence(help)}, for an emergency call <a href={telLink(help.emergency)}>{help.emergency}</a>.
          </p>
          <ul>
            {help.helplines.map((line) => {
              const ways = [
                line.phone && <>call <a href={telLink(line.phone)}>{line.phone}</a></>,
                line.text && (
                  <>
                    text {line.textKeyword && <>{line.textKeyword} to </>}
                    <a href={smsLink(line)}>{line.text}</a>
                  </>
                ),
                line.whatsapp && (
                  <>
                    WhatsApp <a href={whatsappLink(line.whatsapp)} target="_blank" rel="noopener noreferrer">{line.whatsapp}</a>
                  </>
                ),
              ].filter(Boolean);
              return (
                <li key={line.name}>
                  {line.name}
                  {ways.map((way, i) => (
                    <span key={i}>{i === 0 ? ': ' : ', '}{way}</span>
                  ))}
                  {line.hours && <span class="muted"> ({line.hours})</span>}
                </li>
              );
            })}
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
