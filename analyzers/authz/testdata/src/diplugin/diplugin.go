// Package diplugin is a registry: its Renderer is implemented by packages
// that import it and register themselves, none of which diapi imports.
package diplugin

type Renderer interface{ Render(name string) string }

var renderers = map[string]Renderer{}

func Register(kind string, r Renderer) { renderers[kind] = r }

// Render calls a registered renderer. That implementation is unseen here
// too, but only a package's own calls of such an interface count as data
// access: no fact says Render touches data.
func Render(kind, name string) string {
	if r, ok := renderers[kind]; ok {
		return r.Render(name)
	}
	return name
}
