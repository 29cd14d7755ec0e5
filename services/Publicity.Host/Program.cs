using DigitalCity.Publicity;
using DigitalCity.ServiceDefaults.Hosting;

var app = ServiceHost.Build(args, "publicity", [new PublicityModule()]);
app.Run();
