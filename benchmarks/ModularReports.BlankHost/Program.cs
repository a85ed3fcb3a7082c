// The same framework and web server as the host, with one page and a readiness answer, and nothing else.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/health/ready", () => "Healthy");
app.MapGet("/", () => Results.Content("<!doctype html><html lang=\"en\"><title>Blank</title><p>Blank</p></html>", "text/html"));
app.Run();
