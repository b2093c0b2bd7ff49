import { countryInSentence, FIND_A_HELPLINE_URL, findCountry, hoursText, smsLink, telLink, whatsappLink } from '../../lib/helplines';
import type { OrgHelpline } from '../../lib/prefs/organisation';
import { t } from '../../lib/i18n';
import { rich } from '../i18n/rich';

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
          <p dir="auto">{t('reach.from', { name: organisation.name })}</p>
          <ul aria-label={t('help.helplinesFrom', { name: organisation.name })}>
            {own.map((line) => (
              <li key={line.name}>
                <span dir="auto">{line.name}</span>
                {[
                  line.phone && <>{rich('help.call', { number: <a href={telLink(line.phone)}>{line.phone}</a> })}</>,
                  line.text && <>{rich('help.text', { number: <a href={`sms:${line.text.replace(/[\s().-]/g, '')}`}>{line.text}</a> })}</>,
                  line.url && <a href={line.url} target="_blank" rel="noopener noreferrer">{t('help.website')}</a>,
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
            {rich('help.emergency', { country: countryInSentence(help), number: <a href={telLink(help.emergency)}>{help.emergency}</a> })}
          </p>
          <ul>
            {help.helplines.map((line) => {
              const ways = [
                line.phone && <>{rich('help.call', { number: <a href={telLink(line.phone)}>{line.phone}</a> })}</>,
                line.text && (
                  <>
                    {line.textKeyword
                      ? rich('help.textKeyword', { keyword: line.textKeyword, number: <a href={smsLink(line)}>{line.text}</a> })
                      : rich('help.text', { number: <a href={smsLink(line)}>{line.text}</a> })}
                  </>
                ),
                line.whatsapp && (
                  <>
                    {rich('help.whatsapp', { number: <a href={whatsappLink(line.whatsapp)} target="_blank" rel="noopener noreferrer">{line.whatsapp}</a> })}
                  </>
                ),
              ].filter(Boolean);
              return (
                <li key={line.name}>
                  {line.name}
                  {ways.map((way, i) => (
                    <span key={i}>{i === 0 ? ': ' : ', '}{way}</span>
                  ))}
                  {line.hours && <span class="muted"> ({hoursText(line.hours)})</span>}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{t('help.chooseCountry')}</p>
      )}
      <p>
        {rich('help.elsewhere', { link: <a href={FIND_A_HELPLINE_URL} target="_blank" rel="noopener noreferrer">findahelpline.com</a> })}
      </p>
      <p class="muted">{t('help.selfHelp')}</p>
    </div>
  );
}
