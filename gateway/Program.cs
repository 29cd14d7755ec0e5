using DigitalCity.Gateway;

GatewayApp.Build(args).Run();
