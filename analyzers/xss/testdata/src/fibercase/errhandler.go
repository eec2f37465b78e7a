package fibercase

import (
	"errors"
	"strconv"

	"github.com/gofiber/fiber/v2"
)

func portal() *fiber.App {
	app := fiber.New(fiber.Config{AppName: "portal", ErrorHandler: pageError})
	app.Get("/wards/:ward", ward)
	api := app.Group("/api")
	api.Get("/beds/:bed", bed)
	api.Get("/doses", dose)
	api.Get("/notes", note)
	return app
}

func plainApp() *fiber.App {
	app := fiber.New() // fiber's default handler: text/plain
	app.Get("/rooms/:room", room)
	return app
}

func pageError(c *fiber.Ctx, err error) error {
	code, msg := fiber.StatusInternalServerError, "Internal error"
	var fe *fiber.Error
	if errors.As(err, &fe) {
		code, msg = fe.Code, fe.Message
	}
	c.Type("html")
	c.Status(code)
	return c.SendString("<h1>Error</h1><p>" + msg + "</p>")
}

func ward(c *fiber.Ctx) error {
	return fiber.NewError(fiber.StatusNotFound, "Unknown ward "+c.Params("ward")) // want `c.Params\("ward"\) \(request input\) written unescaped into an HTML response by \(\*fiber.Ctx\).SendString via fibercase.pageError, the fiber ErrorHandler this error is handed to`
}

func bed(c *fiber.Ctx) error {
	n, err := strconv.Atoi(c.Params("bed"))
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "bad bed number") // safe: constant
	}
	return c.JSON(n)
}

func room(c *fiber.Ctx) error {
	return fiber.NewError(fiber.StatusNotFound, "Unknown room "+c.Params("room")) // safe: served as text/plain
}

func direct(c *fiber.Ctx) error {
	return pageError(c, fiber.NewError(fiber.StatusNotFound, "Unknown ward "+c.Params("ward"))) // want `c.Params\("ward"\) \(request input\) written unescaped into an HTML response by \(\*fiber.Ctx\).SendString via fibercase.pageError: `
}

// A helper that types its response HTML writes HTML, whatever its caller
// set before.
func renderPage(c *fiber.Ctx, body string) error {
	c.Type("html")
	return c.SendString("<main>" + body + "</main>")
}

func renderPlain(c *fiber.Ctx, body string) error {
	c.Type("txt")
	return c.SendString(body)
}

func page(c *fiber.Ctx) error {
	c.Type("txt")
	renderPlain(c, c.Query("q"))       // safe: text/plain
	return renderPage(c, c.Query("q")) // want `c.Query\("q"\) \(request input\) written unescaped into an HTML response by \(\*fiber.Ctx\).SendString via fibercase.renderPage`
}

// A body parser's error quotes the text it could not parse into a number
// (an XML body: strconv.ParseInt: parsing "<script>...": invalid syntax).
type doseForm struct {
	Unit   string `json:"unit"`
	Amount int    `json:"amount"`
}

func dose(c *fiber.Ctx) error {
	var d doseForm
	if err := c.BodyParser(&d); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "could not read dose: "+err.Error()) // want `c.BodyParser\(&d\) \(request input\) written unescaped into an HTML response by \(\*fiber.Ctx\).SendString via fibercase.pageError`
	}
	return c.JSON(d)
}

// Only text fields: nothing is parsed, so nothing is quoted.
type noteForm struct {
	MRN  string `json:"mrn"`
	Note string `json:"note"`
}

func note(c *fiber.Ctx) error {
	var n noteForm
	if err := c.BodyParser(&n); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "could not read note: "+err.Error())
	}
	return c.JSON(n)
}
