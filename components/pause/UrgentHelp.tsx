import { countryInSentence, FIND_A_HELPLINE_URL, findCountry, smsLink, telLink, whatsappLink } from '../../lib/helplines';

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
