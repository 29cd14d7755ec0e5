using DigitalCity.Sanitation;
using DigitalCity.ServiceDefaults.Hosting;

var app = ServiceHost.Build(args, "sanitation", [new SanitationModule()]);
app.Run();
