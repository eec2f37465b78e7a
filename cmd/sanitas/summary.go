package main

import (
	"fmt"
	"strings"
)

// summary is the closing line: findings by severity and suppressed count.
func summary(r *Report) string {
	counts := map[string]int{}
	n, suppressed := 0, 0
	for _, f := range r.Findings {
		if f.Suppression != nil {
			suppressed++
			continue
		}
		n++
		counts[f.Rule.SeverityName()]++
	}
	var parts []string
	for _, s := range []string{"critical", "high", "medium", "low"} {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
		}
	}
	var b strings.Builder
	switch n {
	case 0:
		b.WriteString("no findings")
	case 1:
		fmt.Fprintf(&b, "1 finding (%s)", strings.Join(parts, ", "))
	default:
		fmt.Fprintf(&b, "%d findings (%s)", n, strings.Join(parts, ", "))
	}
	if suppressed > 0 {
		fmt.Fprintf(&b, ", %d suppressed", suppressed)
	}
	return b.String()
}
