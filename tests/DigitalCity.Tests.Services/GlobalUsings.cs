global using DigitalCity.Testing;
