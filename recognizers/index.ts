/**
 * The built-in recognizers and the presets built from their metadata.
 * `import { builtinRecognizers, presets } from 'pii-scan/recognizers'`.
 */
import type { Recognizer } from '../src/types.js';
import { abaRoutingNumber } from './aba-routing-number.js';
import { anthropicApiKey } from './anthropic-api-key.js';
import { auAbn } from './au-abn.js';
import { auTfn } from './au-tfn.js';
import { awsAccessKey } from './aws-access-key.js';
import { awsSecretKey } from './aws-secret-key.js';
import { azureStorageKey } from './azure-storage-key.js';
import { brCpf } from './br-cpf.js';
import { caSin } from './ca-sin.js';
import { creditCard } from './credit-card.js';
import { cryptoAddress } from './crypto.js';
import { dateTime } from './date-time.js';
import { deTaxId } from './de-tax-id.js';
import { email } from './email.js';
import { esNie } from './es-nie.js';
import { esNif } from './es-nif.js';
import { frNir } from './fr-nir.js';
import { genericSecret } from './generic-secret.js';
import { githubToken } from './github-token.js';
import { gitlabToken } from './gitlab-token.js';
import { googleApiKey } from './google-api-key.js';
import { httpAuth } from './http-auth.js';
import { iban } from './iban.js';
import { inAadhaar } from './in-aadhaar.js';
import { inPan } from './in-pan.js';
import { ipAddress } from './ip-address.js';
import { itFiscalCode } from './it-fiscal-code.js';
import { jwkPrivateKey } from './jwk-private-key.js';
import { jwt } from './jwt.js';
import { macAddress } from './mac-address.js';
import { medicalLicense } from './medical-license.js';
import { natsNkeySeed } from './nats-nkey-seed.js';
import { nlBsn } from './nl-bsn.js';
import { nlpEntities } from './nlp-entities.js';
import { npmToken } from './npm-token.js';
import { openaiApiKey } from './openai-api-key.js';
import { passwordInUrl } from './password-in-url.js';
import { phone } from './phone.js';
import { plPesel } from './pl-pesel.js';
import { privateKey } from './private-key.js';
import { otpSecret } from './otp-secret.js';
import { pypiToken } from './pypi-token.js';
import { sePersonnummer } from './se-personnummer.js';
import { sendgridKey } from './sendgrid-key.js';
import { sgNric } from './sg-nric.js';
import { slackToken } from './slack-token.js';
import { slackWebhook } from './slack-webhook.js';
import { stripeKey } from './stripe-key.js';
import { twilioKey } from './twilio-key.js';
import { ukNhs } from './uk-nhs.js';
import { ukNino } from './uk-nino.js';
import { url } from './url.js';
import { usBankNumber } from './us-bank-number.js';
import { usDriverLicense } from './us-driver-license.js';
import { usItin } from './us-itin.js';
import { usPassport } from './us-passport.js';
import { usSsn } from './us-ssn.js';

export {
  abaRoutingNumber,
  anthropicApiKey,
  auAbn,
  auTfn,
  awsAccessKey,
  awsSecretKey,
  azureStorageKey,
  brCpf,
  caSin,
  creditCard,
  cryptoAddress,
  dateTime,
  deTaxId,
  email,
  esNie,
  esNif,
  frNir,
  genericSecret,
  githubToken,
  gitlabToken,
  googleApiKey,
  httpAuth,
  iban,
  inAadhaar,
  inPan,
  ipAddress,
  itFiscalCode,
  jwkPrivateKey,
  jwt,
  macAddress,
  medicalLicense,
  natsNkeySeed,
  nlBsn,
  nlpEntities,
  npmToken,
  openaiApiKey,
  otpSecret,
  passwordInUrl,
  phone,
  plPesel,
  privateKey,
  pypiToken,
  sePersonnummer,
  sendgridKey,
  sgNric,
  slackToken,
  slackWebhook,
  stripeKey,
  twilioKey,
  ukNhs,
  ukNino,
  url,
  usBankNumber,
  usDriverLicense,
  usItin,
  usPassport,
  usSsn,
};

/** Every built-in recognizer, in the order the analyzer runs them (generic, national, secrets). */
export const builtinRecognizers: readonly Recognizer<any>[] = [
  email, phone, creditCard, iban, ipAddress, macAddress, url, cryptoAddress, dateTime, nlpEntities,
  usSsn, usItin, usPassport, usDriverLicense, usBankNumber, abaRoutingNumber, medicalLicense, ukNhs, ukNino,
  caSin, inAadhaar, inPan, esNif, esNie, itFiscalCode, deTaxId, frNir, brCpf, auTfn, auAbn, sgNric, plPesel, sePersonnummer, nlBsn,
  // Secrets: fixed shapes first, then structures, then the generic key-name rule.
  awsAccessKey, awsSecretKey, githubToken, gitlabToken, slackToken, slackWebhook, stripeKey, googleApiKey, openaiApiKey,
  anthropicApiKey, twilioKey, sendgridKey, npmToken, pypiToken, azureStorageKey, natsNkeySeed, jwt, privateKey, jwkPrivateKey, otpSecret,
  httpAuth, passwordInUrl, genericSecret,
];

/** Preset names and what they select; `country:<cc>` selects a country's national identifiers. */
export const PRESET_NAMES = ['recommended', 'all', 'pii', 'secrets'] as const;

/**
 * The recognizer ids a preset selects, or undefined when `name` is not a preset.
 * - `recommended`: the set an English-language dataset needs (generic, US, UK NHS, common secrets)
 * - `all`: every built-in
 * - `pii` / `secrets`: by category
 * - `country:de`: the national identifiers of one country
 *
 * @example presetRecognizerIds('country:de') // ['de-tax-id', ...]
 */
export function presetRecognizerIds(name: string): string[] | undefined {
  const pick = (keep: (r: Recognizer<any>) => boolean) => builtinRecognizers.filter(keep).map((r) => r.meta.id);
  switch (name) {
    case 'recommended': return pick((r) => r.meta.recommended);
    case 'all': return pick(() => true);
    case 'pii': return pick((r) => r.meta.category !== 'secret');
    case 'secrets': return pick((r) => r.meta.category === 'secret');
  }
  const country = /^country:([a-z]{2})$/.exec(name)?.[1];
  return country ? pick((r) => r.meta.country === country) : undefined;
}

/** Preset name -> recognizer ids, for listing. */
export const presets: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  PRESET_NAMES.map((n) => [n, presetRecognizerIds(n)!]),
);
