package policylib // want package:"analysed"

import "github.com/microcosm-cc/bluemonday"

// Policies a shared package builds: each is judged where it is made, and
// the judgement crosses packages in a fact.

// CommentPolicy lets an event handler through.
func CommentPolicy() *bluemonday.Policy { // want CommentPolicy:`built\(bluemonday-widened:AllowAttrs\("onerror"\)\)`
	p := bluemonday.UGCPolicy()
	p.AllowAttrs("onerror").OnElements("img")
	return p
}

// Scripts is a package variable that keeps script elements.
var Scripts = bluemonday.UGCPolicy().AllowUnsafe(true).AllowElements("script") // want Scripts:`built\(bluemonday-widened:AllowUnsafe with script or style elements allowed\)`

// ArticlePolicy allows plain attributes only.
func ArticlePolicy() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.AllowAttrs("class").Globally()
	return p
}
