/**
 * Party and state from the tags legislators carry in the news: "Rep. Jane Roe (D-OR)", "Sen. Tom Alder
 * (R-South Carolina)", "Ann Cole, R-N.C.", "(D-CA-12)". The frame a civics teacher reads for a bill's
 * sponsors: who they are and which state sends them.
 */
import type { Evidence, PersonFact } from '../../schema'
import { type Context, remember } from '../context'
import { articleSentences } from './sentences'

export const STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
}

/** Older newsroom abbreviations ("Ind.", "Calif.", "N.C."), without dots. */
const AP_STYLE: Record<string, string> = {
  ALA: 'AL',
  ARIZ: 'AZ',
  ARK: 'AR',
  CALIF: 'CA',
  COLO: 'CO',
  CONN: 'CT',
  DEL: 'DE',
  FLA: 'FL',
  ILL: 'IL',
  IND: 'IN',
  KAN: 'KS',
  KANS: 'KS',
  MASS: 'MA',
  MICH: 'MI',
  MINN: 'MN',
  MISS: 'MS',
  MONT: 'MT',
  NEB: 'NE',
  NEV: 'NV',
  OKLA: 'OK',
  ORE: 'OR',
  TENN: 'TN',
  TEX: 'TX',
  WASH: 'WA',
  WIS: 'WI',
  WYO: 'WY',
  PENN: 'PA',
}

const PARTIES: Record<string, string> = { D: 'Democrat', R: 'Republican', I: 'Independent' }

/** A state written any of the ways a tag writes it, as its full name; null when it is none. */
export function stateName(written: string): string | null {
  const plain = written.replace(/\./g, '').replace(/\s+/g, ' ').trim()
  const upper = plain.toUpperCase().replace(/\s/g, '')
  if (STATES[upper]) return STATES[upper] ?? null
  const ap = AP_STYLE[upper]
  if (ap) return STATES[ap] ?? null
  return Object.values(STATES).find((s) => s.toLowerCase() === plain.toLowerCase()) ?? null
}

export interface Delegate {
  person: PersonFact
  party: string
  state: string
  evidence: Evidence
}

/** "(D-OR)", "(R-South Carolina)", ", R-N.C.,", "(D-CA-12)": party letter, state, optional district. */
const TAG = /^\s*[,(]\s*([DRI])\s*[-–]\s*([A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?)(?:\s*[-–]\s*\d{1,2})?\s*[),]/

/** A district tag without the party: "(GA-5)", "(VA-03)" — the state's postal code and the district. */
const DISTRICT_TAG = /^\s*\(\s*([A-Z]{2})\s*[-–]\s*\d{1,2}\s*\)/

/** Every person of the facts followed by a party-state tag, once each. */
export function delegates(ctx: Context): Delegate[] {
  return remember(ctx, 'frames:delegates', () => {
    const out: Delegate[] = []
    const seen = new Set<PersonFact>()
    for (const s of articleSentences(ctx)) {
      // a tag is a party letter and a dash: sentences without one are passed over
      if (!/[,(]\s*[DRI]\s*[-–]|\(\s*[A-Z]{2}\s*[-–]\s*\d/.test(s.text)) continue
      for (const p of ctx.people.people) {
        if (p.kind !== 'person' || seen.has(p)) continue
        for (const n of ctx.people.namesOf(p)) {
          const at = s.text.indexOf(n)
          if (at < 0) continue
          const tail = s.text.slice(at + n.length, at + n.length + 40)
          const m = TAG.exec(tail)
          const district = m ? null : DISTRICT_TAG.exec(tail)
          const state = m ? stateName(m[2] ?? '') : district ? stateName(district[1] ?? '') : null
          if (!state) continue
          out.push({ person: p, party: m ? (PARTIES[m[1] ?? ''] ?? '') : '', state, evidence: s })
          seen.add(p)
          break
        }
      }
    }
    return out
  })
}
