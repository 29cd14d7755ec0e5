using DigitalCity.Standalone;

StandaloneApp.Build(args).Run();
