// Package analysisdoc extracts an analyzer's Doc from its embedded doc.go, a
// short twin of x/tools' internal analyzerutil.MustExtractDoc.
package analysisdoc

import "strings"

// Extract returns the part of a doc.go file after the "# Analyzer name"
// heading, without comment markers, up to the end of the comment. As in
// x/tools, the first paragraph is "name: summary" and the "name: " prefix is
// dropped, so Doc's first line is the summary.
func Extract(file, name string) string {
	var lines []string
	in := false
	for line := range strings.SplitSeq(file, "\n") {
		if !strings.HasPrefix(line, "//") {
			if in {
				break
			}
			continue
		}
		text := strings.TrimPrefix(strings.TrimPrefix(line, "//"), " ")
		if text == "# Analyzer "+name {
			in = true
			continue
		}
		if in {
			lines = append(lines, text)
		}
	}
	return strings.TrimPrefix(strings.TrimSpace(strings.Join(lines, "\n")), name+": ")
}
