/**
 * Names of countries and a few regions, so that a place the name finder took for an organisation or
 * a person ("Niger", "Cambodia", "the Democratic Republic of the Congo") is typed as a place.
 * US states come from us-states.ts.
 */
import { usState } from './us-states'

const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|
Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|
Chad|Chile|China|Colombia|Comoros|Congo|Democratic Republic of the Congo|Republic of the Congo|Costa Rica|Croatia|
Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|
El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|
Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|
Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|
Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|
Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|
Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|
Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|
Russia|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|
Slovenia|Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|
Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|
Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|United States of America|Uruguay|Uzbekistan|
Vanuatu|Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|US|USA|UK|U.S.|U.S.A.|U.K.|D.C.|DRC|UAE|
England|Scotland|Wales|Northern Ireland|Great Britain|Britain|Hong Kong|Macau|Tibet|Greenland|Puerto Rico|Gaza|
West Bank|Crimea|Kashmir|Catalonia|Quebec|Europe|Africa|Asia|Antarctica|North America|South America|Latin America|
Middle East|Persian Gulf|Caribbean|Balkans|Scandinavia`

const PLACE_NAMES: ReadonlySet<string> = new Set(
  COUNTRIES.split('|')
    .map((n) => n.trim().toLowerCase())
    .filter((n) => n !== ''),
)

/** Whether `name` (a leading "the" ignored) names a country, a region or a US state. */
export function isPlaceName(name: string): boolean {
  const n = name.replace(/^the\s+/i, '').trim()
  return PLACE_NAMES.has(n.toLowerCase()) || (usState(n) !== null && /\p{Ll}/u.test(n))
}
