// Generates data/kb/countries.json and data/kb/capitals.json from the platform's CLDR data
// (Intl.DisplayNames over ISO 3166-1 codes), enriched by the hand-written table below:
// common Arabic spellings, aliases, gentilics (masculine singular; the matcher derives the other
// forms), capitals and — only where certain — Wikidata ids.
// Usage: node scripts/kb/build-countries.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'kb');
const AR = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
const EN = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

// Codes ICU knows that are not current ISO 3166-1 countries or territories.
const NOT_COUNTRIES = new Set(('AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ').split(' '));
// Dependent territories and special areas (subtype "territory").
const TERRITORIES = new Set(('AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT').split(' '));

// code: { ar?, en?, a: aliases, g: gentilics, cap: [ar, en, aliases?, wikidata?], wd }
const X = {
  AE: { a: ['الإمارات', 'دولة الإمارات', 'دولة الإمارات العربية المتحدة'], g: ['الإماراتي'], cap: ['أبوظبي', 'Abu Dhabi', ['أبو ظبي'], 'Q1519'], wd: 'Q878' },
  AF: { a: ['جمهورية أفغانستان الإسلامية', 'إمارة أفغانستان الإسلامية'], g: ['الأفغاني', 'الأفغان'], cap: ['كابل', 'Kabul', ['كابول'], 'Q5838'], wd: 'Q889' },
  AG: { en: 'Antigua and Barbuda', cap: ['سانت جونز', "St. John's"] },
  AL: { g: ['الألباني'], cap: ['تيرانا', 'Tirana'], wd: 'Q222' },
  AM: { a: ['أرمينيا'], g: ['الأرميني', 'الأرمني', 'الأرمن'], cap: ['يريفان', 'Yerevan'], wd: 'Q399' },
  AO: { g: ['الأنغولي'], cap: ['لواندا', 'Luanda'], wd: 'Q916' },
  AR: { g: ['الأرجنتيني'], cap: ['بوينس آيرس', 'Buenos Aires', ['بوينس أيرس']], wd: 'Q414' },
  AT: { g: ['النمساوي'], cap: ['فيينا', 'Vienna'], wd: 'Q40' },
  AU: { a: ['استراليا'], g: ['الأسترالي'], cap: ['كانبرا', 'Canberra'], wd: 'Q408' },
  AZ: { g: ['الأذربيجاني', 'الأذري'], cap: ['باكو', 'Baku'], wd: 'Q227' },
  BA: { a: ['البوسنة'], g: ['البوسني'], cap: ['سراييفو', 'Sarajevo'], wd: 'Q225', en: 'Bosnia and Herzegovina' },
  BB: { cap: ['بريدج تاون', 'Bridgetown'], wd: 'Q244' },
  BD: { a: ['بنجلاديش', 'بنغلادش'], g: ['البنغلاديشي', 'البنغالي'], cap: ['دكا', 'Dhaka', ['داكا']], wd: 'Q902' },
  BE: { g: ['البلجيكي'], cap: ['بروكسل', 'Brussels'], wd: 'Q31' },
  BF: { g: ['البوركيني'], cap: ['واغادوغو', 'Ouagadougou'], wd: 'Q965' },
  BG: { g: ['البلغاري'], cap: ['صوفيا', 'Sofia'], wd: 'Q219' },
  BH: { a: ['مملكة البحرين'], g: ['البحريني'], cap: ['المنامة', 'Manama'], wd: 'Q398' },
  BI: { g: ['البوروندي'], cap: ['جيتيجا', 'Gitega'], wd: 'Q967' },
  BJ: { g: ['البنيني'], cap: ['بورتو نوفو', 'Porto-Novo'], wd: 'Q962' },
  BN: { cap: ['بندر سري بكاوان', 'Bandar Seri Begawan'], wd: 'Q921' },
  BO: { g: ['البوليفي'], cap: ['سوكري', 'Sucre'], wd: 'Q750' },
  BR: { g: ['البرازيلي'], cap: ['برازيليا', 'Brasília'], wd: 'Q155' },
  BS: { en: 'Bahamas', a: ['الباهاماس'], cap: ['ناساو', 'Nassau'], wd: 'Q778' },
  BT: { cap: ['تيمفو', 'Thimphu'], wd: 'Q917' },
  BW: { cap: ['غابورون', 'Gaborone'], wd: 'Q963' },
  BY: { a: ['روسيا البيضاء', 'بيلاروسيا'], g: ['البيلاروسي'], cap: ['مينسك', 'Minsk'], wd: 'Q184' },
  BZ: { cap: ['بلموبان', 'Belmopan'], wd: 'Q242' },
  CA: { g: ['الكندي'], cap: ['أوتاوا', 'Ottawa'], wd: 'Q16' },
  CD: { ar: 'جمهورية الكونغو الديمقراطية', en: 'Democratic Republic of the Congo', a: ['الكونغو الديمقراطية', 'الكونغو - كينشاسا'], g: ['الكونغولي'], cap: ['كينشاسا', 'Kinshasa'], wd: 'Q974' },
  CF: { a: ['أفريقيا الوسطى', 'إفريقيا الوسطى'], cap: ['بانغي', 'Bangui'], wd: 'Q929' },
  CG: { ar: 'جمهورية الكونغو', en: 'Republic of the Congo', a: ['الكونغو برازافيل', 'الكونغو - برازافيل'], cap: ['برازافيل', 'Brazzaville'], wd: 'Q971' },
  CH: { g: ['السويسري'], cap: ['برن', 'Bern'], wd: 'Q39' },
  CI: { en: "Côte d'Ivoire", a: ['كوت ديفوار'], g: ['الإيفواري'], cap: ['ياموسوكرو', 'Yamoussoukro'], wd: 'Q1008' },
  CL: { g: ['التشيلي'], cap: ['سانتياغو', 'Santiago'], wd: 'Q298' },
  CM: { g: ['الكاميروني'], cap: ['ياوندي', 'Yaoundé'], wd: 'Q1009' },
  CN: { a: ['جمهورية الصين الشعبية'], g: ['الصيني'], cap: ['بكين', 'Beijing', ['بيجين', 'بيجينغ'], 'Q956'], wd: 'Q148' },
  CO: { g: ['الكولومبي'], cap: ['بوغوتا', 'Bogotá'], wd: 'Q739' },
  CR: { g: ['الكوستاريكي'], cap: ['سان خوسيه', 'San José'], wd: 'Q800' },
  CU: { g: ['الكوبي'], cap: ['هافانا', 'Havana'], wd: 'Q241' },
  CV: { cap: ['برايا', 'Praia'], wd: 'Q1011' },
  CY: { g: ['القبرصي'], cap: ['نيقوسيا', 'Nicosia'], wd: 'Q229' },
  CZ: { a: ['جمهورية التشيك', 'تشيكيا'], g: ['التشيكي'], cap: ['براغ', 'Prague'], wd: 'Q213', en: 'Czech Republic' },
  DE: { a: ['المانيا'], g: ['الألماني', 'الألمان'], cap: ['برلين', 'Berlin', [], 'Q64'], wd: 'Q183' },
  DJ: { g: ['الجيبوتي'], cap: ['مدينة جيبوتي', 'Djibouti City'], wd: 'Q977' },
  DK: { ar: 'الدنمارك', a: ['الدانمرك', 'الدانمارك'], g: ['الدنماركي', 'الدانماركي'], cap: ['كوبنهاغن', 'Copenhagen', ['كوبنهاجن']], wd: 'Q35' },
  DM: { cap: ['روزو', 'Roseau'] },
  DO: { a: ['الدومينيكان'], g: ['الدومينيكاني'], cap: ['سانتو دومينغو', 'Santo Domingo'], wd: 'Q786' },
  DZ: { a: ['الجمهورية الجزائرية'], g: ['الجزائري'], cap: ['الجزائر العاصمة', 'Algiers', [], 'Q3561'], wd: 'Q262' },
  EC: { g: ['الإكوادوري'], cap: ['كيتو', 'Quito'], wd: 'Q736' },
  EE: { a: ['استونيا'], g: ['الإستوني'], cap: ['تالين', 'Tallinn'], wd: 'Q191' },
  EG: { a: ['جمهورية مصر العربية', 'أرض الكنانة'], g: ['المصري', 'المصريين'], cap: ['القاهرة', 'Cairo', [], 'Q85'], wd: 'Q79' },
  EH: { g: ['الصحراوي'] },
  ER: { g: ['الإريتري'], cap: ['أسمرة', 'Asmara'], wd: 'Q986' },
  ES: { a: ['اسبانيا'], g: ['الإسباني'], cap: ['مدريد', 'Madrid', [], 'Q2807'], wd: 'Q29' },
  ET: { a: ['أثيوبيا'], g: ['الإثيوبي'], cap: ['أديس أبابا', 'Addis Ababa'], wd: 'Q115' },
  FI: { g: ['الفنلندي'], cap: ['هلسنكي', 'Helsinki'], wd: 'Q33' },
  FJ: { cap: ['سوفا', 'Suva'], wd: 'Q712' },
  FM: { cap: ['باليكير', 'Palikir'] },
  FR: { g: ['الفرنسي', 'الفرنسيين'], cap: ['باريس', 'Paris', [], 'Q90'], wd: 'Q142' },
  GA: { g: ['الغابوني'], cap: ['ليبرفيل', 'Libreville'], wd: 'Q1000' },
  GB: { a: ['بريطانيا', 'بريطانيا العظمى', 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية'], g: ['البريطاني', 'الإنجليزي', 'الإنكليزي', 'الإنجليز', 'الإنكليز'], cap: ['لندن', 'London', [], 'Q84'], wd: 'Q145' },
  GD: { cap: ['سانت جورجز', "St. George's"] },
  GE: { g: ['الجورجي'], cap: ['تبليسي', 'Tbilisi'], wd: 'Q230' },
  GH: { g: ['الغاني'], cap: ['أكرا', 'Accra'], wd: 'Q117' },
  GL: { g: ['الغرينلاندي'] },
  GM: { g: ['الغامبي'], cap: ['بانجول', 'Banjul'], wd: 'Q1005' },
  GN: { g: ['الغيني'], cap: ['كوناكري', 'Conakry'], wd: 'Q1006' },
  GQ: { cap: ['مالابو', 'Malabo'], wd: 'Q983' },
  GR: { g: ['اليوناني'], cap: ['أثينا', 'Athens'], wd: 'Q41' },
  GT: { g: ['الغواتيمالي'], cap: ['مدينة غواتيمالا', 'Guatemala City'], wd: 'Q774' },
  GW: { cap: ['بيساو', 'Bissau'], wd: 'Q1007' },
  GY: { cap: ['جورج تاون', 'Georgetown'], wd: 'Q734' },
  HK: { ar: 'هونغ كونغ', en: 'Hong Kong', a: ['هونج كونج', 'هونغ كونغ الصينية (منطقة إدارية خاصة)'] },
  HN: { g: ['الهندوراسي'], cap: ['تيغوسيغالبا', 'Tegucigalpa'], wd: 'Q783' },
  HR: { g: ['الكرواتي'], cap: ['زغرب', 'Zagreb'], wd: 'Q224' },
  HT: { g: ['الهايتي'], cap: ['بورت أو برنس', 'Port-au-Prince'], wd: 'Q790' },
  HU: { ar: 'المجر', a: ['هنغاريا'], g: ['المجري', 'الهنغاري'], cap: ['بودابست', 'Budapest'], wd: 'Q28' },
  ID: { a: ['اندونيسيا'], g: ['الإندونيسي'], cap: ['جاكرتا', 'Jakarta'], wd: 'Q252' },
  IE: { a: ['إيرلندا', 'ايرلندا'], g: ['الأيرلندي', 'الإيرلندي'], cap: ['دبلن', 'Dublin'], wd: 'Q27' },
  IL: { a: ['اسرائيل', 'دولة إسرائيل'], g: ['الإسرائيلي'], wd: 'Q801' /* Jerusalem: see cities.json (status disputed) */ },
  IN: { a: ['جمهورية الهند'], g: ['الهندي'], cap: ['نيودلهي', 'New Delhi', ['نيو دلهي'], 'Q987'], wd: 'Q668' },
  IQ: { a: ['جمهورية العراق', 'بلاد الرافدين'], g: ['العراقي'], cap: ['بغداد', 'Baghdad', [], 'Q1530'], wd: 'Q796' },
  IR: { a: ['الجمهورية الإسلامية الإيرانية', 'جمهورية إيران الإسلامية', 'ايران'], g: ['الإيراني'], cap: ['طهران', 'Tehran', [], 'Q3616'], wd: 'Q794' },
  IS: { a: ['أيسلندا', 'ايسلندا'], g: ['الأيسلندي', 'الآيسلندي'], cap: ['ريكيافيك', 'Reykjavík'], wd: 'Q189' },
  IT: { a: ['ايطاليا'], g: ['الإيطالي'], cap: ['روما', 'Rome', [], 'Q220'], wd: 'Q38' },
  JM: { g: ['الجامايكي'], cap: ['كينغستون', 'Kingston'], wd: 'Q766' },
  JO: { a: ['المملكة الأردنية الهاشمية', 'المملكة الأردنية'], g: ['الأردني'], cap: ['عمّان', 'Amman', ['العاصمة الأردنية عمان', 'العاصمة الأردنية عمّان'], 'Q3805'], wd: 'Q810' },
  JP: { g: ['الياباني'], cap: ['طوكيو', 'Tokyo', [], 'Q1490'], wd: 'Q17' },
  KE: { g: ['الكيني'], cap: ['نيروبي', 'Nairobi'], wd: 'Q114' },
  KG: { a: ['قرغيزستان'], g: ['القرغيزي'], cap: ['بيشكيك', 'Bishkek'], wd: 'Q813' },
  KH: { g: ['الكمبودي'], cap: ['بنوم بنه', 'Phnom Penh'], wd: 'Q424' },
  KM: { a: ['جمهورية القمر المتحدة'], cap: ['موروني', 'Moroni'], wd: 'Q970' },
  KP: { a: ['كوريا الديمقراطية', 'جمهورية كوريا الديمقراطية الشعبية', 'بيونغيانغ'], g: ['الكوري الشمالي'], cap: ['بيونغ يانغ', 'Pyongyang'], wd: 'Q423' },
  KR: { a: ['جمهورية كوريا'], g: ['الكوري الجنوبي'], cap: ['سول', 'Seoul'] /* not سيول: it means "floods" */, wd: 'Q884' },
  KW: { a: ['دولة الكويت'], g: ['الكويتي'], cap: ['مدينة الكويت', 'Kuwait City', ['الكويت العاصمة']], wd: 'Q817' },
  KZ: { a: ['كزاخستان'], g: ['الكازاخستاني', 'الكازاخي'], cap: ['أستانا', 'Astana'], wd: 'Q232' },
  LA: { g: ['اللاوسي'], cap: ['فيينتيان', 'Vientiane'], wd: 'Q819' },
  LB: { a: ['الجمهورية اللبنانية'], g: ['اللبناني'], cap: ['بيروت', 'Beirut', [], 'Q3820'], wd: 'Q822' },
  LI: { cap: ['فادوتس', 'Vaduz'], wd: 'Q347' },
  LK: { a: ['سيريلانكا'], g: ['السريلانكي'], cap: ['كولومبو', 'Colombo'], wd: 'Q854' },
  LR: { g: ['الليبيري'], cap: ['مونروفيا', 'Monrovia'], wd: 'Q1014' },
  LS: { cap: ['ماسيرو', 'Maseru'], wd: 'Q1013' },
  LT: { g: ['الليتواني'], cap: ['فيلنيوس', 'Vilnius'], wd: 'Q37' },
  LU: { cap: ['مدينة لوكسمبورغ', 'Luxembourg City'], wd: 'Q32' },
  LV: { g: ['اللاتفي'], cap: ['ريغا', 'Riga'], wd: 'Q211' },
  LY: { a: ['دولة ليبيا'], g: ['الليبي'], cap: ['طرابلس', 'Tripoli', ['طرابلس الغرب']], wd: 'Q1016' },
  MA: { a: ['المملكة المغربية'], g: ['المغربي'], cap: ['الرباط', 'Rabat', [], 'Q3551'], wd: 'Q1028' },
  MC: { wd: 'Q235' },
  MD: { a: ['مولدافيا'], g: ['المولدوفي'], cap: ['كيشيناو', 'Chișinău'], wd: 'Q217' },
  ME: { cap: ['بودغوريتسا', 'Podgorica'], wd: 'Q236' },
  MG: { g: ['الملغاشي'], cap: ['أنتاناناريفو', 'Antananarivo'], wd: 'Q1019' },
  MH: { cap: ['ماجورو', 'Majuro'] },
  MK: { a: ['مقدونيا'], g: ['المقدوني'], cap: ['سكوبيه', 'Skopje'], wd: 'Q221' },
  ML: { cap: ['باماكو', 'Bamako'], wd: 'Q912' }, // no gentilic: مالي/مالية also means "financial"
  MM: { ar: 'ميانمار', en: 'Myanmar', a: ['بورما', 'ميانمار (بورما)'], g: ['الميانماري', 'البورمي'], cap: ['نايبيداو', 'Naypyidaw'], wd: 'Q836' },
  MN: { g: ['المنغولي'], cap: ['أولان باتور', 'Ulaanbaatar'], wd: 'Q711' },
  MO: { ar: 'ماكاو', en: 'Macau', a: ['منطقة ماكاو الإدارية الخاصة'] },
  MR: { a: ['الجمهورية الإسلامية الموريتانية'], g: ['الموريتاني'], cap: ['نواكشوط', 'Nouakchott'], wd: 'Q1025' },
  MT: { g: ['المالطي'], cap: ['فاليتا', 'Valletta'], wd: 'Q233' },
  MU: { cap: ['بورت لويس', 'Port Louis'], wd: 'Q1027' },
  MV: { a: ['المالديف'], g: ['المالديفي'], wd: 'Q826' },
  MW: { cap: ['ليلونغوي', 'Lilongwe'], wd: 'Q1020' },
  MX: { g: ['المكسيكي'], cap: ['مكسيكو سيتي', 'Mexico City', ['مدينة مكسيكو']], wd: 'Q96' },
  MY: { g: ['الماليزي'], cap: ['كوالالمبور', 'Kuala Lumpur', ['كوالا لمبور']], wd: 'Q833' },
  MZ: { g: ['الموزمبيقي'], cap: ['مابوتو', 'Maputo'], wd: 'Q1029' },
  NA: { g: ['الناميبي'], cap: ['ويندهوك', 'Windhoek'], wd: 'Q1030' },
  NE: { g: ['النيجري'], cap: ['نيامي', 'Niamey'], wd: 'Q1032' },
  NG: { g: ['النيجيري'], cap: ['أبوجا', 'Abuja'], wd: 'Q1033' },
  NI: { g: ['النيكاراغوي'], cap: ['ماناغوا', 'Managua'], wd: 'Q811' },
  NL: { a: ['مملكة هولندا'], g: ['الهولندي'], cap: ['أمستردام', 'Amsterdam'], wd: 'Q55' },
  NO: { g: ['النرويجي'], cap: ['أوسلو', 'Oslo'], wd: 'Q20' },
  NP: { g: ['النيبالي'], cap: ['كاتماندو', 'Kathmandu'], wd: 'Q837' },
  NR: { cap: ['يارين', 'Yaren'] },
  NZ: { g: ['النيوزيلندي'], cap: ['ويلينغتون', 'Wellington'], wd: 'Q664' },
  OM: { ar: 'عُمان', a: ['سلطنة عمان', 'سلطنة عُمان'], g: ['العماني'], cap: ['مسقط', 'Muscat'], wd: 'Q842' },
  PA: { g: ['البنمي'], cap: ['مدينة بنما', 'Panama City'], wd: 'Q804' },
  PE: { g: ['البيروفي'], cap: ['ليما', 'Lima'], wd: 'Q419' },
  PG: { cap: ['بورت مورسبي', 'Port Moresby'], wd: 'Q691' },
  PH: { g: ['الفلبيني'], cap: ['مانيلا', 'Manila'], wd: 'Q928' },
  PK: { a: ['جمهورية باكستان الإسلامية'], g: ['الباكستاني'], cap: ['إسلام آباد', 'Islamabad', ['إسلام أباد']], wd: 'Q843' },
  PL: { g: ['البولندي'], cap: ['وارسو', 'Warsaw'], wd: 'Q36' },
  PR: { g: ['البورتوريكي'] },
  PS: { ar: 'فلسطين', en: 'Palestine', a: ['دولة فلسطين', 'الأراضي الفلسطينية', 'الأراضي الفلسطينية المحتلة'], g: ['الفلسطيني'], cap: ['رام الله', 'Ramallah', [], null, 'Seat of the Palestinian Authority', 'مقر السلطة الفلسطينية'], wd: 'Q219060' },
  PT: { g: ['البرتغالي'], cap: ['لشبونة', 'Lisbon'], wd: 'Q45' },
  PW: { cap: ['نغيرولمود', 'Ngerulmud'] },
  PY: { g: ['الباراغواياني'], cap: ['أسونسيون', 'Asunción'], wd: 'Q733' },
  QA: { a: ['دولة قطر'], g: ['القطري'], cap: ['الدوحة', 'Doha', [], 'Q3861'], wd: 'Q846' },
  RO: { g: ['الروماني'], cap: ['بوخارست', 'Bucharest'], wd: 'Q218' },
  RS: { g: ['الصربي'], cap: ['بلغراد', 'Belgrade'], wd: 'Q403' },
  RU: { a: ['الاتحاد الروسي', 'روسيا الاتحادية'], g: ['الروسي', 'الروس'], cap: ['موسكو', 'Moscow', [], 'Q649'], wd: 'Q159' },
  RW: { g: ['الرواندي'], cap: ['كيغالي', 'Kigali'], wd: 'Q1037' },
  SA: { a: ['السعودية', 'المملكة السعودية'], g: ['السعودي'], cap: ['الرياض', 'Riyadh', [], 'Q3692'], wd: 'Q851' },
  SB: { cap: ['هونيارا', 'Honiara'] },
  SC: { wd: 'Q1042' },
  SD: { a: ['جمهورية السودان'], g: ['السوداني'], cap: ['الخرطوم', 'Khartoum'], wd: 'Q1049' },
  SE: { g: ['السويدي'], cap: ['ستوكهولم', 'Stockholm'], wd: 'Q34' },
  SG: { g: ['السنغافوري'], wd: 'Q334' },
  SI: { g: ['السلوفيني'], cap: ['ليوبليانا', 'Ljubljana'], wd: 'Q215' },
  SK: { g: ['السلوفاكي'], cap: ['براتيسلافا', 'Bratislava'], wd: 'Q214' },
  SL: { cap: ['فريتاون', 'Freetown'], wd: 'Q1044' },
  SM: { wd: 'Q238' },
  SN: { g: ['السنغالي'], cap: ['داكار', 'Dakar'], wd: 'Q1041' },
  SO: { a: ['جمهورية الصومال الفيدرالية'], g: ['الصومالي'], cap: ['مقديشو', 'Mogadishu'], wd: 'Q1045' },
  SR: { cap: ['باراماريبو', 'Paramaribo'], wd: 'Q730' },
  SS: { a: ['دولة جنوب السودان'], g: ['الجنوب سوداني'], cap: ['جوبا', 'Juba'], wd: 'Q958' },
  ST: { cap: ['ساو تومي', 'São Tomé'], en: 'São Tomé and Príncipe', wd: 'Q1039' },
  SV: { g: ['السلفادوري'], cap: ['سان سلفادور', 'San Salvador'], wd: 'Q792' },
  SY: { a: ['سورية', 'الجمهورية العربية السورية'], g: ['السوري'], cap: ['دمشق', 'Damascus', [], 'Q3766'], wd: 'Q858' },
  SZ: { a: ['سوازيلاند'], cap: ['مبابان', 'Mbabane'], wd: 'Q1050' },
  TD: { g: ['التشادي'], cap: ['نجامينا', "N'Djamena", ['انجامينا']], wd: 'Q657' },
  TG: { g: ['التوغولي'], cap: ['لومي', 'Lomé'], wd: 'Q945' },
  TH: { a: ['تايلندا'], g: ['التايلاندي'], cap: ['بانكوك', 'Bangkok'], wd: 'Q869' },
  TJ: { a: ['طاجكستان'], g: ['الطاجيكي'], cap: ['دوشنبه', 'Dushanbe'], wd: 'Q863' },
  TL: { ar: 'تيمور الشرقية', a: ['تيمور - ليشتي', 'تيمور ليشتي'], wd: 'Q574' },
  TM: { cap: ['عشق آباد', 'Ashgabat'], wd: 'Q874' }, // التركماني: Iraq's and Syria's Turkmen, not this country
  TN: { a: ['الجمهورية التونسية'], g: ['التونسي'], cap: ['تونس العاصمة', 'Tunis', [], 'Q3572'], wd: 'Q948' },
  TO: { cap: ['نوكو ألوفا', "Nuku'alofa"] },
  TR: { en: 'Turkey', a: ['تركية', 'الجمهورية التركية', 'تركيا العثمانية'], g: ['التركي', 'الأتراك'], cap: ['أنقرة', 'Ankara', [], 'Q3640'], wd: 'Q43' },
  TT: { en: 'Trinidad and Tobago', cap: ['بورت أوف سبين', 'Port of Spain'], wd: 'Q754' },
  TV: { cap: ['فونافوتي', 'Funafuti'] },
  TW: { g: ['التايواني'], cap: ['تايبيه', 'Taipei', ['تايبي']], wd: 'Q865' },
  TZ: { g: ['التنزاني'], cap: ['دودوما', 'Dodoma'], wd: 'Q924' },
  UA: { a: ['اوكرانيا'], g: ['الأوكراني'], cap: ['كييف', 'Kyiv', [], 'Q1899'] /* not كيف: it means "how" */, wd: 'Q212' },
  UG: { g: ['الأوغندي'], cap: ['كمبالا', 'Kampala'], wd: 'Q1036' },
  US: { a: ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'الولايات المتحدة الامريكية'], g: ['الأمريكي', 'الأميركي', 'الأمريكان', 'الأميركان'], cap: ['واشنطن', 'Washington, D.C.', ['واشنطن العاصمة'], 'Q61', 'Capital of the United States; also stands for the US government', 'عاصمة الولايات المتحدة، وتُذكر كناية عن الحكومة الأمريكية'], wd: 'Q30' },
  UY: { ar: 'الأوروغواي', a: ['أورغواي', 'أوروغواي'], g: ['الأوروغواياني'], cap: ['مونتيفيديو', 'Montevideo'], wd: 'Q77' },
  UZ: { g: ['الأوزبكي', 'الأوزبكستاني'], cap: ['طشقند', 'Tashkent'], wd: 'Q265' },
  VA: { a: ['دولة الفاتيكان', 'حاضرة الفاتيكان'], g: ['الفاتيكاني'], wd: 'Q237' },
  VC: { en: 'Saint Vincent and the Grenadines', cap: ['كينغستاون', 'Kingstown'] },
  VE: { g: ['الفنزويلي'], cap: ['كاراكاس', 'Caracas'], wd: 'Q717' },
  VN: { g: ['الفيتنامي'], cap: ['هانوي', 'Hanoi'], wd: 'Q881' },
  VU: { cap: ['بورت فيلا', 'Port Vila'] },
  WS: { cap: ['آبيا', 'Apia'] },
  XK: { g: ['الكوسوفي'], cap: ['بريشتينا', 'Pristina'], wd: 'Q1246' },
  YE: { a: ['الجمهورية اليمنية'], g: ['اليمني'], cap: ['صنعاء', "Sana'a"], wd: 'Q805' },
  ZA: { a: ['جنوب إفريقيا', 'جمهورية جنوب أفريقيا'], g: ['الجنوب أفريقي', 'الجنوب إفريقي'], cap: ['بريتوريا', 'Pretoria'], wd: 'Q258' },
  ZM: { g: ['الزامبي'], cap: ['لوساكا', 'Lusaka'], wd: 'Q953' },
  ZW: { g: ['الزيمبابوي'], cap: ['هراري', 'Harare'], wd: 'Q954' },
  KN: { en: 'Saint Kitts and Nevis', cap: ['باستير', 'Basseterre'] },
  LC: { en: 'Saint Lucia', cap: ['كاستريس', 'Castries'] },
  KI: { cap: ['تاراوا', 'Tarawa'] },
  AD: { cap: ['أندورا لا فيلا', 'Andorra la Vella'], wd: 'Q228' },
};

function slug(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const countries = [];
const capitals = [];
for (let a = 65; a <= 90; a++) {
  for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    if (NOT_COUNTRIES.has(code)) continue;
    const icuAr = AR.of(code);
    const icuEn = EN.of(code);
    if (!icuAr || !icuEn) continue;
    const x = X[code] ?? {};
    const ar = x.ar ?? icuAr;
    const en = (x.en ?? icuEn).replace(/ & /g, ' and ').replace(/^St\. /, 'Saint ');
    const territory = TERRITORIES.has(code);
    const aliases = [...new Set([...(ar !== icuAr ? [icuAr] : []), ...(x.a ?? [])])].filter((s) => s !== ar);
    const e = { id: `loc:${slug(en)}`, type: 'LOC', subtype: territory ? 'territory' : 'country', ar, en };
    if (aliases.length) e.aliases = aliases;
    if (x.g?.length) e.gentilics = x.g;
    const cap = x.cap;
    e.description = territory
      ? { en: 'Territory or special area', ar: 'إقليم أو منطقة ذات وضع خاص' }
      : cap && cap[0]
        ? { en: `Country; capital: ${cap[1]}`, ar: `دولة، عاصمتها ${cap[0]}` }
        : { en: 'Country', ar: 'دولة' };
    e.iso = code;
    if (x.wd) e.wikidata = x.wd;
    countries.push(e);
    if (cap && cap[0]) {
      const [car, cen, caliases, cwd, cden, cdar] = cap;
      const c = { id: `loc:${slug(cen)}`, type: 'LOC', subtype: 'city', ar: car, en: cen };
      if (caliases?.length) c.aliases = caliases;
      c.description = { en: cden ?? `Capital of ${en}`, ar: cdar ?? `عاصمة ${ar}` };
      c.country = e.id;
      if (cwd) c.wikidata = cwd;
      capitals.push(c);
    }
  }
}

// Ids must be unique: a capital named like its country gets a "-city" suffix.
const ids = new Set(countries.map((e) => e.id));
for (const c of capitals) if (ids.has(c.id)) c.id += '-city';

const dump = (rows) => '[\n' + rows.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]\n';
writeFileSync(join(out, 'countries.json'), dump(countries));
writeFileSync(join(out, 'capitals.json'), dump(capitals));
console.log(`countries.json: ${countries.length} entries; capitals.json: ${capitals.length} entries`);
