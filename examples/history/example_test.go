package main

import "os"

// Hull's record, from the record built in: no download.
func Example_hull() {
	run([]string{"Hull"}, nil, os.Stdout, os.Stderr)
	// Output:
	// Kingston upon Hull: 7 inspections and visits, oldest first
	// From Ofsted's official statistics as at 2025-03-31, with reports published by 2025-06-30 ("Local authority inspection outcomes as at 31 March 2025"), then 42 reports read since, the latest published 2026-08-18.
	//
	// 2011-08-12  slac-2009 inspection
	//     published 2011-08-12
	//     Safeguarding                           Adequate
	//     Looked after children                  Adequate
	//     from Childrens_social_care_in_England_2023_underlying_data.ods, sheet "LA_inspections_2009-2023", row 69: safeguarding, looked-after-children
	//
	// 2015-02-03  sif-2013 inspection
	//     published 2015-02-03
	//     Overall effectiveness                  Requires improvement to be good
	//     Help and protection                    Requires improvement to be good
	//     Looked after children                  Requires improvement to be good
	//     Adoption performance                   Requires improvement to be good
	//     Care leavers                           Requires improvement to be good
	//     Leadership, management and governance  Requires improvement to be good
	//     Local Safeguarding Children Board      Requires improvement to be good
	//     from Childrens_social_care_in_England_2023_underlying_data.ods, sheet "LA_inspections_2009-2023", row 69: overall-effectiveness, help-and-protection, looked-after-children, adoption-performance, care-leavers, leadership-management-governance, lscb
	//
	// 2019-01-14  ilacs-2018 standard
	//     on site 2019-01-14; published 2019-05-17
	//     Impact of leaders                      Requires improvement to be good
	//     Help and protection                    Inadequate
	//     Children in care and care leavers      Requires improvement to be good
	//     Overall effectiveness                  Inadequate
	//     from LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet "ILACS_inspection_history", row 123: overall-effectiveness, help-and-protection, impact-of-leaders, children-in-care-and-care-leavers
	//     from Childrens_social_care_in_England_2023_underlying_data.ods, sheet "LA_inspections_2009-2023", row 69: overall-effectiveness, help-and-protection, impact-of-leaders, children-in-care-and-care-leavers
	//
	// 2022-03-29  ilacs-2018 monitoring-visit (Care leavers)
	//     on site 2022-03-29
	//     from Childrens_social_care_in_England_2023_underlying_data.ods, sheet "LA_level_in_year_2022-23", row 43
	//
	// 2022-07-20  ilacs-2018 monitoring-visit (Front door)
	//     on site 2022-07-20
	//     from Childrens_social_care_in_England_2023_underlying_data.ods, sheet "LA_level_in_year_2022-23", row 44
	//
	// 2022-11-14  ilacs-2018 standard
	//     on site 2022-11-14; published 2023-01-13
	//     Impact of leaders                      Requires improvement to be good
	//     Help and protection                    Requires improvement to be good
	//     Children in care and care leavers      Good
	//     Overall effectiveness                  Requires improvement to be good
	//     from LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet "Inspections_as_at_31_March", row 67: overall-effectiveness, help-and-protection, impact-of-leaders, children-in-care-and-care-leavers
	//     from LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet "ILACS_inspection_history", row 124: overall-effectiveness, help-and-protection, impact-of-leaders, children-in-care-and-care-leavers
	//     from Childrens_social_care_in_England_2023_underlying_data.ods, sheet "LA_inspections_2009-2023", row 69: overall-effectiveness, help-and-protection, impact-of-leaders, children-in-care-and-care-leavers
	//
	// 2024-09-18  ilacs-2023 focused-visit (Children in need/subject to a plan)
	//     on site 2024-09-18; published 2024-10-18
	//     from LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet "In-year_inspections", row 50
}
