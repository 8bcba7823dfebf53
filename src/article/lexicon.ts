/**
 * Word lists the article analysis relies on. Small on purpose: they cover news and encyclopedic prose,
 * and every list is a Set so look-ups stay O(1) at start-up.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Finite verbs that attribute speech or writing (lower-case). */
/** Verbs of judging aloud, whose subject's words a quoted fragment after them is ("accused the minister of "…""). */
export const JUDGING_VERBS = set('accused accuses criticised criticized criticises criticizes praised praises dismissed dismisses condemned condemns branded brands denied denies');
export const SPEECH_VERBS = set(`
  said says say told tells added adds tweeted tweets wrote writes explained explains stated states declared declares
  noted notes stressed stresses insisted insists warned warns asked asks replied replies answered answers continued
  argued argues claimed claims announced announces commented comments observed remarked emphasized emphasised
  underlined urged urges acknowledged admitted recalled recalls posted posts confirmed confirms cautioned concluded
  reiterated suggested suggests called calls shouted whispered pledged vowed promised predicted estimated reported reports
  conceded agreed countered responded responds maintained maintains contended contends quipped joked told described describes
  admits laughs laughed jokes quips reckons reckoned smiles smiled sighs sighed muses mused concedes grins grinned
  chuckles chuckled beams beamed shrugs shrugged
`);

/** Participles that attribute a quote to the subject of the clause ("…, adding that …"), with their finite form. */
export const SPEECH_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['adding', 'added'], ['saying', 'said'], ['noting', 'noted'], ['explaining', 'explained'], ['stressing', 'stressed'],
  ['insisting', 'insisted'], ['warning', 'warned'], ['telling', 'told'], ['writing', 'wrote'], ['tweeting', 'tweeted'],
  ['arguing', 'argued'], ['claiming', 'claimed'], ['urging', 'urged'], ['declaring', 'declared'], ['stating', 'stated'],
  ['emphasizing', 'emphasized'], ['emphasising', 'emphasised'], ['recalling', 'recalled'], ['asking', 'asked'],
  ['calling', 'called'], ['describing', 'described'], ['announcing', 'announced'], ['pointing', 'pointed'],
]);

/** Verbs that report a statement without quotation marks ("OCHA said 2,000 …", "UNICEF estimated …"). */
export const REPORTING_VERBS = set(`
  said says told reported reports estimated estimates announced announces stated states confirmed confirms warned warns
  added adds noted notes claimed claims according
`);

/** Words of a title or office; a run of them (with nationality adjectives) before a name is the person's role. */
export const TITLE_WORDS = set(`
  Minister President Prime Deputy Cllr MP Vice Foreign Interior Defence Defense Finance Economy Economic Justice Health Trade
  Secretary General Gen. Chancellor Ambassador Senator Sen. Governor Gov. Mayor King Queen Prince Princess Pope Chief
  Executive Director Spokesman Spokeswoman Spokesperson Commander Marshal Field Premier Judge Leader Colonel Col.
  Lieutenant Lt. Major Maj. Captain Capt. Sergeant Admiral Adm. Representative Rep. Chairman Chairwoman Chair CEO
  Envoy Special Head State Speaker Emir Sheikh Sultan Crown Attorney Commissioner Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof
  Prof. Professor Sir Dame Lord Lady Bishop Archbishop Cardinal Father Rabbi Imam Coach Officer Inspector Detective
  Chief Treasurer Manager Editor Founder Co-founder Emperor Empress Tsar Czar Shah Caliph Pharaoh Duke Duchess Count
  Countess Baron Saint St. Rt Rt. Rev Rev. Revd Reverend Senior Junior Acting Former Agriculture Education Energy Environment Labour Labor
  DS DC DI DCI DSI DSU PC PCSO Sgt Sgt. Insp Insp. Supt Supt. Det Det. Constable Capt Lt Gen Col Maj Cdr Cmdr Adm Gov Sen
  Transport Culture Home Affairs External Parliamentary Undersecretary Under-Secretary Coordinator Humanitarian
  Regional Country Resident Representative Military Army Navy Police Opposition Party Alderman Councillor Councilor
  Miss Mx
`);

/** Honorifics: part of how a name is written, not a role. */
export const HONORIFICS = set('Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Sir Dame Lord Lady Prof Prof. Rt Rt. Rev Rev. Revd Reverend');

/** What one person may be to another, as a role ("his wife", "Reed's widow"). */
export const RELATIVES = set('wife husband son daughter mother father brother sister partner widow');

/** Nouns that stand for a person by role ("his Italian counterpart", "the general"). */
export const ROLE_NOUNS = set(`
  counterpart minister president premier general leader spokesman spokeswoman spokesperson envoy ambassador chancellor
  mayor governor senator secretary commander chief king queen prince pope director chairman chairwoman colleague
  host guest official diplomat
`);

/** Nationality adjectives and demonyms (not people on their own). */
export const NATIONALITIES = set(`
  Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian Azerbaijani
  Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian British Bulgarian Burkinabe Burmese Burundian
  Cambodian Cameroonian Canadian Chadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch
  Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian European Filipino Finnish French Gabonese Georgian
  German Ghanaian Greek Guatemalan Guinean Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish
  Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kuwaiti Kyrgyz Lao Latvian Lebanese
  Liberian Libyan Lithuanian Luxembourgish Macedonian Malagasy Malawian Malaysian Malian Maltese Mauritanian Mexican
  Moldovan Mongolian Montenegrin Moroccan Mozambican Namibian Nepalese Nepali Nigerian Nigerien Norwegian Omani
  Pakistani Palestinian Panamanian Paraguayan Persian Peruvian Polish Portuguese Qatari Romanian Russian Rwandan Saudi
  Scottish Senegalese Serbian Sierra Singaporean Slovak Slovenian Somali South Spanish Sri Sudanese Swedish Swiss
  Syrian Taiwanese Tajik Tanzanian Thai Togolese Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek
  Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean Arab Arabian African Asian Latin Western Eastern Northern
  Southern Nordic Scandinavian Balkan Mediterranean Caribbean Kurdish Berber Tuareg Amazigh Pashtun Shiite Sunni
  Muslim Christian Jewish Catholic Protestant Orthodox Islamist Franco-Italian Italo-French
`);

/** Whether a word, in any case, is a nationality adjective or demonym ("french", "Italian"). */
export const isNationality = (word: string): boolean => NATIONALITIES.has(word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());

/** Capitalised words that never start or make up a person's name on their own. */
export const NON_NAME_WORDS = set(`
  The A An This That These Those It Its He She They We I You His Her Their Our My In On At For From With By To Of
  And Or But So Yet As If When While After Before Since Until Although Though However Meanwhile Also Then There Here
  One Another Several Every Some Many Most Such Both Each All No Not Nor Only Even Still Now Today Yesterday Tomorrow Last Next Earlier Later
  What Who Why How Where Which Whose Whom Over Under About Against Between Among Through During Without Within Into
  Onto Upon Despite Except Beyond Across Along Around Behind Below Above Near Like Unlike Via Than Because
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  According Further Furthermore Moreover Indeed Instead Otherwise Thus Therefore Hence Again Already Yes Okay OK
  Government Ministry Crisis War Peace Foreign Affairs State States Council Union Nations Republic Kingdom Democratic
  Party Army Forces Force National International Federal Central Twitter Facebook Instagram
  YouTube Internet Web Online God Mass Muslims Christians Church Islam Christianity Parliament Congress Senate House
  Court Supreme High Low Big Small New Old Great Little First Second Third Other Another Every Any Few Several
  Read More See Also Note Notes Update Updated Photo Video Source Sources Editing Related Summary Background Meanwhile
  Mr Mrs Ms Dr Sir Madam Madame Monsieur Signor Herr
`);

/** Lower-case name particles that may sit between the parts of a name ("Charles de Gaulle", "Osama bin Laden"). */
export const NAME_PARTICLES = set('de di da du des del della dello van von der den ter bin ibn bint le la al el dos das do y zu');
/** Particle prefixes written with a hyphen ("al-Haftar", "el-Sisi"). */
export const PARTICLE_PREFIX = /^(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]sh|[Aa]t|[Aa]n|[Aa]r|[Aa]z|[Uu]l|[Bb]in|[Ii]bn|[Aa]bu|[Bb]ou|[Bb]en)-(?=\p{Lu})/u;

/** Head words that make a capitalised phrase an organisation. */
export const ORG_HEADS = set(`
  Nations Union Ministry Corporation Corp Agency Organization Organisation Council Committee Commission Bank Fund
  Party Army Navy Forces Force Company Group Institute University College Association Federation Court Parliament
  Congress Senate Department Office Service Services Authority Programme Program Foundation Society League Alliance
  Front Movement Inc Ltd LLC PLC Airlines Airways Press Agency Network Times Post Journal News Guard Brigade Brigades
  Militia Coalition Assembly Cabinet Administration Bureau Directorate Secretariat Mission Institution Trust Board
  Club Team Church Academy Centre Center Hospital School Museum Police Police Tribunal Consortium Holdings Industries
  Enterprises Group Partners Partnership LLP Laboratories Labs Unit Division Corps Command Secretariat Government Wire Media Radio
  Television Broadcasting Yards Yard Shipyard Shipyards Works Motors Ferries Railways Railway Lines Line Transit
  Athletic Rovers Wanderers Albion Rangers Harriers FC AFC
  Observatory Observatories Laboratory Laboratories Mill Mills Factory Mine Mines Brewery Distillery Studio Studios
  Engineering Construction Contractors Logistics Inquiry Investigation Limited Inspectorate Regulator Ombudsman Guild Guilds Chamber Exchange Glassworks Ironworks Foundry Foundries Polytechnic Navigation Courier Gazette
  Review Magazine Quarterly Infirmary Conservatory Conservatoire Seminary
  Therapeutics Pharmaceuticals Pharma Biotech Biosciences Sciences Diagnostics Healthcare
  Café Cafe Restaurant Bakery Bistro Brasserie Diner Pub Deli Garage Salon
  Herald Chronicle Tribune Observer Echo Mercury Telegraph Advertiser Examiner Sentinel Dispatch
  Shipping Haulage Freight Insurance Petroleum Investments
`);

/** Head words of events, works and things: a capitalised phrase ending in one is no person. */
export const THING_HEADS = set(`
  Purchase Olympics Games Arch Fair War Wars Cup Prize Award Awards Act Treaty Revolution Empire Dynasty Era Age
  Festival Expo Exposition Championship Championships Series Bowl Day Week Year Monument Memorial Conference Summit
  Agreement Accords Declaration Plan Initiative Process Protocol Convention Doctrine Crisis Spring Uprising Massacre
  Battle Siege Campaign Operation Mission Prize Medal Trophy Tour Show Album Song Book Novel Film Law Bill Code
  Constitution Charter Report Index Ages Period Century Tower Building Hall Theatre Theater Opera Gallery Library Cathedral Temple
  Mosque Church Stadium Arena Airport Station Line Highway Express Award Order Cross Star Statue Train Railroad Tramway Locomotive Engine Ship Vessel
  Symphony Symphonies Suite Concerto Sonata Oratorio Cantata Requiem Overture Quartet Quintet Variations Nocturne Prelude Fugue Anthem Hymn Opus
  Scholarship Fellowship Lecture Lectures
`);

/** Head words that make a capitalised phrase a place. */
export const PLACE_HEADS = set(`
  River Sea Ocean Lake Bay Gulf Strait Mountains Mountain Mount Mt. Hills Valley Desert Island Islands Peninsula Coast
  Street St Avenue Road Square Park Bridge Canal Province Region District County State City Town Village Basin Plain
  Plains Plateau Cape Harbour Harbor Port Airport Station Palace Castle Cathedral Tower Stadium Quarter Oasis Delta
  Field Fields Lowland Lowlands Highland Highlands Arm Water Waters Dam Way Gorge Falls Forest Marsh Moor Heath Glen End
  Wood Woods Reservoir Lagoon Estuary Fjord Channel Sound Pass Ridge Peak Range Trail Path Lane Boulevard Drive
  Crescent Ward Wing North South East West Embankment Quay Wharf Pier Dock Gate Market Green Common Hill Heights Springs Creek Brook Cove Point
  Reef Atoll Archipelago Steppe Savanna Canyon Glacier Volcano Crater Marina Promenade Plaza Place Row Terrace
  Telescope Array Lighthouse Fortress Abbey Monastery Garden Gardens Cemetery Halt Junction Terminus Depot Sidings Reserve Sanctuary Cliffs Stacks Isles Skerries Loch Headland Bight Crag Beck Farm Estate View Colliery Quarry Lodge Cottage Grange
  Inn Hotel Tavern Manor Aqueduct Viaduct Tunnel Extension Rock Rocks Ledge Vale Ness Shoal Shoals Sands Skerry Isle Fen Fens Downs Weald Moss Bog Lough Tarn Firth
  Dales Head Walk Mews Wynd Track Trackway Causeway Siding Barrage Weir
`);

/** Words for an organisation of any kind ("which company", "the charity spokeswoman"). */
export const BODY_WORDS: ReadonlySet<string> = set('group charity company companies firm firms organisation organization organisations organizations body agency association society business campaign alliance institution contractor contractors');

/** Common nouns that open the name of a thing, never a person's: "Comet Ledvinka", "Hurricane Delia", "HMS Vigil". */
/**
 * Nouns for boats and ships: a name right after one is the vessel's ("the crab boat Marram Lass", "the clipper
 * *Ladyhill*"), not a person's.
 */
export const VESSEL_NOUN_BEFORE = /\b(?:boat|ship|vessel|trawler|ferry|clipper|yacht|tug|tugboat|steamer|steamship|schooner|barge|liner|tanker|freighter|lifeboat|dredger|cutter|sloop|brig|barque|frigate|warship|submarine|collier|coaster|drifter|whaler|smack|dinghy|catamaran)\s+[*_]?$/;
export const THING_PREFIXES = set('Comet Asteroid Supernova Hurricane Typhoon Cyclone Storm Operation Project HMS HMY RMS SS MV USS');

/** First words that make a capitalised phrase a place ("Lake Hollin", "Mount Tessar", "Port Ambrel"). */
export const PLACE_PREFIXES = set('Upper Lower Great Little River Lake Mount Mt. Port Cape Fort Gulf Bay Isle Isla Lac Mont Monte Rio Loch Glen Sierra Cabo Ciudad Hotel Hôtel Villa Castle Camp');

/** Nouns for bodies that report things, so "officials said …" is a reported statement and "A ladder added …" is not. */
export const REPORTER_NOUNS = set(`
  agency agencies official officials ministry government authorities authority police spokesman spokeswoman
  spokesperson statement report study survey source sources organisation organization group company council
  commission committee office department army military ministry minister president leader leaders experts analysts
  witnesses residents researchers scientists figures data estimates census court prosecutors investigators
  observers monitor monitors agency's UN union bank
`);

/** Countries and territories of the gazetteer. */
export const COUNTRIES: ReadonlySet<string> = new Set([...set(`
  Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain Bangladesh
  Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burkina_Faso Burundi
  Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Costa_Rica Croatia Cuba Cyprus Czechia
  Czech_Republic Denmark Djibouti Dominica Ecuador Egypt El_Salvador Eritrea Estonia Eswatini Ethiopia Fiji Finland
  France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland
  India Indonesia Iran Iraq Ireland Israel Italy Ivory_Coast Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo
  Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi
  Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique
  Myanmar Burma Namibia Nauru Nepal Netherlands New_Zealand Nicaragua Niger Nigeria North_Korea North_Macedonia
  Norway Oman Pakistan Palau Palestine Panama Papua_New_Guinea Paraguay Peru Philippines Poland Portugal Qatar Romania
  Russia Rwanda Samoa San_Marino Saudi_Arabia Senegal Serbia Seychelles Sierra_Leone Singapore Slovakia Slovenia
  Somalia South_Africa South_Korea South_Sudan Spain Sri_Lanka Sudan Suriname Sweden Switzerland Syria Taiwan
  Tajikistan Tanzania Thailand Togo Tonga Trinidad Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine
  United_Arab_Emirates UAE United_Kingdom UK U.K. Britain Great_Britain England Scotland Wales Northern_Ireland
  United_States U.S. US USA America Uruguay Uzbekistan Vanuatu Vatican Venezuela Vietnam Yemen Zambia Zimbabwe
  Gaza West_Bank Crimea Tibet Hong_Kong Macau Greenland Puerto_Rico Kurdistan Western_Sahara
`)].map((name) => name.replace(/_/g, ' ')));

/** Built-in gazetteer: countries (COUNTRIES), capitals and big cities, continents and regions. */
export const PLACES: ReadonlySet<string> = new Set([...COUNTRIES, ...[...set(`
  Kabul Tirana Algiers Luanda Buenos_Aires Yerevan Canberra Sydney Melbourne Vienna Baku Manama Dhaka Minsk Brussels
  Sarajevo Brasilia Rio_de_Janeiro Sao_Paulo Sofia Ouagadougou Phnom_Penh Yaounde Ottawa Toronto Montreal Vancouver
  N'Djamena Santiago Beijing Shanghai Hong_Kong Shenzhen Guangzhou Bogota Kinshasa Brazzaville Zagreb Havana Nicosia
  Prague Copenhagen Cairo Alexandria Quito Addis_Ababa Helsinki Paris Marseille Lyon Nice Strasbourg Toulouse Berlin
  Munich Hamburg Frankfurt Cologne Accra Athens Budapest Reykjavik New_Delhi Delhi Mumbai Kolkata Bangalore Chennai
  Jakarta Tehran Baghdad Basra Mosul Dublin Jerusalem Tel_Aviv Rome Milan Naples Turin Florence Venice Genoa Palermo
  Tokyo Osaka Amman Astana Nairobi Pristina Kuwait_City Bishkek Vientiane Riga Beirut Monrovia Tripoli Benghazi
  Misrata Sirte Sabha Tobruk Derna Vilnius Antananarivo Kuala_Lumpur Bamako Valletta Nouakchott Mexico_City Chisinau
  Ulaanbaatar Podgorica Rabat Casablanca Maputo Naypyidaw Yangon Windhoek Kathmandu Amsterdam The_Hague Rotterdam
  Wellington Auckland Managua Niamey Abuja Lagos Pyongyang Skopje Oslo Muscat Islamabad Karachi Lahore Ramallah
  Panama_City Asuncion Lima Manila Warsaw Lisbon Doha San_Juan Bucharest Moscow Saint_Petersburg St._Petersburg
  Kigali Riyadh Jeddah Mecca Medina Dakar Belgrade Freetown Bratislava Ljubljana Mogadishu Pretoria Johannesburg
  Cape_Town Seoul Juba Madrid Barcelona Colombo Khartoum Stockholm Bern Geneva Zurich Damascus Aleppo Idlib Taipei
  Dushanbe Dodoma Dar_es_Salaam Bangkok Lome Tunis Ankara Istanbul Ashgabat Kampala Kiev Kyiv Kharkiv Odesa Odessa
  Abu_Dhabi Dubai London Manchester Birmingham Liverpool Edinburgh Glasgow Cardiff Belfast Washington New_York
  Los_Angeles Chicago Houston Boston San_Francisco Seattle Miami Atlanta Philadelphia Detroit Dallas St._Louis
  Saint_Louis New_Orleans Las_Vegas Montevideo Tashkent Caracas Hanoi Ho_Chi_Minh_City Sanaa Aden Lusaka Harare
  Africa Europe Asia Oceania Antarctica Arctic North_America South_America Latin_America Central_America Middle_East
  Near_East Far_East North_Africa West_Africa East_Africa Southern_Africa Central_Africa Sub-Saharan_Africa
  Horn_of_Africa Sahel Sahara Maghreb Levant Balkans Caucasus Central_Asia South_Asia Southeast_Asia East_Asia
  Scandinavia Mediterranean Persian_Gulf Gulf Red_Sea Black_Sea Caspian_Sea Atlantic Pacific Indian_Ocean
  Mediterranean_Sea Western_Europe Eastern_Europe Central_Europe Northern_Europe Southern_Europe Siberia Patagonia
  Tigris Euphrates Nile Danube Rhine Thames Seine Mississippi Amazon Alps Himalayas Andes Rockies Fezzan Cyrenaica
  Tripolitania Mellitah Lampedusa Sicily Sardinia Corsica Crete
  Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois
  Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Missouri Montana Nebraska
  Nevada New_Hampshire New_Jersey New_Mexico North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania
  Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia West_Virginia Wisconsin Wyoming
  Bavaria Catalonia Lombardy Tuscany Normandy Provence Quebec Ontario Scotland Kashmir Punjab Bengal Xinjiang
  Darfur Donbas Galilee Sinai
`)].map((name) => name.replace(/_/g, ' '))]);

/** Capitals that stand for their country ("Rome's position", "Paris denied it"), lower-case → the country. */
export const CAPITAL_OF: ReadonlyMap<string, string> = new Map([
  ['rome', 'Italy'], ['paris', 'France'], ['london', 'United Kingdom'], ['berlin', 'Germany'], ['madrid', 'Spain'],
  ['lisbon', 'Portugal'], ['moscow', 'Russia'], ['washington', 'United States'], ['beijing', 'China'], ['tokyo', 'Japan'],
  ['ankara', 'Turkey'], ['cairo', 'Egypt'], ['tripoli', 'Libya'], ['tunis', 'Tunisia'], ['algiers', 'Algeria'],
  ['rabat', 'Morocco'], ['athens', 'Greece'], ['vienna', 'Austria'], ['brussels', 'Belgium'], ['amsterdam', 'Netherlands'],
  ['bern', 'Switzerland'], ['warsaw', 'Poland'], ['stockholm', 'Sweden'], ['oslo', 'Norway'], ['copenhagen', 'Denmark'],
  ['helsinki', 'Finland'], ['dublin', 'Ireland'], ['ottawa', 'Canada'], ['delhi', 'India'], ['tehran', 'Iran'],
  ['baghdad', 'Iraq'], ['damascus', 'Syria'], ['riyadh', 'Saudi Arabia'], ['doha', 'Qatar'], ['kyiv', 'Ukraine'], ['kiev', 'Ukraine'],
]);

/** Places also named by their demonym-free short forms ("the U.S." → United States). */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['U.S.', 'United States'], ['US', 'United States'], ['USA', 'United States'], ['America', 'United States'],
  ['UK', 'United Kingdom'], ['U.K.', 'United Kingdom'], ['Britain', 'United Kingdom'], ['Great Britain', 'United Kingdom'],
  ['UAE', 'United Arab Emirates'], ['Burma', 'Myanmar'], ['Czech Republic', 'Czechia'],
]);

/** Well-known organisation acronyms and their full names. */
export const KNOWN_ORGS: ReadonlyMap<string, string> = new Map([
  ['UN', 'United Nations'], ['U.N.', 'United Nations'], ['EU', 'European Union'], ['E.U.', 'European Union'],
  ['NATO', 'North Atlantic Treaty Organization'], ['UNICEF', "United Nations Children's Fund"],
  ['OCHA', 'Office for the Coordination of Humanitarian Affairs'], ['UNHCR', 'United Nations High Commissioner for Refugees'],
  ['WHO', 'World Health Organization'], ['IMF', 'International Monetary Fund'], ['WFP', 'World Food Programme'],
  ['IOM', 'International Organization for Migration'], ['AU', 'African Union'], ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['ICC', 'International Criminal Court'], ['ICRC', 'International Committee of the Red Cross'], ['UNSMIL', 'United Nations Support Mission in Libya'],
  ['LNA', 'Libyan National Army'], ['GNA', 'Government of National Accord'], ['NOC', 'National Oil Corporation'],
  ['FBI', 'Federal Bureau of Investigation'], ['CIA', 'Central Intelligence Agency'], ['NASA', 'National Aeronautics and Space Administration'],
  ['WTO', 'World Trade Organization'], ['OECD', 'Organisation for Economic Co-operation and Development'],
]);

/** Offices and trades written as capitals ("a GP at the surgery", "the local MP"): roles, not organisations. */
export const ROLE_ABBREVIATIONS = set('GP MP MEP MSP CEO CFO QC KC');

/** All-caps tokens that are not organisations (offices among them). */
export const NON_ORG_CAPS: ReadonlySet<string> = new Set([...ROLE_ABBREVIATIONS, ...set(`
  I A AM PM OK TV GDP AD BC BCE CE ID PS PPS NB FAQ USD EUR GBP JPY CNY KM MW GW KW KG II III IV VI VII
  VIII IX XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI UPDATE BREAKING EXCLUSIVE NOTE PHOTO VIDEO LIVE AND OR THE OF
  IN ON AT TO BY FOR
`)]);

/** Count words that follow a number without being what it counts. */
export const NUMBER_SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['bn', 1e9], ['m', 1e6],
  ['k', 1e3], ['mln', 1e6], ['bln', 1e9],
]);

/** Number words read as values. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundreds', 100], ['thousands', 1000], ['dozens', 12], ['dozen', 12],
  ['millions', 1e6],
]);

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12], ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4],
  ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

export const WEEKDAYS = set('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');

/** Function words that end a noun phrase when reading "what a number counts". */
export const PHRASE_STOPS = set(`
  of in on at to from for with by and or but as that which who whom whose than then there here since until after
  before during over under about against between among into onto per via while when where if is are was were be been
  being has have had do does did will would can could may might must shall should the a an this these those its their
  his her our your my it they he she we i you not no more most less least were also stationed displaced killed
  injured wounded according below above upstream downstream away long wide high deep ago old tall across along
  beyond near off left fled died live lived remain remained stay stayed went came took returned arrived lost
  remain work worked attended voted joined
`);

/** Words that make an office another than the plain one: a deputy minister, a former mayor, an ex-president. */
export const OTHER_OFFICES: ReadonlySet<string> = set('deputy vice former assistant acting interim junior shadow ex');
/** Words for someone holding an office for now, who holds it all the same ("the acting mayor" is the mayor). */
export const STANDING_IN: ReadonlySet<string> = set('acting interim');
/** Words that make the holder another office's, not the plain one's: a deputy mayor, a former mayor. */
export const OTHER_HOLDERS: ReadonlySet<string> = new Set([...OTHER_OFFICES].filter((w) => !STANDING_IN.has(w)));
