using DigitalCity.Inspection;
using DigitalCity.ServiceDefaults.Hosting;

var app = ServiceHost.Build(args, "inspection", [new InspectionModule()]);
app.Run();
