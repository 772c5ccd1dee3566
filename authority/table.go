package authority

import (
	"time"

	"github.com/childrens-services/judgements/inspection"
)

// The register of English local authorities with responsibility for
// children's social care, from 1 April 2009 (the first day a SLAC
// inspection could start) to date: 152 authorities in 2009, 153 from April
// 2023.
//
// Sources, by column:
//
//   - name: the local authority name of Ofsted's official statistics
//     ("Local authority inspection outcomes as at 31 March 2025"; for
//     authorities that no longer exist, "Children's social care data in
//     England 2023", sheet LA_inspections_2009-2023), with "and" for "&".
//   - ons: the name in ONS's "Counties and Unitary Authorities (April
//     2023) Names and Codes in the United Kingdom" (ONS Open Geography
//     Portal), where it differs from Ofsted's.
//   - gss: the GSS code of the county or unitary authority in the ONS
//     Register of Geographic Codes; earlier codes, with the day they
//     ended, are in codes (ONS Code History Database).
//   - dfe: the three-digit local authority number of the Department for
//     Education (Get Information About Schools, "LA code"; DfE's "old LA
//     code" in its statistics).
//   - urn: the unique reference number of the authority's page on Ofsted's
//     reports site, https://reports.ofsted.gov.uk/provider/44/URN, as in
//     the web links of Ofsted's official statistics and its report
//     addresses; "" where Ofsted's data gives none (Northamptonshire).
//   - region: the ONS region (Regions (December 2023), ONS); Ofsted's
//     region follows from it ([Region.Ofsted]).
//   - aka: other names in use that normalisation does not reach, among
//     them the names Ofsted's reports print on their front pages
//     ("Calderdale Metropolitan Council", "Council of the Isles of
//     Scilly", "Bradford Children and Families Trust", "East Riding").
//   - from, to: for authorities created or abolished since April 2009, the
//     first and last day they existed, from the structural changes orders
//     cited in [reorganisations].
//   - aka: other names in use: short forms ("Hull", "BCP") and the names
//     the title pages of Ofsted's reports print ("Calderdale Metropolitan
//     Council", "Bradford Children and Families Trust").
//
// The package's tests check every column against Ofsted's two published
// spreadsheets, DfE's list of authorities by year and Data to Insight's
// lookup of authorities.
var table = [...]entry{
	{name: "Barking and Dagenham", gss: "E09000002", dfe: "301", urn: "80486", region: London},
	{name: "Barnet", gss: "E09000003", dfe: "302", urn: "80487", region: London},
	{name: "Barnsley", gss: "E08000038", dfe: "370", urn: "80426", region: YorkshireAndTheHumber,
		codes: []Code{{GSS: "E08000016", To: day(2025, time.March, 31), Note: "recoded on 1 April 2025 after the Barnsley and Sheffield boundary change (SI 2024/1328); still used by DfE and in Ofsted's statistics"}}},
	{name: "Bath and North East Somerset", gss: "E06000022", dfe: "800", urn: "80427", region: SouthWest},
	{name: "Bedford", gss: "E06000055", dfe: "822", urn: "80428", region: EastOfEngland, aka: []string{"Bedford Borough"}},
	{name: "Bexley", gss: "E09000004", dfe: "303", urn: "80488", region: London},
	{name: "Birmingham", gss: "E08000025", dfe: "330", urn: "80429", region: WestMidlands},
	{name: "Blackburn with Darwen", gss: "E06000008", dfe: "889", urn: "80430", region: NorthWest},
	{name: "Blackpool", gss: "E06000009", dfe: "890", urn: "80431", region: NorthWest},
	{name: "Bolton", gss: "E08000001", dfe: "350", urn: "80432", region: NorthWest},
	{name: "Bournemouth", gss: "E06000028", dfe: "837", urn: "80434", region: SouthWest,
		to: day(2019, time.March, 31), next: []string{"E06000058"}},
	{name: "Bournemouth, Christchurch and Poole", gss: "E06000058", dfe: "839", urn: "2532287", region: SouthWest,
		from: day(2019, time.April, 1), aka: []string{"BCP"}},
	{name: "Bracknell Forest", gss: "E06000036", dfe: "867", urn: "80436", region: SouthEast},
	{name: "Bradford", gss: "E08000032", dfe: "380", urn: "80449", region: YorkshireAndTheHumber, aka: []string{"Bradford Children and Families Trust"}},
	{name: "Brent", gss: "E09000005", dfe: "304", urn: "80489", region: London},
	{name: "Brighton and Hove", gss: "E06000043", dfe: "846", urn: "80438", region: SouthEast},
	{name: "Bristol", ons: "Bristol, City of", gss: "E06000023", dfe: "801", urn: "80441", region: SouthWest},
	{name: "Bromley", gss: "E09000006", dfe: "305", urn: "80490", region: London},
	{name: "Buckinghamshire", gss: "E06000060", dfe: "825", urn: "80442", region: SouthEast,
		codes: []Code{{GSS: "E10000002", To: day(2020, time.March, 31), Note: "the county council, until The Buckinghamshire (Structural Changes) Order 2019 made it a unitary authority"}}},
	{name: "Bury", gss: "E08000002", dfe: "351", urn: "80443", region: NorthWest},
	{name: "Calderdale", gss: "E08000033", dfe: "381", urn: "80444", region: YorkshireAndTheHumber, aka: []string{"Calderdale Metropolitan Council"}},
	{name: "Cambridgeshire", gss: "E10000003", dfe: "873", urn: "80445", region: EastOfEngland},
	{name: "Camden", gss: "E09000007", dfe: "202", urn: "80491", region: London},
	{name: "Central Bedfordshire", gss: "E06000056", dfe: "823", urn: "80446", region: EastOfEngland},
	{name: "Cheshire East", gss: "E06000049", dfe: "895", urn: "80447", region: NorthWest, aka: []string{"Cheshire East Unitary Authority"}},
	{name: "Cheshire West and Chester", gss: "E06000050", dfe: "896", urn: "80448", region: NorthWest},
	{name: "City of London", gss: "E09000001", dfe: "201", urn: "80450", region: London, aka: []string{"City of London Corporation"}},
	{name: "Cornwall", gss: "E06000052", dfe: "908", urn: "80454", region: SouthWest},
	{name: "Coventry", gss: "E08000026", dfe: "331", urn: "80456", region: WestMidlands},
	{name: "Croydon", gss: "E09000008", dfe: "306", urn: "80492", region: London},
	{name: "Cumberland", gss: "E06000063", dfe: "942", urn: "2733690", region: NorthWest,
		from: day(2023, time.April, 1)},
	{name: "Cumbria", gss: "E10000006", dfe: "909", urn: "80457", region: NorthWest,
		to: day(2023, time.March, 31), next: []string{"E06000063", "E06000064"}},
	{name: "Darlington", gss: "E06000005", dfe: "841", urn: "80458", region: NorthEast},
	{name: "Derby", gss: "E06000015", dfe: "831", urn: "80459", region: EastMidlands},
	{name: "Derbyshire", gss: "E10000007", dfe: "830", urn: "80460", region: EastMidlands},
	{name: "Devon", gss: "E10000008", dfe: "878", urn: "80461", region: SouthWest},
	{name: "Doncaster", gss: "E08000017", dfe: "371", urn: "80462", region: YorkshireAndTheHumber},
	{name: "Dorset", gss: "E10000009", dfe: "835", urn: "80463", region: SouthWest, aka: []string{"Dorset County Council"},
		to: day(2019, time.March, 31), next: []string{"E06000058", "E06000059"}},
	{name: "Dorset", gss: "E06000059", dfe: "838", urn: "2532283", region: SouthWest, aka: []string{"Dorset Council"},
		from: day(2019, time.April, 1)},
	{name: "Dudley", gss: "E08000027", dfe: "332", urn: "80464", region: WestMidlands},
	{name: "Durham", ons: "County Durham", gss: "E06000047", dfe: "840", urn: "80465", region: NorthEast},
	{name: "Ealing", gss: "E09000009", dfe: "307", urn: "80493", region: London},
	{name: "East Riding of Yorkshire", gss: "E06000011", dfe: "811", urn: "80466", region: YorkshireAndTheHumber, aka: []string{"East Riding"}},
	{name: "East Sussex", gss: "E10000011", dfe: "845", urn: "80467", region: SouthEast},
	{name: "Enfield", gss: "E09000010", dfe: "308", urn: "80494", region: London},
	{name: "Essex", gss: "E10000012", dfe: "881", urn: "80468", region: EastOfEngland},
	{name: "Gateshead", gss: "E08000037", dfe: "390", urn: "80469", region: NorthEast},
	{name: "Gloucestershire", gss: "E10000013", dfe: "916", urn: "80470", region: SouthWest},
	{name: "Greenwich", gss: "E09000011", dfe: "203", urn: "80495", region: London},
	{name: "Hackney", gss: "E09000012", dfe: "204", urn: "80496", region: London},
	{name: "Halton", gss: "E06000006", dfe: "876", urn: "80471", region: NorthWest},
	{name: "Hammersmith and Fulham", gss: "E09000013", dfe: "205", urn: "80497", region: London},
	{name: "Hampshire", gss: "E10000014", dfe: "850", urn: "80472", region: SouthEast},
	{name: "Haringey", gss: "E09000014", dfe: "309", urn: "80498", region: London},
	{name: "Harrow", gss: "E09000015", dfe: "310", urn: "80499", region: London},
	{name: "Hartlepool", gss: "E06000001", dfe: "805", urn: "80473", region: NorthEast},
	{name: "Havering", gss: "E09000016", dfe: "311", urn: "80500", region: London},
	{name: "Herefordshire", ons: "Herefordshire, County of", gss: "E06000019", dfe: "884", urn: "80474", region: WestMidlands},
	{name: "Hertfordshire", gss: "E10000015", dfe: "919", urn: "80475", region: EastOfEngland},
	{name: "Hillingdon", gss: "E09000017", dfe: "312", urn: "80501", region: London},
	{name: "Hounslow", gss: "E09000018", dfe: "313", urn: "80503", region: London},
	{name: "Isle of Wight", gss: "E06000046", dfe: "921", urn: "80419", region: SouthEast},
	{name: "Isles of Scilly", gss: "E06000053", dfe: "420", urn: "80455", region: SouthWest, aka: []string{"Council of the Isles of Scilly"}},
	{name: "Islington", gss: "E09000019", dfe: "206", urn: "80505", region: London},
	{name: "Kensington and Chelsea", gss: "E09000020", dfe: "207", urn: "80544", region: London},
	{name: "Kent", gss: "E10000016", dfe: "886", urn: "80476", region: SouthEast},
	{name: "Kingston upon Hull", ons: "Kingston upon Hull, City of", gss: "E06000010", dfe: "810", urn: "80477", region: YorkshireAndTheHumber, aka: []string{"Hull"}},
	{name: "Kingston upon Thames", gss: "E09000021", dfe: "314", urn: "80545", region: London},
	{name: "Kirklees", gss: "E08000034", dfe: "382", urn: "80478", region: YorkshireAndTheHumber},
	{name: "Knowsley", gss: "E08000011", dfe: "340", urn: "80479", region: NorthWest},
	{name: "Lambeth", gss: "E09000022", dfe: "208", urn: "80506", region: London},
	{name: "Lancashire", gss: "E10000017", dfe: "888", urn: "80480", region: NorthWest},
	{name: "Leeds", gss: "E08000035", dfe: "383", urn: "80481", region: YorkshireAndTheHumber},
	{name: "Leicester", gss: "E06000016", dfe: "856", urn: "80482", region: EastMidlands},
	{name: "Leicestershire", gss: "E10000018", dfe: "855", urn: "80483", region: EastMidlands},
	{name: "Lewisham", gss: "E09000023", dfe: "209", urn: "80508", region: London},
	{name: "Lincolnshire", gss: "E10000019", dfe: "925", urn: "80484", region: EastMidlands},
	{name: "Liverpool", gss: "E08000012", dfe: "341", urn: "80485", region: NorthWest},
	{name: "Luton", gss: "E06000032", dfe: "821", urn: "80520", region: EastOfEngland},
	{name: "Manchester", gss: "E08000003", dfe: "352", urn: "80521", region: NorthWest},
	{name: "Medway", gss: "E06000035", dfe: "887", urn: "80522", region: SouthEast, aka: []string{"Medway Children's Services"}},
	{name: "Merton", gss: "E09000024", dfe: "315", urn: "80510", region: London},
	{name: "Middlesbrough", gss: "E06000002", dfe: "806", urn: "80523", region: NorthEast},
	{name: "Milton Keynes", gss: "E06000042", dfe: "826", urn: "80524", region: SouthEast},
	{name: "Newcastle upon Tyne", gss: "E08000021", dfe: "391", urn: "80525", region: NorthEast, aka: []string{"Newcastle"}},
	{name: "Newham", gss: "E09000025", dfe: "316", urn: "80511", region: London},
	{name: "Norfolk", gss: "E10000020", dfe: "926", urn: "80418", region: EastOfEngland},
	{name: "North East Lincolnshire", gss: "E06000012", dfe: "812", urn: "80526", region: YorkshireAndTheHumber},
	{name: "North Lincolnshire", gss: "E06000013", dfe: "813", urn: "80527", region: YorkshireAndTheHumber},
	{name: "North Northamptonshire", gss: "E06000061", dfe: "940", urn: "2637539", region: EastMidlands,
		from: day(2021, time.April, 1)},
	{name: "North Somerset", gss: "E06000024", dfe: "802", urn: "80528", region: SouthWest},
	{name: "North Tyneside", gss: "E08000022", dfe: "392", urn: "80529", region: NorthEast},
	{name: "North Yorkshire", gss: "E06000065", dfe: "815", urn: "80530", region: YorkshireAndTheHumber,
		codes: []Code{{GSS: "E10000023", To: day(2023, time.March, 31), Note: "the county council, until The North Yorkshire (Structural Changes) Order 2022 made it a unitary authority"}}},
	{name: "Northamptonshire", gss: "E10000021", dfe: "928", region: EastMidlands,
		to: day(2021, time.March, 31), next: []string{"E06000061", "E06000062"}},
	{name: "Northumberland", gss: "E06000057", dfe: "929", urn: "80532", region: NorthEast},
	{name: "Nottingham", gss: "E06000018", dfe: "892", urn: "80533", region: EastMidlands},
	{name: "Nottinghamshire", gss: "E10000024", dfe: "891", urn: "80534", region: EastMidlands},
	{name: "Oldham", gss: "E08000004", dfe: "353", urn: "80535", region: NorthWest},
	{name: "Oxfordshire", gss: "E10000025", dfe: "931", urn: "80536", region: SouthEast},
	{name: "Peterborough", gss: "E06000031", dfe: "874", urn: "80537", region: EastOfEngland},
	{name: "Plymouth", gss: "E06000026", dfe: "879", urn: "80538", region: SouthWest},
	{name: "Poole", gss: "E06000029", dfe: "836", urn: "80433", region: SouthWest,
		to: day(2019, time.March, 31), next: []string{"E06000058"}},
	{name: "Portsmouth", gss: "E06000044", dfe: "851", urn: "80539", region: SouthEast},
	{name: "Reading", gss: "E06000038", dfe: "870", urn: "80540", region: SouthEast},
	{name: "Redbridge", gss: "E09000026", dfe: "317", urn: "80512", region: London},
	{name: "Redcar and Cleveland", gss: "E06000003", dfe: "807", urn: "80541", region: NorthEast},
	{name: "Richmond upon Thames", gss: "E09000027", dfe: "318", urn: "80513", region: London},
	{name: "Rochdale", gss: "E08000005", dfe: "354", urn: "80542", region: NorthWest},
	{name: "Rotherham", gss: "E08000018", dfe: "372", urn: "80543", region: YorkshireAndTheHumber},
	{name: "Rutland", gss: "E06000017", dfe: "857", urn: "80547", region: EastMidlands},
	{name: "Salford", gss: "E08000006", dfe: "355", urn: "80548", region: NorthWest},
	{name: "Sandwell", gss: "E08000028", dfe: "333", urn: "80549", region: WestMidlands},
	{name: "Sefton", gss: "E08000014", dfe: "343", urn: "80550", region: NorthWest},
	{name: "Sheffield", gss: "E08000039", dfe: "373", urn: "80551", region: YorkshireAndTheHumber,
		codes: []Code{{GSS: "E08000019", To: day(2025, time.March, 31), Note: "recoded on 1 April 2025 after the Barnsley and Sheffield boundary change (SI 2024/1328); still used by DfE and in Ofsted's statistics"}}},
	{name: "Shropshire", gss: "E06000051", dfe: "893", urn: "80552", region: WestMidlands},
	{name: "Slough", gss: "E06000039", dfe: "871", urn: "80553", region: SouthEast},
	{name: "Solihull", gss: "E08000029", dfe: "334", urn: "80554", region: WestMidlands},
	{name: "Somerset", gss: "E06000066", dfe: "933", urn: "80555", region: SouthWest,
		codes: []Code{{GSS: "E10000027", To: day(2023, time.March, 31), Note: "the county council, until The Somerset (Structural Changes) Order 2022 made it a unitary authority"}}},
	{name: "South Gloucestershire", gss: "E06000025", dfe: "803", urn: "80556", region: SouthWest},
	{name: "South Tyneside", gss: "E08000023", dfe: "393", urn: "80557", region: NorthEast},
	{name: "Southampton", gss: "E06000045", dfe: "852", urn: "80558", region: SouthEast},
	{name: "Southend-on-Sea", gss: "E06000033", dfe: "882", urn: "80559", region: EastOfEngland},
	{name: "Southwark", gss: "E09000028", dfe: "210", urn: "80514", region: London},
	{name: "St Helens", ons: "St. Helens", gss: "E08000013", dfe: "342", urn: "80560", region: NorthWest},
	{name: "Staffordshire", gss: "E10000028", dfe: "860", urn: "80561", region: WestMidlands},
	{name: "Stockport", gss: "E08000007", dfe: "356", urn: "80562", region: NorthWest},
	{name: "Stockton-on-Tees", gss: "E06000004", dfe: "808", urn: "80563", region: NorthEast},
	{name: "Stoke-on-Trent", gss: "E06000021", dfe: "861", urn: "80564", region: WestMidlands},
	{name: "Suffolk", gss: "E10000029", dfe: "935", urn: "80565", region: EastOfEngland},
	{name: "Sunderland", gss: "E08000024", dfe: "394", urn: "80566", region: NorthEast},
	{name: "Surrey", gss: "E10000030", dfe: "936", urn: "80567", region: SouthEast},
	{name: "Sutton", gss: "E09000029", dfe: "319", urn: "80515", region: London},
	{name: "Swindon", gss: "E06000030", dfe: "866", urn: "80568", region: SouthWest},
	{name: "Tameside", gss: "E08000008", dfe: "357", urn: "80569", region: NorthWest},
	{name: "Telford and Wrekin", gss: "E06000020", dfe: "894", urn: "80570", region: WestMidlands},
	{name: "Thurrock", gss: "E06000034", dfe: "883", urn: "80571", region: EastOfEngland},
	{name: "Torbay", gss: "E06000027", dfe: "880", urn: "80572", region: SouthWest},
	{name: "Tower Hamlets", gss: "E09000030", dfe: "211", urn: "80516", region: London},
	{name: "Trafford", gss: "E08000009", dfe: "358", urn: "80573", region: NorthWest},
	{name: "Wakefield", gss: "E08000036", dfe: "384", urn: "80451", region: YorkshireAndTheHumber, aka: []string{"Wakefield District Metropolitan Council"}},
	{name: "Walsall", gss: "E08000030", dfe: "335", urn: "80574", region: WestMidlands},
	{name: "Waltham Forest", gss: "E09000031", dfe: "320", urn: "80517", region: London},
	{name: "Wandsworth", gss: "E09000032", dfe: "212", urn: "80518", region: London},
	{name: "Warrington", gss: "E06000007", dfe: "877", urn: "80575", region: NorthWest},
	{name: "Warwickshire", gss: "E10000031", dfe: "937", urn: "80576", region: WestMidlands},
	{name: "West Berkshire", gss: "E06000037", dfe: "869", urn: "80577", region: SouthEast},
	{name: "West Northamptonshire", gss: "E06000062", dfe: "941", urn: "2637548", region: EastMidlands,
		from: day(2021, time.April, 1)},
	{name: "West Sussex", gss: "E10000032", dfe: "938", urn: "80578", region: SouthEast},
	{name: "Westminster", gss: "E09000033", dfe: "213", urn: "80519", region: London},
	{name: "Westmorland and Furness", gss: "E06000064", dfe: "943", urn: "2733698", region: NorthWest,
		from: day(2023, time.April, 1)},
	{name: "Wigan", gss: "E08000010", dfe: "359", urn: "80579", region: NorthWest},
	{name: "Wiltshire", gss: "E06000054", dfe: "865", urn: "80580", region: SouthWest},
	{name: "Windsor and Maidenhead", gss: "E06000040", dfe: "868", urn: "80546", region: SouthEast},
	{name: "Wirral", gss: "E08000015", dfe: "344", urn: "80581", region: NorthWest},
	{name: "Wokingham", gss: "E06000041", dfe: "872", urn: "80582", region: SouthEast},
	{name: "Wolverhampton", gss: "E08000031", dfe: "336", urn: "80583", region: WestMidlands},
	{name: "Worcestershire", gss: "E10000034", dfe: "885", urn: "80584", region: WestMidlands},
	{name: "York", gss: "E06000014", dfe: "816", urn: "80453", region: YorkshireAndTheHumber},
}

// reorganisations are the structural changes that abolished or created
// children's services authorities since April 2009, each on the 1 April
// its order named. Authorities are given by GSS code.
var reorganisations = [...]struct {
	date     inspection.Date
	from, to []string
	order    string
}{
	{day(2019, time.April, 1), []string{"E06000028", "E06000029", "E10000009"}, []string{"E06000058", "E06000059"},
		"The Bournemouth, Dorset and Poole (Structural Changes) Order 2018"},
	{day(2021, time.April, 1), []string{"E10000021"}, []string{"E06000061", "E06000062"},
		"The Northamptonshire (Structural Changes) Order 2020"},
	{day(2023, time.April, 1), []string{"E10000006"}, []string{"E06000063", "E06000064"},
		"The Cumbria (Structural Changes) Order 2022 (SI 2022/331)"},
}

func day(y int, m time.Month, d int) inspection.Date {
	return inspection.Date{Year: y, Month: m, Day: d}
}
