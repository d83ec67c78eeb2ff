/**
 * US states and territories by postal code and by the AP-style abbreviations lawmakers' party tags
 * use ("(D-CA)", "R-Okla.", "(R-Texas)", "(GA-5)").
 */
const STATES: ReadonlyArray<readonly [string, string, ...string[]]> = [
  ['Alabama', 'AL', 'Ala.'],
  ['Alaska', 'AK'],
  ['Arizona', 'AZ', 'Ariz.'],
  ['Arkansas', 'AR', 'Ark.'],
  ['California', 'CA', 'Calif.', 'Cal.'],
  ['Colorado', 'CO', 'Colo.'],
  ['Connecticut', 'CT', 'Conn.'],
  ['Delaware', 'DE', 'Del.'],
  ['District of Columbia', 'DC', 'D.C.'],
  ['Florida', 'FL', 'Fla.'],
  ['Georgia', 'GA', 'Ga.'],
  ['Hawaii', 'HI'],
  ['Idaho', 'ID'],
  ['Illinois', 'IL', 'Ill.'],
  ['Indiana', 'IN', 'Ind.'],
  ['Iowa', 'IA'],
  ['Kansas', 'KS', 'Kan.', 'Kans.'],
  ['Kentucky', 'KY', 'Ky.'],
  ['Louisiana', 'LA', 'La.'],
  ['Maine', 'ME'],
  ['Maryland', 'MD', 'Md.'],
  ['Massachusetts', 'MA', 'Mass.'],
  ['Michigan', 'MI', 'Mich.'],
  ['Minnesota', 'MN', 'Minn.'],
  ['Mississippi', 'MS', 'Miss.'],
  ['Missouri', 'MO', 'Mo.'],
  ['Montana', 'MT', 'Mont.'],
  ['Nebraska', 'NE', 'Neb.', 'Nebr.'],
  ['Nevada', 'NV', 'Nev.'],
  ['New Hampshire', 'NH', 'N.H.'],
  ['New Jersey', 'NJ', 'N.J.'],
  ['New Mexico', 'NM', 'N.M.', 'N.Mex.'],
  ['New York', 'NY', 'N.Y.'],
  ['North Carolina', 'NC', 'N.C.'],
  ['North Dakota', 'ND', 'N.D.', 'N.Dak.'],
  ['Ohio', 'OH'],
  ['Oklahoma', 'OK', 'Okla.'],
  ['Oregon', 'OR', 'Ore.', 'Oreg.'],
  ['Pennsylvania', 'PA', 'Pa.', 'Penn.'],
  ['Rhode Island', 'RI', 'R.I.'],
  ['South Carolina', 'SC', 'S.C.'],
  ['South Dakota', 'SD', 'S.D.', 'S.Dak.'],
  ['Tennessee', 'TN', 'Tenn.'],
  ['Texas', 'TX', 'Tex.'],
  ['Utah', 'UT'],
  ['Vermont', 'VT', 'Vt.'],
  ['Virginia', 'VA', 'Va.'],
  ['Washington', 'WA', 'Wash.'],
  ['West Virginia', 'WV', 'W.Va.', 'W.V.'],
  ['Wisconsin', 'WI', 'Wis.', 'Wisc.'],
  ['Wyoming', 'WY', 'Wyo.'],
  ['American Samoa', 'AS'],
  ['Guam', 'GU'],
  ['Northern Mariana Islands', 'MP'],
  ['Puerto Rico', 'PR', 'P.R.'],
  ['U.S. Virgin Islands', 'VI'],
]

const BY_KEY: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>()
  for (const [name, ...keys] of STATES) {
    m.set(name.toLowerCase(), name)
    for (const k of keys) m.set(k.toLowerCase(), name)
  }
  return m
})()

/** The state's full name for a postal code, an abbreviation or the name itself; null when none. */
export function usState(label: string): string | null {
  const key = label.trim().toLowerCase()
  return BY_KEY.get(key) ?? BY_KEY.get(key.replace(/\.$/, '')) ?? BY_KEY.get(`${key}.`) ?? null
}

const PARTIES: ReadonlyMap<string, string> = new Map([
  ['d', 'Democratic'],
  ['r', 'Republican'],
  ['i', 'Independent'],
])

/** "D" → "Democratic", "R" → "Republican", "I" → "Independent"; null otherwise. */
export function partyOf(letter: string): string | null {
  return PARTIES.get(letter.toLowerCase()) ?? null
}
