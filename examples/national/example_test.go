package main

import "os"

// Without files, the program prints its usage.
func Example_usage() {
	run(nil, os.Stdout, os.Stdout)
	// Output:
	// usage: national [-at YYYY-MM-DD] [-published-by YYYY-MM-DD] FILE.ods...
	//   -at string
	//     	the day of the picture, YYYY-MM-DD (default: the latest publication date in the files)
	//   -published-by string
	//     	the last publication date counted, YYYY-MM-DD (default: -at, or the cut-off of Ofsted's table for that day)
}
