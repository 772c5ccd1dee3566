package main

import (
	"io"
	"os"
)

// With -h, the program prints its usage.
func Example_usage() {
	run([]string{"-h"}, os.Stdout, os.Stdout)
	// Output:
	// usage: national [-at YYYY-MM-DD] [-published-by YYYY-MM-DD] [-data FILE.ods]...
	//   -at string
	//     	the day of the picture, YYYY-MM-DD (default: the latest day the record covers)
	//   -data FILE.ods
	//     	load Ofsted's published FILE.ods into the built-in record (repeat for several)
	//   -published-by string
	//     	the last publication date counted, YYYY-MM-DD (default: -at, or the cut-off of Ofsted's table for that day)
}

// Ofsted's figures as at 31 March 2025, from the record built in: no
// download.
func Example_figures2025() {
	run([]string{"-at", "2025-03-31"}, os.Stdout, io.Discard) // the conflicts between Ofsted's files go to standard error
	// Output:
	// National picture as at 2025-03-31, with reports published by 2025-06-30
	// (the rule of Ofsted's "Local authority inspection outcomes as at 31 March 2025", published 2025-09-25)
	// 153 authorities: 153 inspected, 0 not yet inspected
	//
	// Judgement                  Outstanding            Good  Requires impr.      Inadequate  Not judged Good or better
	// Overall effectiveness       36 (23.5%)      67 (43.8%)      31 (20.3%)      19 (12.4%)           0    103 (67.3%)
	// Impact of leaders           45 (29.4%)      60 (39.2%)      33 (21.6%)       15 (9.8%)           0    105 (68.6%)
	// Help and protection         22 (14.4%)      71 (46.4%)      45 (29.4%)       15 (9.8%)           0     93 (60.8%)
	// Children in care            37 (24.2%)      75 (49.0%)      30 (19.6%)       11 (7.2%)           0    112 (73.2%)
	// Care leavers                27 (26.2%)      43 (41.7%)      26 (25.2%)        7 (6.8%)          50     70 (68.0%)
	//
	// Overall effectiveness by Ofsted region
	// Region                                 LAs  Outstanding         Good Requires impr.   Inadequate Good or better
	// East Midlands                           10            3            3            3            1      6 (60.0%)
	// East of England                         11            3            4            3            1      7 (63.6%)
	// London                                  33           14           15            2            2     29 (87.9%)
	// North East, Yorkshire and the Humber    27            9           11            4            3     20 (74.1%)
	// North West                              24            0           11            6            7     11 (45.8%)
	// South East                              19            4           10            5            0     14 (73.7%)
	// South West                              15            2            6            4            3      8 (53.3%)
	// West Midlands                           14            1            7            4            2      8 (57.1%)
}
