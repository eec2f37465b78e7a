// Package docs embeds the rule pages, so -explain and SARIF help show the
// same text as the repository.
package docs

import (
	"embed"
	"strings"
)

//go:embed rules/*.md
var pages embed.FS

// BaseURL is where the pages are published; a rule's helpUri is
// BaseURL + "rules/<page>.md".
const BaseURL = "https://github.com/sanitas-go/sanitas/blob/main/docs/"

// Rule returns the Markdown page docs/rules/<page>.md.
func Rule(page string) (string, bool) {
	b, err := pages.ReadFile("rules/" + page + ".md")
	if err != nil {
		return "", false
	}
	return string(b), true
}

// Pages lists the names of every rule page, without ".md".
func Pages() []string {
	ents, _ := pages.ReadDir("rules")
	var out []string
	for _, e := range ents {
		if name, ok := strings.CutSuffix(e.Name(), ".md"); ok {
			out = append(out, name)
		}
	}
	return out
}

// URL is the help URI of a rule page.
func URL(page string) string { return BaseURL + "rules/" + page + ".md" }
