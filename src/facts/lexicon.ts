/** Word lists for telling people, organisations, outlets and places apart (lowercased). */

/** Splits a word list written as one string. */
function words(list: string, sep = ' '): string[] {
  return list
    .split(sep === ' ' ? /\s+/ : sep)
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
}

/** Titles and role nouns that come before a name or head a role phrase. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  words(`
president presidents president-elect vice minister premier chancellor secretary senator sen.
rep. representative congressman congresswoman congressperson assemblyman assemblywoman
assemblymember councilman councilwoman councillor councilor governor gov. mayor mayor-elect
judge justice director dr. mr. mrs. ms. mx. mr mrs ms dr prof prof. professor king queen prince
princess lord lady sir dame pope archbishop bishop cardinal rev. reverend father imam rabbi
chief chairman chairwoman chairperson chair commissioner ambassador spokesman spokeswoman
spokesperson sheriff inspector detective officer sergeant sgt. captain capt. colonel col.
general gen. lt. lieutenant admiral commander attorney prosecutor speaker leader deputy ceo
founder editor coach economist analyst scholar protester activist democrat republican sultan
emperor sheikh crown mp mep candidate nominee official head executive founder dean researcher
scientist doctor nurse lawyer whip minister-president first prime ex-prime ex-president former
superintendent treasurer comptroller auditor magistrate envoy diplomat senior state assistant
associate newly acting interim trade police health interior foreign finance defence defense
organiser organizer campaigner resident student teacher farmer worker pastor priest owner
manager volunteer witness survivor neighbour neighbor historian lecturer expert consultant
adviser advisor pollster commentator columnist journalist reporter correspondent author writer
poet artist singer actor actress player striker midfielder defender goalkeeper skipper referee
cllr supt.
sens. reps. govs. drs. messrs. legislator legislators lawmaker lawmakers voter voters delegate
trustee alderman alderwoman supervisor clerk registrar firefighter soldier paramedic
member members supporter supporters rapper musician comedian presenter broadcaster drummer
vocalist frontman frontwoman bandleader blogger influencer filmmaker producer photographer
entrepreneur tycoon magnate billionaire monarch cleric
`),
)

/** Words that head a role phrase standing for a person or body ("the mayor-elect", "the party"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set(
  words(`
president president-elect mayor mayor-elect minister premier chancellor governor senator
congressman congresswoman assemblywoman assemblyman king queen prince princess court party
commissioner chairperson chairman chairwoman spokesman spokeswoman spokesperson director judge
leader prosecutor ministry government company palace agency council commission union association
administration secretary chief ceo professor representative socialist candidate nominee pope
bishop archbishop ambassador monarch sheriff police department committee organisation
organization group campaign senate house parliament lawmaker official executive founder coach
billionaire activist businessman businesswoman firm business superintendent treasurer auditor
councillor councilor justice magistrate cardinal rabbi imam pastor priest cleric general admiral
colonel captain lawyer attorney detective inspector researcher scientist economist historian
speaker deputy lieutenant sergeant
`),
)

/** Words that mark an organisation (or a place) rather than a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  words(`
party university institute institut council association court bank fund union organization
organisation ministry department commission committee agency bureau office academy college
school society federation league board authority services service center centre health house
parliament congress senate assembly government administration corporation company inc. ltd group
network foundation trust church orchestra charity police army navy force forces times post news
journal press herald tribune guardian telegraph reuters street city state states kingdom
republic island islands county province coast square avenue road airport hospital clinic
platform movement front alliance coalition program programme programs act bill treaty agreement
area zone summit trial festival championship cup games series award prize media tv radio channel
twitter instagram facebook tiktok youtube dynasty family chamber secretariat mission embassy
council nations corps brigade lab laboratory labs research national international global
pharmaceuticals technologies systems capital therapeutics forum caucus congregation dicastery
tribunal cabinet directorate inspectorate synod curia diocese archdiocese conference
`),
)

/** Outlets that are cited as sources (lowercased, without a leading "the"). */
export const OUTLETS: ReadonlySet<string> = new Set(
  words(
    'guardian|bbc|bbc news|cnn|reuters|associated press|ap|afp|agence france-presse|new york times|washington post|wall street journal|financial times|times|telegraph|independent|economist|fox news|nbc|nbc news|abc|abc news|cbs|cbs news|npr|bloomberg|al jazeera|sky news|politico|axios|the hill|usa today|los angeles times|daily mail|the sun|mirror|observer|le monde|der spiegel|dpa|xinhua|tass|kyodo|yonhap|ani|pti|efe|ansa|itv|channel 4|msnbc|cnbc|vox|huffpost|buzzfeed news|the atlantic|new yorker|time|newsweek|forbes|axel springer|south china morning post|straits times|times of india|hindustan times|the australian|abc australia|cbc|ctv|global news|rte|euronews|deutsche welle|dw|france 24|rfi|voice of america|voa|radio free europe|axios',
    '|',
  ),
)

/** Multi-word place names that look like personal names. */
export const PLACE_STARTS: ReadonlySet<string> = new Set(
  words(`
new north south east west san santa los las saint st. port fort mount lake cape upper lower
greater central northern southern eastern western sri saudi puerto costa el tel abu buenos
rio united great democratic european african american asian middle latin white
capitol silicon
`),
)

/** Capitalised words that start sentences but are not names. */
export const COMMON_CAPITALISED: ReadonlySet<string> = new Set(
  words(`
the a an in on at according however despite during while when after before with without
throughout besides recently currently officially although following among past per this that
these those it its he she they we i his her their our is speaking but and or so if as for from
by to of meanwhile still yet also then now today yesterday tomorrow earlier later last next
since until because once there here what who why how where which some many most more all both
each every no not one two three several other another such even only just about around over
under into through against between ex former newly my your you me us him them whenever wherever
unlike like amid upon under further furthermore moreover instead thus indeed still again already
perhaps maybe yes do does did has have had was were are be will would can could should may might
must shortly reports sources police officials analysts critics experts residents politicians
leaders multiple seven four five six eight nine ten vigils dear thank please let well oh
though whereas unless nevertheless nonetheless likewise otherwise additionally notably ultimately
finally initially eventually subsequently consequently hence therefore overall separately
similarly elsewhere namely nor
`),
)

export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'p'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'p'],
])

export const MALE_TITLES: ReadonlySet<string> = new Set(
  words(`
mr. mr king prince lord sir congressman assemblyman councilman chairman spokesman father
businessman
`),
)
export const FEMALE_TITLES: ReadonlySet<string> = new Set(
  words(`
mrs. ms. mrs ms queen princess lady dame congresswoman assemblywoman councilwoman chairwoman
spokeswoman businesswoman
`),
)

/** Words that cannot be part of a role phrase before a name. */
export const ROLE_STOPS: ReadonlySet<string> = new Set(
  words(`
the a an said told of to with by from in on at for that which who as is was were has have had
after before when while his her their its our my your according and but or also says added wrote
between since about like than if it he she they we
`),
)

/** Weekdays and months (but "may", also a surname and a verb): calendar words, never names. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  words(`
monday tuesday wednesday thursday friday saturday sunday january february march april june
july august september october november december
`),
)

/** Nationality and regional adjectives and languages: a lone one qualifies a noun, it names no one. */
export const DEMONYMS: ReadonlySet<string> = new Set(
  words(`
african american asian european arab arabic latin nordic scandinavian caribbean pacific
afghan albanian algerian angolan argentine argentinian armenian australian austrian
azerbaijani bangladeshi belarusian belgian beninese bolivian bosnian brazilian british
bulgarian burmese burundian cambodian cameroonian canadian chadian chilean chinese colombian
congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english
eritrean estonian ethiopian fijian filipino finnish french gabonese gambian georgian german
ghanaian greek guatemalan guinean haitian honduran hungarian icelandic indian indonesian
iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean
kosovar kurdish kuwaiti kyrgyz lao laotian latvian lebanese liberian libyan lithuanian
malagasy malawian malaysian malian maltese mauritanian mexican moldovan mongolian moroccan
mozambican namibian nepalese nigerian nigerien nicaraguan norwegian omani pakistani
palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian russian
rwandan saudi scottish senegalese serbian sierra singaporean slovak slovenian somali
spanish sudanese swedish swiss syrian taiwanese tajik tanzanian thai tibetan togolese
tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh
yemeni zambian zimbabwean hindi urdu swahili mandarin cantonese hebrew latino hispanic
catholic protestant muslim jewish christian hindu buddhist sikh evangelical anglican lutheran
methodist baptist mormon
`),
)

/** Nouns that follow the title of a law, plan or framework ("the … framework"). */
export const WORK_TYPES: ReadonlySet<string> = new Set(
  words(`
act bill law framework plan programme program initiative scheme strategy policy protocol
treaty agreement accord doctrine convention charter report directive regulation
`),
)

/** Endings of company names ("… Biotherapeutics", "… Technologies"). */
export const COMPANY_ENDINGS =
  /(?:therapeutics|pharmaceuticals|pharma|technologies|industries|holdings|systems|solutions|sciences|biosciences|laboratories|airlines|motors|energy|networks|partners|enterprises|ventures|capital|corp|inc)$/
