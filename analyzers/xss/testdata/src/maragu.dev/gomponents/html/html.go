// Package html is a trimmed stub of maragu.dev/gomponents/html (v1.2.0).
package html

import g "maragu.dev/gomponents"

func A(children ...g.Node) g.Node   { return g.El("a", children...) }
func Div(children ...g.Node) g.Node { return g.El("div", children...) }
func Img(children ...g.Node) g.Node { return g.El("img", children...) }

func Href(v string) g.Node       { return g.Attr("href", v) }
func Src(v string) g.Node        { return g.Attr("src", v) }
func Action(v string) g.Node     { return g.Attr("action", v) }
func FormAction(v string) g.Node { return g.Attr("formaction", v) }
func Class(v string) g.Node      { return g.Attr("class", v) }
