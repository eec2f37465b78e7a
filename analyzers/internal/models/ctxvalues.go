package models

// Request-scoped key-value stores: a middleware stores a value under a key
// (gin's c.Set("tenant", h), context.WithValue(ctx, userKey{}, u)) and a
// handler reads it back under the same key (c.GetString("tenant"),
// ctx.Value(userKey{}).(string)). The taint engine carries what is stored
// under a key to the reads of that key; authz reads the principal a
// middleware stored under a key that names it.

// ContextValue is a call that stores a value under a key, or reads one.
// Indexes follow the convention of this package.
type ContextValue struct {
	Func string
	Key  int // the key argument
	// Val: a setter's stored value; Result for a getter, whose results
	// (the value, not an ok flag) are what was stored.
	Val int
	// ValElem: Val is variadic and the value is its first element (fiber's
	// Locals(key, value...)).
	ValElem bool
}

// Setter reports whether the call stores a value.
func (c *ContextValue) Setter() bool { return c.Val != Result }

const (
	ginContext    = "(*github.com/gin-gonic/gin.Context)."
	echoContext   = "(github.com/labstack/echo/v4.Context)."
	fiberV2Ctx    = "(*github.com/gofiber/fiber/v2.Ctx)."
	fiberV3Ctx    = "(github.com/gofiber/fiber/v3.Ctx)."
	pbRouterEvent = "(*github.com/pocketbase/pocketbase/tools/router.Event)."
)

var contextValues = []ContextValue{
	{Func: "context.WithValue", Key: 1, Val: 2},
	{Func: "(context.Context).Value", Key: 0, Val: Result},

	// gin v1: Keys, typed getters of a stored value; a *gin.Context is a
	// context.Context whose Value reads Keys too.
	{Func: ginContext + "Set", Key: 0, Val: 1},
	{Func: ginContext + "Get", Key: 0, Val: Result},
	{Func: ginContext + "MustGet", Key: 0, Val: Result},
	{Func: ginContext + "Value", Key: 0, Val: Result},
	{Func: ginContext + "GetString", Key: 0, Val: Result},
	{Func: ginContext + "GetStringSlice", Key: 0, Val: Result},
	{Func: ginContext + "GetStringMap", Key: 0, Val: Result},
	{Func: ginContext + "GetStringMapString", Key: 0, Val: Result},
	{Func: ginContext + "GetStringMapStringSlice", Key: 0, Val: Result},

	{Func: echoContext + "Set", Key: 0, Val: 1},
	{Func: echoContext + "Get", Key: 0, Val: Result},

	// fiber: Locals(key, value...) stores when given a value and returns
	// the value stored under key either way.
	{Func: fiberV2Ctx + "Locals", Key: 0, Val: 1, ValElem: true},
	{Func: fiberV2Ctx + "Locals", Key: 0, Val: Result},
	{Func: fiberV3Ctx + "Locals", Key: 0, Val: 1, ValElem: true},
	{Func: fiberV3Ctx + "Locals", Key: 0, Val: Result},

	{Func: pbRouterEvent + "Set", Key: 0, Val: 1},
	{Func: pbRouterEvent + "Get", Key: 0, Val: Result},
}

var contextValueByFunc = map[string][]*ContextValue{}

func init() {
	for i := range contextValues {
		c := &contextValues[i]
		contextValueByFunc[c.Func] = append(contextValueByFunc[c.Func], c)
	}
}

// ContextValuesFor returns the rows of a call that stores or reads a
// request-scoped value by key (a setter and a getter for fiber's Locals).
func ContextValuesFor(fullName string) []*ContextValue { return contextValueByFunc[fullName] }

// ContextGetter returns the key index of a call that reads a request-scoped
// value by key, if it is one.
func ContextGetter(fullName string) (key int, ok bool) {
	for _, c := range contextValueByFunc[fullName] {
		if !c.Setter() {
			return c.Key, true
		}
	}
	return 0, false
}
