// YARP 2.3 as its documentation sets it up and nothing else: the floor under the gateway's figures in the gateway
// benchmark (docs/benchmarks.md). The cluster's address is given on the command line, as the gateway's is.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

var app = builder.Build();
app.MapGet("/health/live", () => "ok");
app.MapReverseProxy();
app.Run();
